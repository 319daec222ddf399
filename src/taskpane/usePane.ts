import { useCallback, useEffect, useState } from "react";
import { messages } from "../engine";
import type { Finding, RefreshOutcome, Settings } from "../engine";
import { BragService, CellPlace } from "./BragService";

export type PaneView = "counts" | "changes" | "findings" | "settings";

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
        await service.saveSettings(settings);
        patch({ settings, error: null });
        return true;
      } catch (error) {
        patch({ error: messages.settingsUnsaved((error as Error).message) });
        return false;
      }
    },
    [service, patch],
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
  };
}
