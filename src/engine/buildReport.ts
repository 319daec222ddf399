import { areaAddress, columnLetters, parseAddress } from "./sheet/cellAddress";
import { committeeParagraph } from "./words/committeeParagraph";
import { committeeSentence } from "./words/committeeSentence";
import { countBySection } from "./judge/countBySection";
import { findOverdue } from "./judge/findOverdue";
import { HeaderBlock, financialYear, readHeaderBlock } from "./read/headerBlock";
import { PlanLayout, locatePlans } from "./read/locatePlans";
import { Legend, findLegends, withLegends } from "./read/legend";
import { messages } from "./words/messages";
import { withoutOwnedCells } from "./sheet/ownership";
import { readSavedSettings } from "./plan/savedSettings";
import { PlanAction, readActions } from "./read/readActions";
import { trackProgress } from "./progress/progress";
import { ActionEntry, Finding, HistoryPoint, NearestTable, PeriodColumn, PlanColumn, PlanEntry, Report, IsoDate, StatusKey } from "./model/report";
import { Status } from "./model/status";
import { changesSincePeriod } from "./progress/changesSincePeriod";
import { NearestHeader } from "./model/nearestHeader";
import { Role } from "./model/roles";
import { freeSheetName } from "./sheet/sheetNames";
import { Settings, withDefaults } from "./model/settings";
import { WorkbookSnapshot } from "./model/snapshot";
import { validateActions } from "./judge/validateActions";
import { plansToCount } from "./judge/plansToCount";
import { HistoryEdit } from "./model/editPlan";
import { EarlierCopy, changesSinceCopy } from "./progress/earlierCopy";
import { findStatusKey } from "./read/statusKey";
import { applyDismissals } from "./judge/dismissals";

export interface ReportOptions {
  asAt: IsoDate;
  /** Compare with the latest refresh on or before this date; by default the latest at least 28 days before `asAt`. */
  since?: IsoDate;
  /** Compare with this earlier copy of the workbook (last quarter's file) rather than with a refresh the workbook keeps. */
  earlier?: EarlierCopy;
  settings?: Partial<Settings>;
}

/** A workbook read through: the report, and the plans and actions behind it that edits are planned from. */
export interface Analysis {
  report: Report;
  plans: Array<{ layout: PlanLayout; actions: PlanAction[] }>;
  settings: Settings;
  /** The snapshot without the add-in's own cells: the user's content. */
  userContent: WorkbookSnapshot;
  /** What this refresh adds to the workbook's history; null when there is no plan to remember. */
  history: HistoryEdit | null;
}

/** Reads every plan in the workbook and reports its actions, counts and findings. */
export function buildReport(snapshot: WorkbookSnapshot, options: ReportOptions): Report {
  return analyseWorkbook(snapshot, options).report;
}

/**
 * Settings saved in the workbook, then any given for this run on top. Status words given are counted as well
 * as the workbook's own (`--status-word "On plan=green"`), never instead of them.
 */
export function settingsFor(snapshot: WorkbookSnapshot, given?: Partial<Settings>): Settings {
  const saved = readSavedSettings(snapshot);
  const vocabulary = given?.vocabulary ? { ...withDefaults(saved).vocabulary, ...given.vocabulary } : saved.vocabulary;
  return withDefaults({ ...saved, ...given, ...(vocabulary ? { vocabulary } : {}) });
}

export function analyseWorkbook(workbook: WorkbookSnapshot, options: ReportOptions): Analysis {
  const snapshot = withoutOwnedCells(workbook);
  const { settings, legends } = settingsWithLegends(snapshot, settingsFor(workbook, options.settings));
  const search = locatePlans(snapshot, settings);
  const analysed: Analysis["plans"] = [];
  const plans: PlanEntry[] = [];
  const actions: ActionEntry[] = [];
  // each action's status in its plan's column for the period before, where the plan keeps one
  const earlier: Array<Status | undefined> = [];
  let period: PeriodColumn | undefined;
  const findings: Finding[] = search.hiddenPlanSheets.map((sheet) => ({
    severity: "info",
    rule: "hidden-plan-sheet",
    sheet,
    cell: "",
    message: messages.hiddenPlanSheet(sheet),
  }));

  for (const legend of legends) {
    const cell = legend.range.split(":")[0] as string;
    findings.push({ severity: "info", rule: "legend-read", sheet: legend.sheet, cell, message: messages.legendRead(legend.range, legend.codes) });
  }
  for (const sheet of snapshot.sheets) {
    if (sheet.mergesUnread) findings.push({ severity: "info", rule: "merges-unread", sheet: sheet.name, cell: "", message: messages.mergesUnread(sheet.name) });
  }

  // a row pointed to that is no header is said first: it is why the table chosen was not read
  const notHeaders = search.notHeaders.map(({ sheet, cell }) => messages.pointedNotHeader(sheet, cell)).join(" ");
  if (search.plans.length === 0) {
    findings.unshift({ severity: "error", rule: "no-plan", sheet: "", cell: "", message: `${notHeaders ? `${notHeaders} ` : ""}${messages.noPlan(search.sheetsRead, search.nearest)}` });
  } else {
    for (const { sheet, cell } of search.notHeaders) findings.unshift({ severity: "warning", rule: "pointed-not-header", sheet, cell, message: messages.pointedNotHeader(sheet, cell) });
  }

  let workbookHeader: HeaderBlock | null = null;
  const oneSheet = new Set(search.plans.map((plan) => plan.sheet)).size <= 1;
  const read = search.plans.map((layout) => ({ layout, actions: readActions(layout, snapshot, settings, oneSheet) }));
  const { counted: kept, findings: uncounted } = plansToCount(read);
  // pushed one by one, never spread: a spread passes each as an argument, and a plan of 130,000 actions overflows the stack
  for (const finding of uncounted) findings.push(finding);
  // with a repeated table left out, the plan may be one sheet's after all, and named by its title
  const readAgain = !oneSheet && new Set(kept.map((plan) => plan.layout.sheet)).size <= 1 ? kept.map(({ layout }) => ({ layout, actions: readActions(layout, snapshot, settings, true) })) : kept;
  // the plan's key to its colours, where it has one; its rows, under a table, are a key and never the plan's actions
  const key = search.plans.length > 0 ? findStatusKey(snapshot, actionRowsOf(readAgain)) : null;
  const counted = key ? readAgain.map(({ layout, actions: read }) => ({ layout, actions: read.filter((action) => !inKey(key, action)) })) : readAgain;
  counted.forEach(({ layout: plan, actions: planActions }, index) => {
    const previous = counted[index - 1]?.layout;
    const from = previous && previous.sheet === plan.sheet ? previous.bottom + 1 : 0;
    const header = completeHeader(readHeaderBlock(plan.grid, from, plan.top - 1), workbookHeader, plan);
    workbookHeader ??= header.initials.length > 0 || header.period || header.owner || header.board ? header : null;

    plans.push({
      sheet: plan.sheet,
      range: areaAddress(plan),
      title: header.title ?? plan.sheet,
      ...(header.title || header.heading ? { subject: (header.title || header.heading) as string } : {}),
      ...(header.period ? { period: header.period.shown } : {}),
      ...(header.owner ? { owner: header.owner } : {}),
      ...(header.board ? { board: header.board } : {}),
      ...(header.lines.length > 0 ? { details: header.lines } : {}),
      ...(header.initials.length > 0 ? { people: header.initials } : {}),
      ...(plan.columns.status !== undefined ? { statusColumn: columnLetters(plan.columns.status) } : {}),
      columns: planColumns(plan),
    });
    if (plan.columns.status === undefined) {
      findings.push({
        severity: "error",
        rule: "no-status-column",
        sheet: plan.sheet,
        cell: `${columnLetters(plan.left)}${plan.top + 1}`,
        message: messages.noStatusColumn(),
      });
    }
    analysed.push({ layout: plan, actions: planActions });
    for (const action of planActions) {
      actions.push(toEntry(action, options.asAt, settings));
      earlier.push(action.earlierStatus?.status);
    }
    if (plan.earlierRating && !period) period = { label: plan.earlierRating.period, sheet: plan.sheet, column: columnLetters(plan.earlierRating.column) };
    for (const finding of validateActions(planActions, header, settings.aliases)) findings.push(finding);
  });

  const { sections, totals } = countBySection(actions);
  const sheetOrder = snapshot.sheets.map((sheet) => sheet.name);
  findings.sort(inWorkbookOrder(sheetOrder));
  const progress =
    search.plans.length > 0
      ? trackProgress(workbook, actions, totals, options.asAt, options.since, (wanted) => freeSheetName(wanted, sheetOrder))
      : null;
  if (progress?.missingSince) {
    const earliest = progress.history.length > 1 ? (progress.history[0] as HistoryPoint).asAt : null;
    findings.unshift({ severity: "info", rule: "no-earlier-refresh", sheet: "", cell: "", message: messages.noEarlierRefresh(progress.missingSince, earliest) });
  }
  // with no refresh kept early enough, a plan that rates each period in its own column is its own last report
  const changes = options.earlier
    ? changesSinceCopy(options.earlier, actions, options.asAt)
    : (progress?.changes ?? (period && !progress?.missingSince ? changesSincePeriod(period, actions, earlier) : null));
  const { shown, dismissed } = applyDismissals(findings, snapshot, settings.dismissed);
  const report: Report = {
    asAt: options.asAt,
    plans,
    sections,
    totals,
    actions,
    findings: shown,
    sentence: committeeSentence(totals),
    changes,
    history: progress?.history ?? [],
    paragraph: committeeParagraph(totals, actions, changes, options.asAt),
    ...(counted.length === 0 && search.nearest ? { nearest: nearestTable(search.nearest) } : {}),
    ...(key ? { key } : {}),
    ...(dismissed.length > 0 ? { dismissed } : {}),
  };
  return { report, plans: analysed, settings, userContent: snapshot, history: progress?.edit ?? null };
}

/** The rows (0-based) that hold actions with words of their own (an aim or an action), sheet by sheet: no key is there. */
function actionRowsOf(read: Array<{ actions: PlanAction[] }>): Map<string, Set<number>> {
  const rows = new Map<string, Set<number>>();
  for (const { actions } of read) {
    for (const action of actions) {
      if (!action.action && !action.aim) continue;
      let onSheet = rows.get(action.sheet);
      if (!onSheet) rows.set(action.sheet, (onSheet = new Set()));
      onSheet.add(action.row);
    }
  }
  return rows;
}

function inKey(key: StatusKey, action: PlanAction): boolean {
  return action.sheet === key.sheet && action.row >= key.rows[0] && action.row <= key.rows[1] && !action.action && !action.aim;
}

function nearestTable(nearest: NearestHeader): NearestTable {
  return { sheet: nearest.sheet, cell: `${columnLetters(nearest.left)}${nearest.row + 1}`, lacks: nearest.lacks, message: messages.nearestTable(nearest) };
}

function planColumns(plan: PlanLayout): PlanColumn[] {
  const roleOf = new Map(Object.entries(plan.columns).map(([role, column]) => [column, role as Role]));
  const columns: PlanColumn[] = [];
  for (let column = plan.left; column <= plan.right; column++) {
    columns.push({ column: columnLetters(column), label: plan.grid.text(plan.top, column), role: roleOf.get(column) ?? null });
  }
  return columns;
}

/** The settings with the workbook's legends of codes added to the vocabulary. */
function settingsWithLegends(userContent: WorkbookSnapshot, settings: Settings): { settings: Settings; legends: Legend[] } {
  const legends = findLegends(userContent, settings.vocabulary);
  return { settings: { ...settings, vocabulary: withLegends(settings.vocabulary, legends) }, legends };
}

/** Workbook-wide findings first, then by sheet, row and column, as a person reads the plan. */
function inWorkbookOrder(sheetOrder: string[]): (a: Finding, b: Finding) => number {
  const position = (finding: Finding): [number, number, number] => {
    if (finding.cell === "") return [sheetOrder.indexOf(finding.sheet), -1, -1];
    const { row, column } = parseAddress(finding.cell);
    return [sheetOrder.indexOf(finding.sheet), row, column];
  };
  return (a, b) => {
    const [pa, pb] = [position(a), position(b)];
    return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
  };
}

/** A plan without its own header block borrows the workbook's, and a "2019-20" in its title gives its period. */
function completeHeader(own: HeaderBlock, workbook: HeaderBlock | null, plan: PlanLayout): HeaderBlock {
  const title = own.title;
  const heading = own.heading ?? null;
  const period = own.period ?? workbook?.period ?? financialYear(title ?? "") ?? financialYear(plan.sheet);
  const initials = own.initials.length > 0 ? own.initials : (workbook?.initials ?? []);
  const lines = own.lines.length > 0 ? own.lines : (workbook?.lines ?? []);
  return { title, heading, period, initials, owner: own.owner ?? workbook?.owner ?? null, board: own.board ?? workbook?.board ?? null, lines };
}

function toEntry(action: PlanAction, asAt: IsoDate, settings: Settings): ActionEntry {
  const due = action.due.kind === "date" ? action.due.iso : null;
  const status = action.status.status;
  return {
    sheet: action.sheet,
    row: action.row + 1,
    section: action.section,
    ref: action.ref,
    aim: action.aim,
    action: action.action,
    status,
    statusText: action.statusText,
    due,
    dueShown: action.due.kind === "missing" ? "" : action.due.shown,
    lead: action.lead,
    measure: action.measure,
    comments: action.comments,
    ...findOverdue(due, status, asAt, settings.dueSoonDays),
  };
}

/**
 * The cells whose fill colours the engine needs: the status column of each
 * plan (a status may be shown by colour alone) and the due column (to take an
 * old overdue highlight off). Adapters read these in a second round and hand
 * them back in `snapshot.fills`.
 */
export function cellsNeedingFill(snapshot: WorkbookSnapshot, partial?: Partial<Settings>): Array<{ sheet: string; ranges: string[] }> {
  const bySheet = new Map<string, string[]>();
  const userContent = withoutOwnedCells(snapshot);
  for (const plan of locatePlans(userContent, settingsWithLegends(userContent, settingsFor(snapshot, partial)).settings).plans) {
    for (const column of [plan.columns.status, plan.earlierRating?.column, plan.columns.due]) {
      if (column === undefined) continue;
      const range = areaAddress({ top: plan.top + 1, bottom: Math.max(plan.top + 1, plan.bottom), left: column, right: column });
      bySheet.set(plan.sheet, [...(bySheet.get(plan.sheet) ?? []), range]);
    }
  }
  return [...bySheet].map(([sheet, ranges]) => ({ sheet, ranges }));
}
