import { EditPlan, HistoryEdit, SettingsEdit, WrittenCell, absoluteReference, absoluteRows, cellAddress, cellsOfRange, parseAddress, quoteSheetName, assertNotRefused } from "../../../engine";
import { addCharts, isOwnPart } from "./addCharts";
import { clearEdit, lookEdit, plainText, textEdit, writtenEdit, writtenValue } from "./cellEdits";
import { PackageParts } from "../parts";
import { SheetCellEdits, cellXml } from "../sheetCells";
import { STYLES_TYPE, StyleSheet } from "../styleSheet";
import { NewSheetRows, plainSheetXml } from "./newSheet";
import { summarySheetXml } from "./summarySheet";
import { WorkbookXml } from "../workbookXml";
import { UnhandledPackageError } from "../../errors";

/**
 * The refreshed workbook made by editing the package the user gave: only the
 * cells the engine names change, the add-in's own sheets are written whole,
 * and every other part goes out exactly as it came in. Much faster than
 * loading and saving the whole workbook, and nothing is lost on the way.
 * Null when the package holds macros and the output is not macro-enabled
 * (the caller refuses, or writes through ExcelJS without them when forced);
 * UnhandledPackageError, saying why, for a package this writer cannot keep whole.
 */
export async function patchPackage(input: Buffer | PackageParts, edits: EditPlan, options: { macroEnabledOutput?: boolean } = {}): Promise<Buffer | null> {
  assertNotRefused(edits, "patchPackage");
  const parts = input instanceof PackageParts ? input : await PackageParts.load(input);
  const workbook = await WorkbookXml.read(parts);
  parts.strict = workbook.strict;
  // Excel does not open an .xlsx holding a VBA project: those macros are the caller's to refuse or drop
  if (!options.macroEnabledOutput && workbook.holdsMacros()) return null;
  const stylesPart = workbook.relatedPart("styles");
  const styles = new StyleSheet((stylesPart && (await parts.text(stylesPart))) ?? "");

  const planSheets = new Map<string, SheetCellEdits>();
  const on = (sheet: string) => {
    let cells = planSheets.get(sheet);
    if (!cells) planSheets.set(sheet, (cells = new SheetCellEdits()));
    return cells;
  };
  for (const { sheet, range } of edits.clear) for (const { row, column } of cellsOfRange(range)) on(sheet).edit(cellAddress(row, column), clearEdit(styles));
  for (const { sheet, look, cells } of edits.looks) {
    const edit = lookEdit(look, styles);
    for (const address of cells) on(sheet).edit(address, edit);
  }
  for (const flag of edits.flags) for (const cell of flag.cells) on(flag.sheet).edit(cell.cell, writtenEdit(cell, styles));
  for (const [sheet, cells] of planSheets) await editSheet(parts, workbook, sheet, cells);
  let chainStale = [...planSheets.values()].some((cells) => cells.formulaRemoved);

  const summary = edits.summary;
  if (summary?.replaces) {
    workbook.removeSheet(summary.replaces, isOwnPart);
    chainStale = true;
  }
  if (edits.history) await writeHistory(parts, workbook, edits.history);
  if (edits.settings) await writeSettings(parts, workbook, edits.settings);
  if (summary) {
    workbook.addSheet(summary.name, summarySheetXml(summary, styles));
    workbook.addName("_xlnm.Print_Titles", `${quoteSheetName(summary.name)}!${absoluteRows(summary.print.repeatRows)}`, workbook.sheetIndex(summary.name));
    workbook.addName("_xlnm.Print_Area", absoluteReference(summary.name, summary.print.area), workbook.sheetIndex(summary.name));
  }
  workbook.removeNames(edits.removeNames);
  for (const { name, refersTo } of edits.names) workbook.addName(name, refersTo);
  if (chainStale) workbook.dropCalculationChain();
  // a workbook with no styles part (Excel always writes one; some writers do not) is given one when a look needs it
  if (styles.changed) parts.set(stylesPart ?? workbook.addRelatedPart("styles.xml", "styles", STYLES_TYPE), styles.toXml());
  workbook.save();
  if (summary && summary.charts.length > 0) await addCharts(parts, summary);
  return await parts.toBuffer();
}

async function editSheet(parts: PackageParts, workbook: WorkbookXml, sheet: string, cells: SheetCellEdits): Promise<void> {
  const part = workbook.sheetPart(sheet);
  const xml = part && (await parts.text(part));
  if (!part || !xml) throw new Error(`The edit plan names a sheet the workbook does not have: '${sheet}'`);
  if (!/<worksheet(?=[\s/>])/.test(xml)) throw new UnhandledPackageError(`'${sheet}' is not a plain worksheet part`);
  parts.set(part, cells.apply(xml));
}

/** The settings on the add-in's very hidden sheet: its cells written over, or the sheet made, and its name made again. */
async function writeSettings(parts: PackageParts, workbook: WorkbookXml, settings: SettingsEdit): Promise<void> {
  // each setting as plain text or a number in the workbook's default look, as the pane writes them
  const written = (cell: WrittenCell) => ({ style: 0, extra: "", ...writtenValue(cell) });
  if (workbook.sheetPart(settings.sheet)) {
    const cells = new SheetCellEdits();
    for (const cell of settings.cells) cells.edit(cell.cell, () => written(cell));
    await editSheet(parts, workbook, settings.sheet, cells);
  } else {
    const rows = new NewSheetRows();
    for (const cell of settings.cells) {
      const { row, column } = parseAddress(cell.cell);
      rows.put(row + 1, column, cellXml(column, row + 1, written(cell)));
    }
    workbook.addSheet(settings.sheet, plainSheetXml(rows), "veryHidden");
  }
  workbook.removeNames([settings.name.name]);
  workbook.addName(settings.name.name, settings.name.refersTo);
}

async function writeHistory(parts: PackageParts, workbook: WorkbookXml, history: HistoryEdit): Promise<void> {
  if (!workbook.sheetPart(history.sheet)) {
    // the first record, on a sheet of its own: written out directly, as there is nothing to edit
    const rows = new NewSheetRows();
    history.rows.forEach((values, index) => {
      const row = history.fromRow + index;
      values.slice(0, history.columns).forEach((text, column) => {
        const cell = plainText(text);
        if (cell) rows.put(row, column, cellXml(column, row, cell));
      });
    });
    workbook.addSheet(history.sheet, plainSheetXml(rows), "veryHidden");
    return;
  }
  const cells = new SheetCellEdits();
  const put = (row: number, values: string[]) => {
    for (let column = 0; column < history.columns; column++) cells.edit(cellAddress(row - 1, column), textEdit(values[column] ?? ""));
  };
  history.rows.forEach((values, index) => put(history.fromRow + index, values));
  for (let row = history.fromRow + history.rows.length; row <= (history.clearThrough ?? 0); row++) put(row, []);
  await editSheet(parts, workbook, history.sheet, cells);
}

