import { quoteSheetName } from "../sheet/cellAddress";
import { HISTORY_NAME, ownedSheet } from "../sheet/ownership";
import { HistoryPoint, IsoDate } from "../model/report";
import { SheetGrid } from "../sheet/sheetGrid";
import { DefinedName, WorkbookSnapshot } from "../model/snapshot";
import { HistoryEdit } from "../model/editPlan";
import { STATUSES, Status } from "../model/status";

/**
 * The workbook remembers its refreshes on a very hidden sheet the add-in
 * owns, marked by a defined name like the settings sheet, so both adapters
 * read it with the rest of the snapshot. It is a log: a "refresh" row with
 * that refresh's counts, then a row only for each action that was added,
 * changed or removed since the refresh before. An unchanged plan adds one row.
 */
export const HISTORY_SHEET = "BRAG Tracker history";
const HEADING = "BRAG Tracker history: one row per refresh, and one per action that changed. Written by the add-in; please leave it as it is.";
const FIRST_RECORD_ROW = 3;
export const HISTORY_COLUMNS = ["Kind", "As at", "Id", "Details (an action's section, ref, words code, status, due date, lead and words, separated by tabs)"] as const;
const COUNT_KEYS = ["blue", "red", "amber", "green", "notStarted", "unrated", "total", "overdue"] as const;
const COUNT_WORDS: Record<(typeof COUNT_KEYS)[number], string> = {
  blue: "blue",
  red: "red",
  amber: "amber",
  green: "green",
  notStarted: "not started",
  unrated: "no status",
  total: "total",
  overdue: "overdue",
};
const TAB = "\t";

/** What the history knows of one action at a refresh. */
export interface TrackedAction {
  id: string;
  section: string;
  ref: string;
  /** Its aim and action words, reduced to a short code: what finds it again when its section or ref changed. */
  fingerprint: string;
  status: Status;
  due: IsoDate | null;
  lead: string;
  label: string;
}

export type TrackedState = Map<string, TrackedAction>;

type LogRow = { kind: "refresh"; point: HistoryPoint } | { kind: "action"; action: TrackedAction } | { kind: "removed"; id: string };

export interface HistoryRecord {
  point: HistoryPoint;
  /** 1-based sheet rows the record spans. */
  firstRow: number;
  lastRow: number;
}

export interface HistoryLog {
  sheet: string | null;
  records: HistoryRecord[];
  /** The last row any record uses; FIRST_RECORD_ROW - 1 for an empty log. */
  lastRow: number;
  rows: Array<{ row: number; entry: LogRow; cells: string[] }>;
}

export function readHistory(snapshot: WorkbookSnapshot): HistoryLog {
  const sheetName = ownedSheet(snapshot, HISTORY_NAME);
  const sheet = snapshot.sheets.find(({ name }) => name === sheetName);
  const log: HistoryLog = { sheet: sheetName, records: [], lastRow: FIRST_RECORD_ROW - 1, rows: [] };
  if (!sheet) return log;
  const grid = new SheetGrid(sheet);
  for (let r = FIRST_RECORD_ROW - 1; r < grid.rowCount; r++) {
    const entry = readRow(grid, r);
    if (!entry) continue;
    const row = r + 1;
    if (entry.kind === "refresh") log.records.push({ point: entry.point, firstRow: row, lastRow: row });
    else if (log.records.length === 0) continue;
    log.rows.push({ row, entry, cells: Array.from({ length: HISTORY_COLUMNS.length }, (_, column) => grid.text(r, column)) });
    (log.records[log.records.length - 1] as HistoryRecord).lastRow = row;
    log.lastRow = row;
  }
  return log;
}

function readRow(grid: SheetGrid, r: number): LogRow | null {
  const kind = grid.text(r, 0);
  const asAt = grid.text(r, 1);
  const details = grid.text(r, 3);
  if (!/^\d{4}-\d\d-\d\d$/.test(asAt)) return null;
  if (kind === "refresh") {
    const point = { asAt } as HistoryPoint;
    for (const key of COUNT_KEYS) point[key] = Number(new RegExp(`(?:^|, )${COUNT_WORDS[key]} (\\d+)`).exec(details)?.[1] ?? 0);
    return { kind, point };
  }
  const id = grid.text(r, 2);
  if (!id) return null;
  if (kind === "removed") return { kind, id };
  if (kind !== "action") return null;
  const [section = "", ref = "", fingerprint = "", status = "", due = "", lead = "", label = ""] = details.split(TAB);
  return {
    kind,
    action: {
      id,
      section,
      ref,
      fingerprint,
      status: ([...STATUSES, "notStarted", "unrated"] as string[]).includes(status) ? (status as Status) : "unrated",
      due: /^\d{4}-\d\d-\d\d$/.test(due) ? due : null,
      lead,
      label,
    },
  };
}

/**
 * The actions as they stood after the record at `index` (none before the
 * first), and the next id free by then: ids are never reused, so an older
 * record never mistakes a new action for one removed since.
 */
export function stateAfter(log: HistoryLog, index: number): { state: TrackedState; nextId: number } {
  const state: TrackedState = new Map();
  let nextId = 1;
  const record = log.records[index];
  if (!record) return { state, nextId };
  for (const { row, entry } of log.rows) {
    if (row > record.lastRow) break;
    if (entry.kind === "action") {
      state.set(entry.action.id, entry.action);
      nextId = Math.max(nextId, (Number(entry.action.id) || 0) + 1);
    } else if (entry.kind === "removed") state.delete(entry.id);
  }
  return { state, nextId };
}

/** "refresh | 2020-01-31 | | blue 24, red 0, amber 22, green 37, no status 0, total 83, overdue 48" */
export function refreshRow(point: HistoryPoint): string[] {
  // "not started" came later than the rest: written only when there are any, a plan of BRAG words keeps the history it always had
  const keys = COUNT_KEYS.filter((key) => key !== "notStarted" || point.notStarted > 0);
  return ["refresh", point.asAt, "", keys.map((key) => `${COUNT_WORDS[key]} ${point[key]}`).join(", ")];
}

// a tracked action's words are already storable: made so when described, or read back from the log as one line
export function actionRow(asAt: IsoDate, action: TrackedAction): string[] {
  const fields = [action.section, action.ref, action.fingerprint, action.status, action.due ?? "", action.lead, action.label];
  return ["action", asAt, action.id, fields.join(TAB)];
}


export function removedRow(asAt: IsoDate, id: string): string[] {
  return ["removed", asAt, id];
}

/**
 * The rows this refresh writes. A refresh with the same as-at date as the
 * last one replaces it, so refreshing twice in a day leaves one record, and
 * a refresh that failed halfway is made good by the next.
 */
export function planHistoryEdit(log: HistoryLog, replacing: boolean, rows: string[][], sheetName: string): HistoryEdit | null {
  const replaced = replacing ? log.records[log.records.length - 1] : undefined;
  if (replaced && sameRows(log.rows.filter(({ row }) => row >= replaced.firstRow).map(({ cells }) => cells), rows)) return null;
  const fromRow = replaced ? replaced.firstRow : log.lastRow + 1;
  const creating = log.sheet === null;
  // an empty log (made, then a refresh lost before its rows went in) starts again from its heading
  const fresh = log.records.length === 0;
  const written = fresh ? [[HEADING], [...HISTORY_COLUMNS], ...rows] : rows;
  const lastWritten = (fresh ? 1 : fromRow) + written.length - 1;
  return {
    sheet: sheetName,
    create: creating,
    fromRow: fresh ? 1 : fromRow,
    rows: written,
    clearThrough: log.lastRow > lastWritten ? log.lastRow : null,
    columns: HISTORY_COLUMNS.length,
  };
}

/** The name that marks the history sheet, so the next refresh finds it whatever it is called. */
export function historyName(sheet: string): DefinedName {
  return { name: HISTORY_NAME, refersTo: `${quoteSheetName(sheet)}!$A$1` };
}

/**
 * The snapshot with a refresh's history edit applied, as the adapters apply
 * it to a workbook: for a workbook kept in memory, such as the pane's preview.
 */
export function withHistoryEdit(snapshot: WorkbookSnapshot, edit: HistoryEdit): WorkbookSnapshot {
  const existing = snapshot.sheets.find((s) => s.name === edit.sheet);
  const rows = existing ? existing.rows.map((row) => (row ? [...row] : row)) : [];
  edit.rows.forEach((values, index) => {
    rows[edit.fromRow - 1 + index] = values.map((value) => (value === "" ? undefined : { value }));
  });
  for (let row = edit.fromRow + edit.rows.length; row <= (edit.clearThrough ?? 0); row++) rows[row - 1] = undefined;
  const history = { name: edit.sheet, visible: false, protected: false, rows, merges: [], hiddenRows: [] };
  return {
    ...snapshot,
    sheets: existing ? snapshot.sheets.map((s) => (s === existing ? history : s)) : [...snapshot.sheets, history],
    names: edit.create ? [...snapshot.names, historyName(edit.sheet)] : snapshot.names,
  };
}

/** The same rows, blank cells at the end of a row aside. */
function sameRows(a: string[][], b: string[][]): boolean {
  const line = (row: string[]) => {
    const cells = [...row];
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells.join("\u0000");
  };
  return a.length === b.length && a.every((row, index) => line(row) === line(b[index] as string[]));
}
