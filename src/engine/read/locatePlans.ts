import { ROLES, Role, roleOfLabel } from "./columnRoles";
import { normaliseStatusText } from "./normaliseStatus";
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
}

const MIN_RECOGNISED = 3;
// a plan ends at this many blank rows in a row, unless its header repeats after them
const BLANK_RUN_ENDING_PLAN = 3;
// how far below a header to look when telling the status column by its values
const STATUS_SAMPLE_ROWS = 400;

export function locatePlans(snapshot: WorkbookSnapshot, settings: Settings): PlanSearch {
  const owned = ownedSheetNames(snapshot);
  const search: PlanSearch = { plans: [], hiddenPlanSheets: [], sheetsRead: [] };
  for (const sheet of snapshot.sheets) {
    if (owned.has(sheet.name)) continue;
    if (settings.includeSheets && !settings.includeSheets.includes(sheet.name)) continue;
    const grid = new SheetGrid(sheet);
    const plans = locatePlansOnSheet(grid, settings);
    if (!sheet.visible) {
      if (plans.length > 0) search.hiddenPlanSheets.push(sheet.name);
      continue;
    }
    search.sheetsRead.push(sheet.name);
    search.plans.push(...plans);
  }
  return search;
}

function locatePlansOnSheet(grid: SheetGrid, settings: Settings): PlanLayout[] {
  const headers: Array<{ row: number; columns: ColumnMap }> = [];
  for (let row = 0; row < grid.rowCount; row++) {
    const columns = recogniseHeader(grid, row);
    if (columns) headers.push({ row, columns });
  }

  const plans: PlanLayout[] = [];
  let index = 0;
  while (index < headers.length) {
    const first = headers[index] as { row: number; columns: ColumnMap };
    const headerRows = [first.row];
    let next = index + 1;
    while (next < headers.length && sameColumns((headers[next] as { columns: ColumnMap }).columns, first.columns)) {
      headerRows.push((headers[next] as { row: number }).row);
      next++;
    }
    const limit = next < headers.length ? (headers[next] as { row: number }).row - 1 : grid.rowCount - 1;
    index = next;
    // a table of statuses or people with no aim or action is a lookup list, not a plan
    if (first.columns.aim === undefined && first.columns.action === undefined) continue;
    plans.push(layoutPlan(grid, headerRows, { ...first.columns }, limit, settings));
  }
  return plans;
}

function recogniseHeader(grid: SheetGrid, row: number): ColumnMap | null {
  const columns: ColumnMap = {};
  let recognised = 0;
  const filled = grid.filledColumns(row);
  for (const column of filled) {
    const cell = grid.cell(row, column);
    if (typeof cell?.value !== "string" || cell.value.length > 60) continue;
    const role = roleOfLabel(cell.value);
    if (role && columns[role] === undefined) {
      columns[role] = column;
      recognised++;
    }
  }
  // most of a header's cells are labels; an action row that happens to say "Update" and "Lead" is not a header
  return recognised >= MIN_RECOGNISED && recognised * 2 >= filled.length ? columns : null;
}

function sameColumns(a: ColumnMap, b: ColumnMap): boolean {
  return ROLES.every((role) => a[role] === b[role]);
}

function layoutPlan(grid: SheetGrid, headerRows: number[], columns: ColumnMap, limit: number, settings: Settings): PlanLayout {
  const top = headerRows[0] as number;
  const used = Object.values(columns) as number[];
  const headerCells = grid.filledColumns(top);
  // unlabelled header cells just beside the recognised ones belong to the table ("Safe | Ref | Aim ...", "... | Green")
  const near = headerCells.filter((c) => c >= Math.min(...used) - 2 && c <= Math.max(...used) + 2);
  let left = Math.min(...used, ...near);
  let right = Math.max(...used, ...near);

  let statusFoundBy: PlanLayout["statusFoundBy"] = columns.status !== undefined ? "header" : "none";
  if (columns.status === undefined) {
    const status = columnOfStatuses(grid, top, limit, left, right + 1, columns, settings);
    if (status !== null) {
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
  const taken = new Set(Object.values(columns));
  let best: number | null = null;
  let bestShare = 0.5;
  for (let column = left; column <= right; column++) {
    if (taken.has(column)) continue;
    let filled = 0;
    let statuses = 0;
    for (let row = header + 1; row <= Math.min(limit, header + STATUS_SAMPLE_ROWS); row++) {
      const text = grid.text(row, column);
      if (text === "") continue;
      filled++;
      if (normaliseStatusText(text, settings.vocabulary).source === "text") statuses++;
    }
    const share = filled === 0 ? 0 : statuses / filled;
    if (statuses > 0 && share > bestShare) {
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
