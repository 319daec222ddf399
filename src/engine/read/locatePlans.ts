import { NearestHeader } from "../model/nearestHeader";
import { ROLES, Role } from "./columnRoles";
import { isCountsTable, isRankColumn, isStatusColumn, sampleColumn } from "./columnValues";
import { HeaderRow, NEAR, readHeaderRow } from "./headerRow";
import { ownedSheetNames } from "../sheet/ownership";
import { Settings } from "../model/settings";
import { SheetGrid } from "../sheet/sheetGrid";
import { WorkbookSnapshot } from "../model/snapshot";

export type ColumnMap = Partial<Record<Role, number>>;

/** Where one plan table sits on a sheet. Rows and columns are 0-based. */
export interface PlanLayout {
  sheet: string;
  grid: SheetGrid;
  /** The first header row and every repeat of it (one per block). */
  headerRows: number[];
  columns: ColumnMap;
  statusFoundBy: "header" | "values" | "none";
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PlanSearch {
  plans: PlanLayout[];
  /** Hidden sheets that hold a plan table, left unread as the user hid them. */
  hiddenPlanSheets: string[];
  /** Sheets read that held no plan table. */
  sheetsRead: string[];
  /** The most plan-like header that heads no plan, to say where to point when no plan is found. */
  nearest: NearestHeader | null;
}


// a header names at least this many of the plan's roles, one of them its aims or actions
const MIN_ROLES = 3;
// a plan ends at this many blank rows in a row, unless its header repeats after them
const BLANK_RUN_ENDING_PLAN = 3;
// these columns are chosen by their values as well as their labels: a column of ranks is none of them
const JUDGED_BY_VALUES: readonly Role[] = ["section", "status", "measure"];

export function locatePlans(snapshot: WorkbookSnapshot, settings: Settings): PlanSearch {
  const owned = ownedSheetNames(snapshot);
  const search: PlanSearch = { plans: [], hiddenPlanSheets: [], sheetsRead: [], nearest: null };
  for (const sheet of snapshot.sheets) {
    if (owned.has(sheet.name)) continue;
    if (settings.includeSheets && !settings.includeSheets.includes(sheet.name)) continue;
    const grid = new SheetGrid(sheet);
    const { plans, nearest } = locatePlansOnSheet(grid, settings);
    if (!sheet.visible) {
      if (plans.length > 0) search.hiddenPlanSheets.push(sheet.name);
      continue;
    }
    search.sheetsRead.push(sheet.name);
    search.plans.push(...plans);
    if (nearest && (!search.nearest || nearest.labels.length > search.nearest.labels.length)) search.nearest = nearest;
  }
  return search;
}

function locatePlansOnSheet(grid: SheetGrid, settings: Settings): { plans: PlanLayout[]; nearest: NearestHeader | null } {
  const headers: HeaderRow[] = [];
  let nearest: NearestHeader | null = null;
  for (let row = 0; row < grid.rowCount; row++) {
    const header = readHeaderRow(grid, row);
    if (!header) continue;
    const lacks = lacksOfHeader(header);
    if (lacks === null) headers.push(header);
    else if (!nearest || labelsOf(grid, header).length > nearest.labels.length) nearest = nearHeader(grid, header, lacks);
  }

  const plans: PlanLayout[] = [];
  let index = 0;
  while (index < headers.length) {
    const first = headers[index] as HeaderRow;
    const headerRows = [first.row];
    let next = index + 1;
    while (next < headers.length && sameLabels(headers[next] as HeaderRow, first)) {
      headerRows.push((headers[next] as HeaderRow).row);
      next++;
    }
    const limit = next < headers.length ? (headers[next] as HeaderRow).row - 1 : grid.rowCount - 1;
    index = next;
    const plan = planUnder(grid, first, headerRows, limit, settings);
    if (typeof plan === "object" && plan !== null) plans.push(plan);
    else if (plan !== null && (!nearest || labelsOf(grid, first).length > nearest.labels.length)) nearest = nearHeader(grid, first, plan);
  }
  return { plans, nearest };
}

/** What a row of labels lacks to head a plan, judged by its labels alone. */
function lacksOfHeader(header: HeaderRow): NearestHeader["lacks"] | null {
  // a table of statuses or people with no aim or action is a lookup list, not a plan
  if (header.candidates.aim === undefined && header.candidates.action === undefined) return "action";
  return Object.keys(header.candidates).length < MIN_ROLES ? "columns" : null;
}

/** The plan a header row heads, or what it lacks to head one, judged by what stands beneath it; null for a table of counts, which is none. */
function planUnder(grid: SheetGrid, header: HeaderRow, headerRows: number[], limit: number, settings: Settings): PlanLayout | NearestHeader["lacks"] | null {
  if (isCountsTable(grid, header.row, limit, grid.filledColumns(header.row), settings.vocabulary)) return null;

  const columns = chooseColumns(grid, header, limit, settings);
  const plan = layoutPlan(grid, headerRows, columns, limit, settings);
  // a project list in a tracker's words with nothing to count (a budget, a contact list) is no plan; a plan in a plan's words is, and is told its status column is missing
  if (plan.statusFoundBy === "none" && header.trackerWordsOnly) return "status";
  return plan;
}

/** Each role's surest column, passing over a column of ranks for a section, status or measure. */
function chooseColumns(grid: SheetGrid, header: HeaderRow, limit: number, settings: Settings): ColumnMap {
  const columns: ColumnMap = {};
  for (const role of ROLES) {
    const chosen = (header.candidates[role] ?? []).find(
      (column) => !JUDGED_BY_VALUES.includes(role) || !isRankColumn(sampleColumn(grid, header.row, limit, column, settings.vocabulary)),
    );
    if (chosen !== undefined) columns[role] = chosen;
  }
  return columns;
}

function sameLabels(a: HeaderRow, b: HeaderRow): boolean {
  return ROLES.every((role) => a.candidates[role]?.[0] === b.candidates[role]?.[0]);
}

function labelsOf(grid: SheetGrid, header: HeaderRow): string[] {
  const columns = [...new Set(Object.values(header.candidates).flat())].sort((a, b) => a - b);
  return columns.map((column) => grid.text(header.row, column));
}

function nearHeader(grid: SheetGrid, header: HeaderRow, lacks: NearestHeader["lacks"]): NearestHeader {
  const labelled = Object.values(header.candidates).flat();
  return { sheet: grid.sheet.name, row: header.row, left: Math.min(...labelled), labels: labelsOf(grid, header), lacks };
}

function layoutPlan(grid: SheetGrid, headerRows: number[], columns: ColumnMap, limit: number, settings: Settings): PlanLayout {
  const top = headerRows[0] as number;
  const used = Object.values(columns) as number[];
  // unlabelled header cells beside the recognised ones belong to the table ("Safe | Ref | Aim ...", "... | Green", a tracker's Link and Notes)
  let left = Math.min(...used);
  let right = Math.max(...used);
  const headerCells = grid.filledColumns(top);
  for (const column of [...headerCells].reverse()) if (column < left && column >= left - NEAR) left = column;
  for (const column of headerCells) if (column > right && column <= right + NEAR) right = column;

  let statusFoundBy: PlanLayout["statusFoundBy"] = columns.status !== undefined ? "header" : "none";
  if (columns.status === undefined) {
    const status = columnOfStatuses(grid, top, limit, left, right + 1, columns, settings);
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
