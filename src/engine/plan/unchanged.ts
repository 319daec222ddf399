import { absoluteReference, parseAddress, parseArea } from "../sheet/cellAddress";
import { FlagColumn, SummaryPlan, WrittenCell } from "../model/editPlan";
import { DefinedName, SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";
import { findName } from "../sheet/ownership";

/**
 * What a refresh would write that the workbook already holds, so that a
 * refresh with nothing changed writes nothing: each check compares what the
 * add-in would write with what the snapshot shows of its own earlier work.
 */

/** Whether the sheet's cells hold exactly the written values, and nothing else. */
export function holdsExactly(sheet: SheetSnapshot, cells: WrittenCell[]): boolean {
  let planned = 0;
  for (const written of cells) {
    const value = "text" in written.value ? written.value.text : written.value.number;
    if (value === "") continue;
    planned++;
    const { row, column } = parseAddress(written.cell);
    const cell = sheet.rows[row]?.[column];
    if (!cell || (cell.formula !== undefined && !written.link)) return false;
    if (typeof value === "number" ? cell.value !== value : String(cell.value ?? "") !== value) return false;
  }
  let present = 0;
  for (const row of sheet.rows) for (const cell of row ?? []) if (cell && (cell.value !== null && cell.value !== "" || cell.error)) present++;
  return present === planned;
}

/**
 * The summary is left as it is when the add-in's summary sheet already shows
 * every value and all its charts. The charts are added last, so a summary
 * with all of them was written whole; ExcelJS cannot see charts, so the file
 * door always writes the summary afresh.
 */
export function summaryUnchanged(snapshot: WorkbookSnapshot, summary: SummaryPlan): boolean {
  if (summary.replaces !== summary.name) return false;
  const sheet = snapshot.sheets.find(({ name }) => name === summary.name);
  if (!sheet || sheet.charts === undefined || sheet.charts !== summary.charts.length) return false;
  return holdsExactly(sheet, summary.cells);
}

/** A flags column is left as it is when its name already marks the same range and its cells say the same. */
export function flagsUnchanged(snapshot: WorkbookSnapshot, flag: FlagColumn): boolean {
  const name = findName(snapshot, flag.name);
  if (!name || name.refersTo !== flagReference(flag)) return false;
  const sheet = snapshot.sheets.find(({ name: sheetName }) => sheetName === flag.sheet);
  if (!sheet) return false;
  const area = parseArea(flag.range);
  const rows = { ...sheet, rows: sheet.rows.map((row, r) => (r >= area.top && r <= area.bottom ? row?.map((cell, c) => (c >= area.left && c <= area.right ? cell : undefined)) : undefined)) };
  return holdsExactly(rows, flag.cells);
}

export function flagReference(flag: FlagColumn): string {
  return absoluteReference(flag.sheet, flag.range);
}

/** Whether the workbook's names of a kind are exactly these. */
export function sameNames(existing: DefinedName[], wanted: DefinedName[]): boolean {
  const key = (names: DefinedName[]) => names.map(({ name, refersTo }) => `${name}=${refersTo}`).sort().join("\n");
  return key(existing) === key(wanted);
}
