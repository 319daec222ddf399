import { NearestHeader } from "../model/nearestHeader";
import { ROLES, simplifyLabel } from "./columnRoles";
import { isItemList, valueProfile } from "./itemOrGroup";
import { isCountsTable } from "./columnValues";
import { HeaderRow, readChosenHeaderRow, readHeaderRows } from "./headerRow";
import { parseAddress } from "../sheet/cellAddress";
import { PlanLayout, chooseColumns, correctColumns, earlierRating, layoutPlan } from "./planLayout";

export type { ColumnMap, PlanLayout } from "./planLayout";
import { ownedSheetNames } from "../sheet/ownership";
import { Settings, TableChoice } from "../model/settings";
import { SheetGrid } from "../sheet/sheetGrid";
import { WorkbookSnapshot } from "../model/snapshot";

export interface PlanSearch {
  plans: PlanLayout[];
  /** Hidden sheets that hold a plan table, left unread as the user hid them. */
  hiddenPlanSheets: string[];
  /** Sheets read that held no plan table. */
  sheetsRead: string[];
  /** The most plan-like header that heads no plan, to say where to point when no plan is found. */
  nearest: NearestHeader | null;
  /** Cells the user pointed to whose row names no actions and no status (a title, a note): not a header, so not read as one. */
  notHeaders: Array<{ sheet: string; cell: string }>;
}


// a header names at least this many of the plan's roles, one of them its aims or actions
const MIN_ROLES = 3;
export function locatePlans(snapshot: WorkbookSnapshot, settings: Settings): PlanSearch {
  const owned = ownedSheetNames(snapshot);
  const search: PlanSearch = { plans: [], hiddenPlanSheets: [], sheetsRead: [], nearest: null, notHeaders: [] };
  const readable = snapshot.sheets.filter((sheet) => !owned.has(sheet.name) && (!settings.includeSheets || settings.includeSheets.includes(sheet.name)));
  // a header pointed to without its sheet ("B25") is on the first sheet, as Excel's Go To would take it
  const first = readable.find((sheet) => sheet.visible)?.name;
  const tables = settings.tables.map((table) => (table.header !== undefined && table.sheet === undefined && first ? { ...table, sheet: first } : table));
  for (const sheet of readable) {
    const grid = new SheetGrid(sheet);
    const { plans, nearest, notHeaders } = locatePlansOnSheet(grid, tables.filter((table) => table.sheet === undefined || sameSheet(table.sheet, sheet.name)), settings);
    search.notHeaders.push(...notHeaders.map((cell) => ({ sheet: sheet.name, cell })));
    if (!sheet.visible) {
      if (plans.length > 0) search.hiddenPlanSheets.push(sheet.name);
      continue;
    }
    search.sheetsRead.push(sheet.name);
    search.plans.push(...plans);
    search.nearest = nearer(search.nearest, nearest);
  }
  return search;
}

// Excel's sheet names are the same whatever their case
function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function locatePlansOnSheet(grid: SheetGrid, onSheet: TableChoice[], settings: Settings): { plans: PlanLayout[]; nearest: NearestHeader | null; notHeaders: string[] } {
  // a row that names no actions and no status is no header, whoever points to it: it is set aside, and the sheet read as if it had not been
  const notHeaders = onSheet.filter((table) => table.header !== undefined && !namesActionsOrStatus(grid, table)).map((table) => table.header as string);
  const pointed = onSheet.filter((table) => table.header !== undefined && !notHeaders.includes(table.header));
  const corrections = onSheet.filter((table) => table.header === undefined);
  const headers: HeaderRow[] = [];
  let nearest: NearestHeader | null = null;
  for (let row = 0; row < grid.rowCount; row++) {
    const found = readHeaderRows(grid, row);
    // most rows are no header
    if (found === null) continue;
    for (const labelled of found) {
      const header = withItemColumn(grid, labelled);
      const lacks = lacksOfHeader(header);
      if (lacks === null) headers.push(header);
      else nearest = nearer(nearest, nearHeader(grid, header, lacks));
    }
  }
  // where the user pointed to a table, that sheet holds what they pointed to and nothing guessed
  if (pointed.length > 0) return { plans: pointedPlans(grid, pointed, headers, settings), nearest: null, notHeaders };

  // tables side by side are read each down its own columns
  const plans: PlanLayout[] = [];
  for (const band of columnBands(headers)) {
    const found = plansInBand(grid, band, corrections, settings);
    plans.push(...found.plans);
    for (const near of found.nearest) nearest = nearer(nearest, near);
  }
  return { plans: plans.sort((a, b) => a.top - b.top || a.left - b.left), nearest, notHeaders };
}

/** Whether the row pointed to names the plan's actions (or aims) or its status, or the user said which column holds the status. */
function namesActionsOrStatus(grid: SheetGrid, table: TableChoice): boolean {
  const row = rowOf(table.header as string);
  if (row === null || row >= grid.rowCount) return true;
  if (table.columns.status || table.columns.action || table.columns.aim) return true;
  const header = withItemColumn(grid, readChosenHeaderRow(grid, row));
  return (["action", "aim", "status"] as const).some((role) => (header.candidates[role]?.length ?? 0) > 0);
}

/** Headers in groups that share columns: one group unless tables stand side by side. */
function columnBands(headers: HeaderRow[]): HeaderRow[][] {
  const bands: HeaderRow[][] = [];
  for (const header of headers) {
    const band = bands.find((b) => b.some((other) => overlaps(spanOf(other), spanOf(header))));
    if (band) band.push(header);
    else bands.push([header]);
  }
  return bands;
}

function spanOf(header: HeaderRow): { from: number; to: number } {
  if (header.bounds) return header.bounds;
  const columns = Object.values(header.candidates).flat();
  return { from: Math.min(...columns), to: Math.max(...columns) };
}

const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from <= b.to && b.from <= a.to;

function plansInBand(grid: SheetGrid, headers: HeaderRow[], corrections: TableChoice[], settings: Settings): { plans: PlanLayout[]; nearest: NearestHeader[] } {
  const plans: PlanLayout[] = [];
  const nearest: NearestHeader[] = [];
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
    const plan = planUnder(grid, first, headerRows, limit, corrections, settings);
    if (typeof plan === "object" && plan !== null) plans.push(plan);
    else if (plan !== null) nearest.push(nearHeader(grid, first, plan));
  }
  return { plans, nearest };
}

/** The tables the user pointed to, each down to the next, with the columns they chose over the ones guessed. */
function pointedPlans(grid: SheetGrid, pointed: TableChoice[], headers: HeaderRow[], settings: Settings): PlanLayout[] {
  const rows = pointed
    .map((table) => ({ table, row: rowOf(table.header as string) }))
    .filter((p): p is { table: TableChoice; row: number } => p.row !== null && p.row < grid.rowCount)
    .sort((a, b) => a.row - b.row);
  return rows.map(({ table, row }, index) => {
    const limit = index + 1 < rows.length ? (rows[index + 1] as { row: number }).row - 1 : grid.rowCount - 1;
    const header = readChosenHeaderRow(grid, row);
    const repeats = headers.filter((h) => h.row > row && h.row <= limit && sameLabels(h, header)).map((h) => h.row);
    const columns = correctColumns(chooseColumns(grid, header, limit, settings), [table]);
    return withEarlierRating(layoutPlan(grid, [row, ...repeats], columns, limit, settings, table.columns.status === null), header, limit);
  });
}

/** The plan with the column its status series rated before the status column, where it has one. */
function withEarlierRating(plan: PlanLayout, header: HeaderRow, limit: number): PlanLayout {
  const earlier = earlierRating(plan.grid, header, limit, plan.columns.status);
  return earlier ? { ...plan, earlierRating: earlier } : plan;
}

function rowOf(address: string): number | null {
  try {
    return parseAddress(address.replace(/^.*!/, "")).row;
  } catch {
    // a saved choice edited by hand into something that is no cell points nowhere
    return null;
  }
}

// what names a status report's items where they are projects: a grouping word, unless every row names another
const ITEM_LABEL = /^(project|projects|project name|item|items|initiative)$/;

/** A header with no aim or action whose "Project" column names a different project on every row: that column is the item. */
function withItemColumn(grid: SheetGrid, header: HeaderRow): HeaderRow {
  const { candidates } = header;
  if (candidates.aim !== undefined || candidates.action !== undefined) return header;
  const groups = candidates.section ?? [];
  const item = groups.find((column) => ITEM_LABEL.test(simplifyLabel(grid.text(header.row, column))) && isItemList(valueProfile(grid, header.row, grid.rowCount - 1, column)));
  if (item === undefined) return header;
  const rest = groups.filter((column) => column !== item);
  const others: HeaderRow["candidates"] = { ...candidates, action: [item] };
  if (rest.length > 0) others.section = rest;
  else delete others.section;
  return { ...header, candidates: others, trackerWordsOnly: true };
}

/** What a row of labels lacks to head a plan, judged by its labels alone. */
function lacksOfHeader(header: HeaderRow): NearestHeader["lacks"] | null {
  // a table of statuses or people with no aim or action is a lookup list, not a plan
  if (header.candidates.aim === undefined && header.candidates.action === undefined) return "action";
  return Object.keys(header.candidates).length < MIN_ROLES ? "columns" : null;
}

/** The plan a header row heads, or what it lacks to head one, judged by what stands beneath it; null for a table of counts, which is none. */
function planUnder(
  grid: SheetGrid,
  header: HeaderRow,
  headerRows: number[],
  limit: number,
  corrections: TableChoice[],
  settings: Settings,
): PlanLayout | NearestHeader["lacks"] | null {
  if (isCountsTable(grid, header.row, limit, grid.filledColumns(header.row), settings.vocabulary)) return null;

  const columns = correctColumns(chooseColumns(grid, header, limit, settings), corrections);
  const plan = withEarlierRating(layoutPlan(grid, headerRows, columns, limit, settings, corrections.some((c) => c.columns.status === null), header.bounds), header, limit);
  // a project list in a tracker's words with nothing to count (a budget, a contact list) is no plan; a plan in a plan's words is, and is told its status column is missing
  if (plan.statusFoundBy === "none" && header.trackerWordsOnly) return "status";
  return plan;
}

function sameLabels(a: HeaderRow, b: HeaderRow): boolean {
  return ROLES.every((role) => a.candidates[role]?.[0] === b.candidates[role]?.[0]);
}

function labelsOf(grid: SheetGrid, header: HeaderRow): string[] {
  const columns = [...new Set(Object.values(header.candidates).flat())].sort((a, b) => a - b);
  return columns.map((column) => grid.text(header.row, column));
}

/** Of two headers short of a plan's, the one naming more of its columns; the first of two alike. */
function nearer(known: NearestHeader | null, found: NearestHeader | null): NearestHeader | null {
  return found && (!known || found.labels.length > known.labels.length) ? found : known;
}

function nearHeader(grid: SheetGrid, header: HeaderRow, lacks: NearestHeader["lacks"]): NearestHeader {
  const labelled = Object.values(header.candidates).flat();
  return { sheet: grid.sheet.name, row: header.row, left: Math.min(...labelled), labels: labelsOf(grid, header), lacks };
}

