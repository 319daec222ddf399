import { quoteSheetName } from "./cellAddress";
import { IsoDate } from "./excelDate";
import { HISTORY_NAME, ownedSheet } from "./ownership";
import { HistoryPoint } from "./report";
import { SheetGrid } from "./sheetGrid";
import { DefinedName, WorkbookSnapshot } from "./snapshot";
import { STATUSES, Status } from "./status";

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
export const HISTORY_COLUMNS = [
  "Kind", "As at", "Id", "Section", "Ref", "Fingerprint", "Status", "Due", "Lead", "Action",
  "Blue", "Red", "Amber", "Green", "No status", "Total", "Overdue",
] as const;
const COUNT_KEYS = ["blue", "red", "amber", "green", "unrated", "total", "overdue"] as const;
const FIRST_COUNT_COLUMN = 10;
const LABEL_LENGTH = 120;

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
  rows: Array<{ row: number; entry: LogRow }>;
}

/** What a refresh adds to the history: rows from `fromRow` on, and older rows after them emptied. */
export interface HistoryEdit {
  sheet: string;
  /** Set on the first refresh: the sheet is made, very hidden, and this name marks it. */
  create: DefinedName | null;
  /** 1-based. */
  fromRow: number;
  /** Every value is text. */
  rows: string[][];
  /** Rows after the written ones, up to this one, held a record now replaced; null when none. */
  clearThrough: number | null;
  columns: number;
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
    log.rows.push({ row, entry });
    (log.records[log.records.length - 1] as HistoryRecord).lastRow = row;
    log.lastRow = row;
  }
  return log;
}

function readRow(grid: SheetGrid, r: number): LogRow | null {
  const text = (column: number) => grid.text(r, column);
  const kind = text(0);
  const asAt = text(1);
  if (!/^\d{4}-\d\d-\d\d$/.test(asAt)) return null;
  if (kind === "refresh") {
    const point = { asAt } as HistoryPoint;
    COUNT_KEYS.forEach((key, index) => {
      point[key] = Number(text(FIRST_COUNT_COLUMN + index)) || 0;
    });
    return { kind, point };
  }
  const id = text(2);
  if (!id) return null;
  if (kind === "removed") return { kind, id };
  if (kind !== "action") return null;
  const status = text(6) as Status;
  const due = text(7);
  return {
    kind,
    action: {
      id,
      section: text(3),
      ref: text(4),
      fingerprint: text(5),
      status: [...STATUSES, "unrated"].includes(status) ? status : "unrated",
      due: /^\d{4}-\d\d-\d\d$/.test(due) ? due : null,
      lead: text(8),
      label: text(9),
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

export function refreshRow(point: HistoryPoint): string[] {
  const row = ["refresh", point.asAt, "", "", "", "", "", "", "", ""];
  for (const key of COUNT_KEYS) row.push(String(point[key]));
  return row;
}

export function actionRow(asAt: IsoDate, action: TrackedAction): string[] {
  return ["action", asAt, action.id, action.section, action.ref, action.fingerprint, action.status, action.due ?? "", action.lead, action.label];
}

export function removedRow(asAt: IsoDate, id: string): string[] {
  return ["removed", asAt, id];
}

/**
 * The rows this refresh writes. A refresh with the same as-at date as the
 * last one replaces it, so refreshing twice in a day leaves one record, and
 * a refresh that failed halfway is made good by the next.
 */
export function planHistoryEdit(log: HistoryLog, replacing: boolean, rows: string[][], sheetName: string): HistoryEdit {
  const replaced = replacing ? log.records[log.records.length - 1] : undefined;
  const fromRow = replaced ? replaced.firstRow : log.lastRow + 1;
  const creating = log.sheet === null;
  // an empty log (made, then a refresh lost before its rows went in) starts again from its heading
  const fresh = log.records.length === 0;
  const written = fresh ? [[HEADING], [...HISTORY_COLUMNS], ...rows] : rows;
  const lastWritten = (fresh ? 1 : fromRow) + written.length - 1;
  return {
    sheet: sheetName,
    create: creating ? { name: HISTORY_NAME, refersTo: `${quoteSheetName(sheetName)}!$A$1` } : null,
    fromRow: fresh ? 1 : fromRow,
    rows: written,
    clearThrough: log.lastRow > lastWritten ? log.lastRow : null,
    columns: HISTORY_COLUMNS.length,
  };
}

export function shortLabel(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= LABEL_LENGTH ? flat : `${flat.slice(0, LABEL_LENGTH - 1).trimEnd()}…`;
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
    names: edit.create ? [...snapshot.names, edit.create] : snapshot.names,
  };
}
