import { CellArea, areaAddress, parseArea, splitReference } from "./cellAddress";
import { DefinedName, SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";
import { FLAG_WORDS } from "../model/flagWords";

/**
 * Workbook-scoped defined names that mark what the add-in owns, so that the
 * Excel add-in and the ExcelJS file door both find it again and a user's sheet that merely
 * shares a name is never taken for ours.
 */
export const OWNED_NAME_PREFIX = "BRAGTracker_";
export const SUMMARY_NAME = `${OWNED_NAME_PREFIX}Summary`;
export const FLAGS_NAME_PREFIX = `${OWNED_NAME_PREFIX}Flags`;
export const SETTINGS_NAME = `${OWNED_NAME_PREFIX}Settings`;
export const HISTORY_NAME = `${OWNED_NAME_PREFIX}History`;
/** Names that outlive a refresh: they mark sheets a refresh adds to rather than rewrites. */
export const LASTING_NAMES: readonly string[] = [SETTINGS_NAME, HISTORY_NAME];

// Excel matches names without regard to case: "BRAGTRACKER_SUMMARY" is our summary's name, and adding ours beside it fails
export function sameName(a: string, b: string): boolean {
  return a.length === b.length && a.toUpperCase() === b.toUpperCase();
}

/** Whether a workbook name is one of the add-in's, whatever it now refers to (a #REF! left by a deleted sheet included). */
export function isOwnedName(name: string): boolean {
  return name.slice(0, OWNED_NAME_PREFIX.length).toUpperCase() === OWNED_NAME_PREFIX.toUpperCase();
}

export function isLastingName(name: string): boolean {
  return LASTING_NAMES.some((lasting) => sameName(lasting, name));
}

/** The workbook's name of that spelling, in whatever case the workbook has it. */
export function findName(snapshot: WorkbookSnapshot, wanted: string): DefinedName | undefined {
  return snapshot.names.find(({ name }) => sameName(name, wanted));
}

/** The sheet an owned name marks, when the workbook still has it. */
export function ownedSheet(snapshot: WorkbookSnapshot, ownedName: string): string | null {
  const reference = findName(snapshot, ownedName);
  const sheet = reference ? sheetOfReference(reference.refersTo) : null;
  return sheet && snapshot.sheets.some(({ name }) => name === sheet) ? sheet : null;
}

/** The sheet a defined name's formula points at: "'BRAG summary'!$A$1" → "BRAG summary". */
export function sheetOfReference(refersTo: string): string | null {
  return splitReference(refersTo)?.sheet ?? null;
}


/** Sheets the add-in wrote itself (its summary, settings and history), which are never read as plans. */
export function ownedSheetNames(snapshot: WorkbookSnapshot): Set<string> {
  const owned = new Set<string>();
  for (const { name, refersTo } of snapshot.names) {
    if (!sameName(name, SUMMARY_NAME) && !isLastingName(name)) continue;
    const sheet = sheetOfReference(refersTo);
    if (sheet) owned.add(sheet);
  }
  return owned;
}

/**
 * The flags columns an earlier refresh wrote, by sheet: each name of the
 * add-in's taken at its word only where the cells bear it out. A name is
 * only a name: edited by hand, or left pointing elsewhere by another tool,
 * it might mark the user's Comments column, or the rest of the sheet. So a
 * range counts as the add-in's only when it is one column, within the
 * sheet's rows, and its first cell holds the add-in's header. Even then,
 * `runs` are only the stretches of it that hold nothing but the add-in's
 * words (its header and flags) or nothing: a word the user typed into the
 * column is theirs, neither cleared nor passed over when reading.
 */
export function ownedFlagRanges(snapshot: WorkbookSnapshot): Array<{ sheet: string; range: string; runs: string[] }> {
  // a name of several areas (a row deleted inside the column splits it in two) is the add-in's when its first area starts with the header
  const byName = new Map<string, Array<{ sheet: string; range: string }>>();
  for (const { name, refersTo } of snapshot.names) {
    if (!sameName(name.slice(0, FLAGS_NAME_PREFIX.length), FLAGS_NAME_PREFIX)) continue;
    const reference = splitReference(refersTo);
    byName.set(name.toLowerCase(), [...(byName.get(name.toLowerCase()) ?? []), ...(reference ? [reference] : [])]);
  }
  return [...byName.values()].flatMap((areas) => {
    const owned = areas.map((reference, index) => ({ ...reference, runs: ownRuns(snapshot, reference, index === 0) }));
    return owned.every((area) => area.runs !== null) ? (owned as Array<{ sheet: string; range: string; runs: string[] }>) : [];
  });
}

// what a flags column holds: its header and its flags (see planFlagColumn)
const OWN_WORDS: ReadonlySet<string> = new Set(Object.values(FLAG_WORDS));

/** The stretches of the range that hold only the add-in's words or nothing, as A1 ranges; null when the range is none of the add-in's. */
function ownRuns(snapshot: WorkbookSnapshot, reference: { sheet: string; range: string }, headed: boolean): string[] | null {
  const sheet = snapshot.sheets.find(({ name }) => name === reference.sheet);
  if (!sheet) return null;
  let area: CellArea;
  try {
    area = parseArea(reference.range);
  } catch {
    return null;
  }
  // one column, and no further down than the sheet goes and a plan could: a name reaching to row 1,048,576 is no flags column
  if (area.left !== area.right || area.bottom >= Math.max(sheet.rows.length, area.top + 1) + FLAG_ROWS_SPARE) return null;
  const text = (row: number) => {
    const cell = sheet.rows[row]?.[area.left];
    if (cell === undefined || cell.value === null || cell.value === "") return "";
    return cell.formula === undefined && typeof cell.value === "string" ? cell.value : null;
  };
  if (headed && text(area.top) !== FLAG_WORDS.header) return null;
  const runs: string[] = [];
  let start: number | null = null;
  const close = (end: number) => {
    if (start !== null) runs.push(areaAddress({ top: start, bottom: end, left: area.left, right: area.left }));
    start = null;
  };
  for (let row = area.top; row <= area.bottom; row++) {
    const held = row < sheet.rows.length ? text(row) : "";
    if (held === "" || (held !== null && OWN_WORDS.has(held))) start ??= row;
    else close(row - 1);
  }
  close(area.bottom);
  return runs;
}

// a flags column may run below the last row holding anything, where the plan's last rows were emptied since
const FLAG_ROWS_SPARE = 10_000;

/**
 * The snapshot as the user's own content: the add-in's old flags columns
 * emptied, so they are never read as part of a plan and a second refresh
 * sees exactly what the first one did.
 */
export function withoutOwnedCells(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const bySheet = new Map<string, CellArea[]>();
  for (const { sheet, runs } of ownedFlagRanges(snapshot)) {
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), ...runs.map(parseArea)]);
  }
  if (bySheet.size === 0) return snapshot;
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) => (bySheet.has(sheet.name) ? blank(sheet, bySheet.get(sheet.name) as CellArea[]) : sheet)),
  };
}

// a refresh asks twice of the same sheet (for the cells whose fills it needs, then for the report): the same answer, so what is read of its rows is read once
const BLANKED = new WeakMap<SheetSnapshot, { areas: string; sheet: SheetSnapshot }>();

function blank(sheet: SheetSnapshot, areas: CellArea[]): SheetSnapshot {
  const key = JSON.stringify(areas);
  const known = BLANKED.get(sheet);
  if (known?.areas === key) return known.sheet;
  const blanked = blankCells(sheet, areas);
  BLANKED.set(sheet, { areas: key, sheet: blanked });
  return blanked;
}

function blankCells(sheet: SheetSnapshot, areas: CellArea[]): SheetSnapshot {
  const rows = sheet.rows.map((row, r) => {
    if (!row || !areas.some((area) => r >= area.top && r <= area.bottom)) return row;
    return row.map((cell, c) => (areas.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right) ? undefined : cell));
  });
  return { ...sheet, rows };
}
