import { ROLES, Role, matchLabel, simplifyLabel } from "./columnRoles";
import { parseDateText } from "./parseDueDate";
import { SheetGrid } from "../sheet/sheetGrid";

/** A row of labels that may head a plan: each role with the columns whose labels name it, surest first. */
export interface HeaderRow {
  row: number;
  candidates: Partial<Record<Role, number[]>>;
  /** The aim or action column is named only in a project tracker's words ("Task Name", "Description"). */
  trackerWordsOnly: boolean;
  /** The columns whose labels name a period beside their role ("RAG Q1", "Update Aug 2018"): a series when a role has two or more. */
  periodColumns: number[];
}

const MAX_LABEL_LENGTH = 60;
// cells this close to the labelled ones belong to the same table
export const NEAR = 2;
// "Aim 0", "Section 1", "Priority 2": a label followed by a number, in a row like the one beside it, is a value
const LABEL_AND_NUMBER = /^(.*\S)\s+\d+$/;
// of two status columns, a RAG rating says the status and a lifecycle one ("Status": Open, Closed) gives context
const RAG_LABEL = /(^|\s)b?rag(\s|$)/;

/**
 * The labels in a row, or null when it is no header: a header names at least
 * two roles and holds no values between them. Numbers, dates and a label with
 * a number after it are what data rows hold, so a row holding any of them is
 * data, however many of its words look like labels.
 */
export function readHeaderRow(grid: SheetGrid, row: number): HeaderRow | null {
  const cells = grid.sheet.rows[row];
  if (!cells) return null;
  // a refresh looks for plans twice on the same rows (for the fills it needs, then for the report): each row is judged once
  const known = JUDGED.get(cells);
  if (known !== undefined && (known === null || known.row === row)) return known;
  const header = labelsOfRow(grid, row, false);
  JUDGED.set(cells, header);
  return header;
}

const JUDGED = new WeakMap<ReadonlyArray<unknown>, HeaderRow | null>();

/** The labels of a row the user says is a header, whatever else it holds. */
export function readChosenHeaderRow(grid: SheetGrid, row: number): HeaderRow {
  return labelsOfRow(grid, row, true) as HeaderRow;
}

function labelsOfRow(grid: SheetGrid, row: number, chosen: boolean): HeaderRow | null {
  const found: Array<{ role: Role; column: number; rank: number; tracker: boolean; period: boolean }> = [];
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
  if (!chosen) {
    // most rows name fewer than two roles: they are settled before any date is parsed
    const roles = new Set(found.map((f) => f.role));
    if (roles.size < 2) return null;
    const from = Math.min(...found.map((f) => f.column)) - NEAR;
    const to = Math.max(...found.map((f) => f.column)) + NEAR;
    // a value in the table's span, or just beside it (a row's number before its aim), makes the row data
    const inSpan = (c: number) => c >= from && c <= to;
    if (valueColumns.some(inSpan)) return null;
    if (otherTexts.some((c) => inSpan(c) && parseDateText(grid.text(row, c)) !== null)) return null;
  }

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
