import { CellArea, parseArea, splitReference } from "./cellAddress";
import { DefinedName, SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";

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

/** The flags columns an earlier refresh wrote, by sheet. */
export function ownedFlagRanges(snapshot: WorkbookSnapshot): Array<{ sheet: string; range: string }> {
  return snapshot.names
    .filter(({ name }) => sameName(name.slice(0, FLAGS_NAME_PREFIX.length), FLAGS_NAME_PREFIX))
    .flatMap(({ refersTo }) => {
      const reference = splitReference(refersTo);
      return reference ? [reference] : [];
    });
}

/**
 * The snapshot as the user's own content: the add-in's old flags columns
 * emptied, so they are never read as part of a plan and a second refresh
 * sees exactly what the first one did.
 */
export function withoutOwnedCells(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const bySheet = new Map<string, CellArea[]>();
  for (const { sheet, range } of ownedFlagRanges(snapshot)) {
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), parseArea(range)]);
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
