import { ROLES, Role } from "./columnRoles";
import { isRankColumn, isStatusColumn, sampleColumn, valuesBelow } from "./columnValues";
import { HeaderRow, NEAR } from "./headerRow";
import { isGrouping, isItemList, valueProfile } from "./itemOrGroup";
import { Settings, TableChoice } from "../model/settings";
import { SheetGrid } from "../sheet/sheetGrid";
import { parseAddress } from "../sheet/cellAddress";
import { periodOfLabel } from "./periodLabel";

export type ColumnMap = Partial<Record<Role, number>>;

/** Where one plan table sits on a sheet. Rows and columns are 0-based. */
export interface PlanLayout {
  sheet: string;
  grid: SheetGrid;
  /** The first header row and every repeat of it (one per block). */
  headerRows: number[];
  columns: ColumnMap;
  statusFoundBy: "header" | "values" | "none";
  /** Where the plan rates each period in a column of its own, the column rated before the status column: the last report's ratings. */
  earlierRating?: EarlierRating;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

// a plan ends at this many blank rows in a row, unless its header repeats after them
const BLANK_RUN_ENDING_PLAN = 3;
// these columns are chosen by their values as well as their labels: a column of ranks is none of them
const JUDGED_BY_VALUES: readonly Role[] = ["section", "status", "measure"];

/** Each role's surest column, passing over a column of ranks for a section, status or measure; of a series by period, the latest. */
export function chooseColumns(grid: SheetGrid, header: HeaderRow, limit: number, settings: Settings): ColumnMap {
  const columns: ColumnMap = {};
  for (const role of ROLES) {
    const latest = SERIES_ROLES.includes(role) ? latestOfSeries(grid, header, role, limit) : undefined;
    if (latest !== undefined) {
      columns[role] = latest;
      continue;
    }
    const chosen = (header.candidates[role] ?? []).find(
      (column) => !JUDGED_BY_VALUES.includes(role) || !isRankColumn(sampleColumn(grid, header.row, limit, column, settings.vocabulary)),
    );
    if (chosen !== undefined) columns[role] = chosen;
  }
  return itemsAndGroups(grid, header, limit, columns);
}

/**
 * Of several columns named like the item ("Project Name", "Task Name",
 * "Action Item"), the one whose rows are nearly all different is the action;
 * the one of a few repeated values groups them, and is the section where
 * there is none.
 */
function itemsAndGroups(grid: SheetGrid, header: HeaderRow, limit: number, columns: ColumnMap): ColumnMap {
  const named = header.candidates.action ?? [];
  const chosen = columns.action;
  if (named.length < 2 || chosen === undefined || !isGrouping(valueProfile(grid, header.row, limit, chosen))) return columns;
  const item = named.find((column) => column !== chosen && isItemList(valueProfile(grid, header.row, limit, column)));
  if (item === undefined) return columns;
  return { ...columns, action: item, ...(columns.section === undefined ? { section: chosen } : {}) };
}

// statuses and comments kept a column a period ("RAG Q1 | RAG Q2 | RAG Q3"), each quarter's beside the last
const SERIES_ROLES: readonly Role[] = ["status", "comments"];

/** A status column of a series by period before the current one, and the period its label names ("Q2", "Oct-19"). */
export interface EarlierRating {
  column: number;
  period: string;
}

/**
 * Of two or more columns of a role labelled by period, the latest that holds
 * anything: later periods stand to the right, and a quarter not yet rated is
 * empty. Undefined when the role has no such series.
 */
function latestOfSeries(grid: SheetGrid, header: HeaderRow, role: Role, limit: number): number | undefined {
  const series = seriesOf(header, role);
  if (series.length < 2) return undefined;
  const held = heldColumns(grid, header, limit, series);
  return held[held.length - 1] ?? series[0];
}

/**
 * The column of the status series rated before the status column, which is
 * the latest: "the last report" for a plan that keeps each quarter's ratings
 * beside the last. Undefined when the status column is no series' or is its
 * first rated.
 */
export function earlierRating(grid: SheetGrid, header: HeaderRow, limit: number, status: number | undefined): EarlierRating | undefined {
  const series = seriesOf(header, "status");
  if (status === undefined || series.length < 2 || !series.includes(status)) return undefined;
  const column = heldColumns(grid, header, limit, series.filter((c) => c < status)).pop();
  if (column === undefined) return undefined;
  const label = grid.text(header.row, column).replace(/\s+/g, " ").trim();
  return { column, period: periodOfLabel(label).period ?? label };
}

function seriesOf(header: HeaderRow, role: Role): number[] {
  return (header.candidates[role] ?? []).filter((column) => header.periodColumns.includes(column)).sort((a, b) => a - b);
}

function heldColumns(grid: SheetGrid, header: HeaderRow, limit: number, columns: number[]): number[] {
  return columns.filter((column) => !valuesBelow(grid, header.row, limit, column).next().done);
}

/** The columns with the user's corrections applied: a role moved to the column they chose, or taken away. */
export function correctColumns(columns: ColumnMap, corrections: TableChoice[]): ColumnMap {
  const corrected: ColumnMap = { ...columns };
  for (const { columns: chosen } of corrections) {
    for (const role of ROLES) {
      const letters = chosen[role];
      if (letters === undefined) continue;
      delete corrected[role];
      const column = letters === null ? null : columnOfLetters(letters);
      if (column === null) continue;
      // a column has one role: the one the user gave it
      for (const other of ROLES) if (corrected[other] === column) delete corrected[other];
      corrected[role] = column;
    }
  }
  return corrected;
}

function columnOfLetters(letters: string): number | null {
  return /^[A-Z]{1,3}$/i.test(letters.trim()) ? parseAddress(`${letters.trim().toUpperCase()}1`).column : null;
}

/** The plan under its header rows; without a status column, the column of status words beneath, unless the user said it has none. */
export function layoutPlan(
  grid: SheetGrid,
  headerRows: number[],
  columns: ColumnMap,
  limit: number,
  settings: Settings,
  noStatus = false,
  bounds?: { from: number; to: number },
): PlanLayout {
  const top = headerRows[0] as number;
  // a header the user pointed to may name no role: the table is then its row of labels
  const used = Object.values(columns).length > 0 ? (Object.values(columns) as number[]) : grid.filledColumns(top);
  if (used.length === 0) used.push(0);
  // unlabelled header cells beside the recognised ones belong to the table ("Safe | Ref | Aim ...", "... | Green", a tracker's Link and Notes)
  let left = Math.min(...used);
  let right = Math.max(...used);
  const headerCells = grid.filledColumns(top);
  for (const column of [...headerCells].reverse()) if (column < left && column >= left - NEAR) left = column;
  for (const column of headerCells) if (column > right && column <= right + NEAR) right = column;
  // a table beside another keeps to its own columns
  if (bounds) {
    left = Math.max(left, bounds.from);
    right = Math.min(right, bounds.to);
  }

  let statusFoundBy: PlanLayout["statusFoundBy"] = columns.status !== undefined ? "header" : "none";
  if (columns.status === undefined && !noStatus) {
    const status = columnOfStatuses(grid, top, limit, left, bounds ? Math.min(right + 1, bounds.to) : right + 1, columns, settings);
    if (status !== null) {
      // a "Progress" column that holds the statuses is the status column, not the comments
      if (columns.comments === status) delete columns.comments;
      columns.status = status;
      statusFoundBy = "values";
      right = Math.max(right, status);
      left = Math.min(left, status);
    }
  }

  const bottom = lastRowOfPlan(grid, headerRows, limit, left, right);
  return { sheet: grid.sheet.name, grid, headerRows, columns, statusFoundBy, top, bottom, left, right };
}

/** The 2019-20 plan's status header reads "Green": find the column whose values are mostly status words. */
function columnOfStatuses(
  grid: SheetGrid,
  header: number,
  limit: number,
  left: number,
  right: number,
  columns: ColumnMap,
  settings: Settings,
): number | null {
  const taken = new Set(Object.entries(columns).filter(([role]) => role !== "comments").map(([, column]) => column));
  let best: number | null = null;
  let bestShare = 0;
  for (let column = left; column <= right; column++) {
    if (taken.has(column)) continue;
    const sample = sampleColumn(grid, header, limit, column, settings.vocabulary);
    const share = sample.filled === 0 ? 0 : sample.statuses / sample.filled;
    if (isStatusColumn(sample) && share > bestShare) {
      best = column;
      bestShare = share;
    }
  }
  return best;
}

function lastRowOfPlan(grid: SheetGrid, headerRows: number[], limit: number, left: number, right: number): number {
  let last = headerRows[0] as number;
  let blanks = 0;
  for (let row = last + 1; row <= limit; row++) {
    if (grid.filledColumns(row, left, right).length === 0) {
      blanks++;
      const repeatFollows = headerRows.some((h) => h > row);
      if (blanks >= BLANK_RUN_ENDING_PLAN && !repeatFollows) break;
      continue;
    }
    blanks = 0;
    last = row;
  }
  return last;
}
