import { WorkbookSnapshot } from "./snapshot";

/**
 * Workbook-scoped defined names that mark what the add-in owns, so that the
 * Office.js and ExcelJS doors both find it again and a user's sheet that merely
 * shares a name is never taken for ours.
 */
export const OWNED_NAME_PREFIX = "BRAGTracker_";
export const SUMMARY_NAME = `${OWNED_NAME_PREFIX}Summary`;

/** The sheet a defined name's formula points at: "'BRAG summary'!$A$1" → "BRAG summary". */
export function sheetOfReference(refersTo: string): string | null {
  const match = /^=?(?:'((?:[^']|'')+)'|([^!'"]+))!/.exec(refersTo.trim());
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] as string);
}

/** Sheets the add-in wrote itself (its summary), which are never read as plans. */
export function ownedSheetNames(snapshot: WorkbookSnapshot): Set<string> {
  const owned = new Set<string>();
  for (const { name, refersTo } of snapshot.names) {
    if (name !== SUMMARY_NAME) continue;
    const sheet = sheetOfReference(refersTo);
    if (sheet) owned.add(sheet);
  }
  return owned;
}
