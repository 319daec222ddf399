import { Dismissal } from "../model/settings";
import { Finding } from "../model/report";
import { WorkbookSnapshot } from "../model/snapshot";
import { parseAddress } from "../sheet/cellAddress";
import { SheetGrid } from "../sheet/sheetGrid";

/**
 * Each finding about a cell, with the cell's text as it stands (what a dismissal keeps), split into those
 * still to show and those the manager dismissed. A dismissal holds while its cell says what it said when
 * dismissed: edit the cell and the finding, if it still applies, comes back.
 */
export function applyDismissals(findings: Finding[], snapshot: WorkbookSnapshot, dismissed: Dismissal[]): { shown: Finding[]; dismissed: Finding[] } {
  const grids = new Map<string, SheetGrid | null>();
  const textOf = (sheet: string, cell: string): string | undefined => {
    if (!grids.has(sheet)) {
      const found = snapshot.sheets.find((s) => s.name === sheet);
      grids.set(sheet, found ? new SheetGrid(found) : null);
    }
    const grid = grids.get(sheet);
    if (!grid || !/^[A-Z]{1,3}\d+$/.test(cell)) return undefined;
    const { row, column } = parseAddress(cell);
    return grid.text(row, column);
  };
  const keys = new Set(dismissed.map(dismissalKey));
  const result = { shown: [] as Finding[], dismissed: [] as Finding[] };
  for (const finding of findings) {
    const text = finding.cell ? textOf(finding.sheet, finding.cell) : undefined;
    if (text !== undefined) finding.text = text;
    if (text !== undefined && keys.has(dismissalKey({ rule: finding.rule, sheet: finding.sheet, cell: finding.cell, text }))) result.dismissed.push(finding);
    else result.shown.push(finding);
  }
  return result;
}

/** What makes two dismissals one: the rule, the cell (Excel's sheet names match whatever their case) and the text. */
export const dismissalKey = (d: Dismissal) => JSON.stringify([d.rule, d.sheet.toLowerCase(), d.cell, d.text]);

/** What the manager saves to dismiss a finding: its rule and cell, and the cell's text now. */
export function dismissalOf(finding: Finding): Dismissal {
  return { rule: finding.rule, sheet: finding.sheet, cell: finding.cell, text: finding.text ?? "" };
}
