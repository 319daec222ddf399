import { useCallback, useEffect, useState } from "react";
import { ROLES, columnLetters, dismissalKey, dismissalOf, messages, parseArea, vocabularyWith } from "../engine";
import type { Finding, PlanEntry, RefreshOutcome, Role, Settings, StatusMeaning, TableChoice } from "../engine";
import { BragService, CellPlace } from "./BragService";

export type PaneView = "counts" | "changes" | "findings" | "report" | "plan" | "settings";

export interface PaneState {
  asAt: string;
  /** The earlier refresh to compare with; null for the latest at least 28 days before. */
  since: string | null;
  busy: boolean;
  progress: string | null;
  result: RefreshOutcome | null;
  error: string | null;
  selected: string | null;
  settings: Settings | null;
  sheets: string[];
  view: PaneView;
  /** The workbook was refreshed elsewhere since the pane's refresh: what it shows is out of date. */
  stale: boolean;
}

export const findingKey = (finding: Finding): string => `${finding.sheet}!${finding.cell}!${finding.rule}`;

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The pane's state and what the user can do, over one BragService. */
export function usePane(service: BragService, initialAsAt: string = today()) {
  const [state, setState] = useState<PaneState>({
    asAt: initialAsAt,
    since: null,
    busy: false,
    progress: null,
    result: null,
    error: null,
    selected: null,
    settings: null,
    sheets: [],
    view: "counts",
    stale: false,
  });
  const patch = useCallback((change: Partial<PaneState>) => setState((old) => ({ ...old, ...change })), []);

  useEffect(() => service.onStale(() => patch({ stale: true })), [service, patch]);

  useEffect(() => {
    Promise.all([service.loadSettings(), service.sheetNames()]).then(
      ([settings, sheets]) => patch({ settings, sheets }),
      (error: unknown) => patch({ error: messages.settingsUnreadable((error as Error).message) }),
    );
  }, [service, patch]);

  const run = useCallback(
    async (since: string | null) => {
      patch({ busy: true, error: null, progress: "Starting", since });
      try {
        const result = await service.refresh(state.asAt, (progress) => patch({ progress }), since ?? undefined);
        patch({ result, busy: false, progress: null, stale: false });
      } catch (error) {
        patch({ busy: false, progress: null, error: messages.paneRefreshFailed((error as Error).message) });
      }
    },
    [service, state.asAt, patch],
  );
  const refresh = useCallback(() => run(state.since), [run, state.since]);

  const goTo = useCallback(
    async (place: CellPlace) => {
      try {
        await service.select(place);
      } catch (error) {
        patch({ error: messages.cannotGoTo(`${place.sheet}!${place.cell}`, (error as Error).message) });
      }
    },
    [service, patch],
  );

  const select = useCallback(
    async (finding: Finding) => {
      patch({ selected: findingKey(finding) });
      if (finding.cell) await goTo({ sheet: finding.sheet, cell: finding.cell });
    },
    [goTo, patch],
  );

  const saveSettings = useCallback(
    async (settings: Settings) => {
      try {
        patch({ settings: await service.saveSettings(settings), error: null });
        return true;
      } catch (error) {
        patch({ error: messages.settingsUnsaved((error as Error).message) });
        return false;
      }
    },
    [service, patch],
  );

  /** Saves the settings, then refreshes with them, so what the user chose shows at once. */
  const saveAndRefresh = useCallback(
    async (settings: Settings) => {
      if (await saveSettings(settings)) await run(state.since);
    },
    [saveSettings, run, state.since],
  );

  const pointTo = useCallback(
    (place: CellPlace) => {
      if (!state.settings) return;
      const others = state.settings.tables.filter((table) => table.sheet !== place.sheet);
      return saveAndRefresh({ ...state.settings, tables: [...others, { sheet: place.sheet, header: place.cell, columns: {} }] });
    },
    [state.settings, saveAndRefresh],
  );

  const saveColumns = useCallback(
    (plan: PlanEntry, roles: Record<string, Role | null>) => {
      if (!state.settings) return;
      const plans = state.result?.report.plans ?? [];
      // a sheet pointed to holds only the tables pointed to: its other plans are kept by pointing to them as they are
      const onSheet = plans.filter((p) => p.sheet === plan.sheet).map((p) => (p === plan ? tableOf(p, roles) : tableOf(p)));
      const others = state.settings.tables.filter((table) => table.sheet !== plan.sheet);
      return saveAndRefresh({ ...state.settings, tables: [...others, ...onSheet] });
    },
    [state.settings, state.result, saveAndRefresh],
  );

  // a dismissal keeps the cell's text, so the finding comes back when the cell changes
  const dismiss = useCallback(
    (finding: Finding) => {
      if (!state.settings) return;
      return saveAndRefresh({ ...state.settings, dismissed: [...state.settings.dismissed, dismissalOf(finding)] });
    },
    [state.settings, saveAndRefresh],
  );

  const restore = useCallback(
    (finding: Finding) => {
      if (!state.settings) return;
      const undone = dismissalKey(dismissalOf(finding));
      return saveAndRefresh({ ...state.settings, dismissed: state.settings.dismissed.filter((d) => dismissalKey(d) !== undone) });
    },
    [state.settings, saveAndRefresh],
  );

  const alias = useCallback(
    (written: string, initials: string) => {
      if (!state.settings) return;
      return saveAndRefresh({ ...state.settings, aliases: { ...state.settings.aliases, [written]: initials } });
    },
    [state.settings, saveAndRefresh],
  );

  const countWord = useCallback(
    (word: string, meaning: StatusMeaning) => {
      if (!state.settings) return;
      return saveAndRefresh({ ...state.settings, vocabulary: vocabularyWith(state.settings.vocabulary, word, meaning) });
    },
    [state.settings, saveAndRefresh],
  );

  return {
    state,
    setAsAt: (asAt: string) => patch({ asAt }),
    setView: (view: PaneView) => patch({ view }),
    dismissError: () => patch({ error: null }),
    refresh,
    /** Choosing the earlier refresh to compare with refreshes again, so the summary sheet says the same as the pane. */
    compareWith: run,
    select,
    goTo,
    saveSettings,
    pointTo,
    saveColumns,
    countWord,
    dismiss,
    restore,
    alias,
    selectedCell: () => service.selectedCell(),
  };
}

/** A plan as a table choice: its header's first cell, and every role at its column (or none), as given or as read. */
function tableOf(plan: PlanEntry, roles?: Record<string, Role | null>): TableChoice {
  const area = parseArea(plan.range);
  const given = roles ?? Object.fromEntries((plan.columns ?? []).map((c) => [c.column, c.role]));
  const columns: TableChoice["columns"] = {};
  for (const [column, role] of Object.entries(given)) if (role) columns[role] = column;
  const header = `${columnLetters(area.left)}${area.top + 1}`;
  // what the user left without a column has none: the table is read as they see it, with nothing guessed again
  for (const role of ROLES) if (!(role in columns)) columns[role] = null;
  return { sheet: plan.sheet, header, columns };
}
