import { ROLES, Role, matchLabel, simplifyLabel } from "./columnRoles";
import { parseDateText } from "./parseDueDate";
import { isPeriodOnly } from "./periodLabel";
import { normaliseStatusText } from "./normaliseStatus";
import { valuesBelow } from "./columnValues";
import { DEFAULT_VOCABULARY } from "../model/status";
import { SheetGrid } from "../sheet/sheetGrid";

/** A row of labels that may head a plan: each role with the columns whose labels name it, surest first. */
export interface HeaderRow {
  row: number;
  candidates: Partial<Record<Role, number[]>>;
  /** The aim or action column is named only in a project tracker's words ("Task Name", "Description"). */
  trackerWordsOnly: boolean;
  /** The columns whose labels name a period beside their role ("RAG Q1", "Update Aug 2018"): a series when a role has two or more. */
  periodColumns: number[];
  /** Where the row holds tables side by side, the columns of this one's; the table keeps within them. */
  bounds?: { from: number; to: number };
}

const MAX_LABEL_LENGTH = 60;
// cells this close to the labelled ones belong to the same table
export const NEAR = 2;
// "Aim 0", "Section 1", "Priority 2": a label followed by a number, in a row like the one beside it, is a value
const LABEL_AND_NUMBER = /^(.*\S)\s+\d+$/;
// of two status columns, a RAG rating says the status and a lifecycle one ("Status": Open, Closed) gives context
const RAG_LABEL = /(^|\s)b?rag(\s|$)/;

/**
 * The labels in a row, one header each for tables side by side, or null when
 * it is no header: a header names at least two roles and holds no values
 * between them. A number among its labels makes a row data; a date, or a
 * label with a number after it ("Aim 0"), does where the row beside it holds
 * the like, as a data row is like its neighbours.
 */
export function readHeaderRows(grid: SheetGrid, row: number): readonly HeaderRow[] | null {
  const cells = grid.sheet.rows[row];
  if (!cells) return null;
  // a refresh looks for plans twice on the same rows (for the fills it needs, then for the report): each row is judged once
  const known = JUDGED.get(cells);
  if (known !== undefined && (known === null || (known[0] as HeaderRow).row === row)) return known;
  const headers = labelsOfRow(grid, row, false);
  // null where the row is no header, as most are
  const judged = headers.length === 0 ? null : headers;
  JUDGED.set(cells, judged);
  return judged;
}

const JUDGED = new WeakMap<ReadonlyArray<unknown>, readonly HeaderRow[] | null>();
// almost every row is no header: one empty answer for them all, not one each
const NONE: readonly HeaderRow[] = Object.freeze([]);

/** The labels of a row the user says is a header, whatever else it holds. */
export function readChosenHeaderRow(grid: SheetGrid, row: number): HeaderRow {
  return labelsOfRow(grid, row, true)[0] as HeaderRow;
}

type Found = { role: Role; column: number; rank: number; tracker: boolean; period: boolean };

function labelsOfRow(grid: SheetGrid, row: number, chosen: boolean): readonly HeaderRow[] {
  const found: Found[] = [];
  const valueColumns: number[] = [];
  const otherTexts: number[] = [];
  for (const column of grid.filledColumns(row)) {
    const cell = grid.cell(row, column);
    const value = cell?.value;
    if (typeof value !== "string") {
      if (!cell?.error) valueColumns.push(column);
      continue;
    }
    if (value.length > MAX_LABEL_LENGTH) continue;
    const match = matchLabel(value);
    if (!match) {
      otherTexts.push(column);
      continue;
    }
    if (!chosen && match.period === null && LABEL_AND_NUMBER.test(value.trim()) && likeNeighbour(grid, row, column, match.role)) {
      valueColumns.push(column);
      continue;
    }
    const rank = match.strength + (match.role === "status" && RAG_LABEL.test(simplifyLabel(value)) ? 0.5 : 0);
    found.push({ role: match.role, column, rank, tracker: match.tracker, period: match.period !== null });
  }
  if (chosen) return [headerOf(row, found)];
  // most rows name fewer than two roles: they are settled before any date is parsed
  if (found.length > 0) found.push(...seriesByPeriod(grid, row, otherTexts));
  if (!twoRoles(found)) return NONE;
  const tables = sideBySide(grid, row, found);
  const headers = tables.flatMap((table, index) => {
    if (new Set(table.map((f) => f.role)).size < 2) return [];
    const from = Math.min(...table.map((f) => f.column)) - NEAR;
    const to = Math.max(...table.map((f) => f.column)) + NEAR;
    // a value in the table's span, or just beside it (a row's number before its aim), makes the row data
    const inSpan = (c: number) => c >= from && c <= to;
    if (valueColumns.some(inSpan)) return [];
    // a date among labels makes the row data where the row beside it holds one too: "Oct-19" over ratings is a period's label
    if (otherTexts.some((c) => inSpan(c) && parseDateText(grid.text(row, c)) !== null && dateBeside(grid, row, c))) return [];
    const header = headerOf(row, table);
    if (tables.length > 1) header.bounds = boundsOf(tables, index, grid.columnCount);
    return [header];
  });
  return headers.length === 0 ? NONE : headers;
}

/**
 * Columns labelled by a period alone ("Q1 | Q2 | Q3", "Oct-19 | Jan-20"),
 * two or more, over status words: a status series, whose role is said by
 * its cells since its labels name none.
 */
function seriesByPeriod(grid: SheetGrid, row: number, texts: number[]): Found[] {
  const periods = texts.filter((column) => isPeriodOnly(grid.text(row, column)));
  if (periods.length < 2) return [];
  const samples = periods.map((column) => ratingsBelow(grid, row, column));
  // every period of the series empty or rated (a quarter not yet reported is empty), and one at least rated
  if (!samples.every((sample) => sample.filled === 0 || sample.statuses * 2 > sample.filled) || !samples.some((sample) => sample.statuses > 0)) return [];
  return periods.map((column) => ({ role: "status" as const, column, rank: 2.5, tracker: false, period: true }));
}

const SERIES_SAMPLE = 50;

/** The cells beneath a period's label, and how many are status words. */
function ratingsBelow(grid: SheetGrid, row: number, column: number): { filled: number; statuses: number } {
  let filled = 0;
  let statuses = 0;
  for (const text of valuesBelow(grid, row, Math.min(grid.rowCount - 1, row + SERIES_SAMPLE), column)) {
    filled++;
    if (normaliseStatusText(text, DEFAULT_VOCABULARY).source === "text") statuses++;
  }
  return { filled, statuses };
}

/** A date in the row above or below, in the same column: the row is like its neighbours. */
function dateBeside(grid: SheetGrid, row: number, column: number): boolean {
  return [row - 1, row + 1].some((beside) => {
    const cell = grid.cell(beside, column);
    if (typeof cell?.value === "number") return true;
    return parseDateText(grid.text(beside, column)) !== null;
  });
}

function twoRoles(found: Found[]): boolean {
  for (const f of found) if (f.role !== (found[0] as Found).role) return true;
  return false;
}

/**
 * Tables side by side share their header row: where the labels after a gap
 * of empty columns name again a role named before it, a second table starts.
 */
function sideBySide(grid: SheetGrid, row: number, found: Found[]): Found[][] {
  const sorted = [...found].sort((a, b) => a.column - b.column);
  const tables: Found[][] = [[]];
  for (let i = 0; i < sorted.length; i++) {
    const label = sorted[i] as Found;
    const current = tables[tables.length - 1] as Found[];
    const previous = current[current.length - 1];
    if (previous && gapBetween(grid, row, previous.column, label.column) && current.some((f) => f.role === label.role)) tables.push([label]);
    else current.push(label);
  }
  return tables;
}

function gapBetween(grid: SheetGrid, row: number, from: number, to: number): boolean {
  for (let column = from + 1; column < to; column++) if (grid.text(row, column) === "") return true;
  return false;
}

/** A side-by-side table's columns: from just after the one before it to just before the one after it. */
function boundsOf(tables: Found[][], index: number, columns: number): { from: number; to: number } {
  // each table's labels are in column order (sideBySide sorts them)
  const first = (table: Found[]) => (table[0] as Found).column;
  const last = (table: Found[]) => (table[table.length - 1] as Found).column;
  const own = tables[index] as Found[];
  const before = tables[index - 1];
  const after = tables[index + 1];
  // the gap is shared: each table takes its half of the empty columns between
  return {
    from: before === undefined ? 0 : first(own) - Math.floor((first(own) - last(before) - 1) / 2),
    to: after === undefined ? columns - 1 : last(own) + Math.floor((first(after) - last(own) - 1) / 2),
  };
}

function headerOf(row: number, found: Found[]): HeaderRow {
  const candidates: HeaderRow["candidates"] = {};
  for (const role of ROLES) {
    const named = found.filter((f) => f.role === role).sort((a, b) => b.rank - a.rank || a.column - b.column);
    if (named.length > 0) candidates[role] = named.map((f) => f.column);
  }
  const primary = found.filter((f) => f.role === "aim" || f.role === "action");
  return { row, candidates, trackerWordsOnly: primary.length > 0 && primary.every((f) => f.tracker), periodColumns: found.filter((f) => f.period).map((f) => f.column) };
}

/** A data row is like its neighbours: "Aim 0" over "Aim 1" is two values, "Update 2" over a comment is a label. */
function likeNeighbour(grid: SheetGrid, row: number, column: number, role: Role): boolean {
  return [row - 1, row + 1].some((beside) => {
    const text = grid.text(beside, column).trim();
    return LABEL_AND_NUMBER.test(text) && matchLabel(text)?.role === role;
  });
}
