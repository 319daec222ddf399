import ExcelJS from "exceljs";
import { CellLook, EditPlan, HistoryEdit, SummaryPlan, WrittenCell, hyperlinkFormula, parseArea } from "../engine";

/** Applies the engine's edit plan to an ExcelJS workbook; decides nothing itself. */
export function applyEdits(workbook: ExcelJS.Workbook, edits: EditPlan): void {
  if (edits.refusal) throw new Error(`applyEdits called with a refused plan: ${edits.refusal.message}`);
  for (const { sheet, range } of edits.clear) clearOwnedCells(worksheet(workbook, sheet), range);
  for (const { sheet, look, cells } of edits.looks) {
    const target = worksheet(workbook, sheet);
    for (const address of cells) applyLook(target.getCell(address), look);
  }
  for (const flag of edits.flags) writeCells(worksheet(workbook, flag.sheet), flag.cells);
  // the history sheet comes before the summary, which is added afresh last each time: the sheets keep one order
  if (edits.history) writeHistory(workbook, edits.history);
  if (edits.summary) writeSummary(workbook, edits.summary);
  replaceOwnedNames(workbook, edits.removeNames, [...edits.names, ...(edits.history?.create ? [edits.history.create] : [])]);
}

function writeHistory(workbook: ExcelJS.Workbook, history: HistoryEdit): void {
  const sheet = workbook.getWorksheet(history.sheet) ?? workbook.addWorksheet(history.sheet, { state: "veryHidden" });
  const put = (row: number, values: string[]) => {
    const target = sheet.getRow(row);
    for (let column = 0; column < history.columns; column++) target.getCell(column + 1).value = values[column] || null;
  };
  history.rows.forEach((values, index) => put(history.fromRow + index, values));
  for (let row = history.fromRow + history.rows.length; row <= (history.clearThrough ?? 0); row++) put(row, []);
}

function worksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`The edit plan names a sheet the workbook does not have: '${name}'`);
  return found;
}

/**
 * ExcelJS shares one style object among cells read with the same style, so a
 * change is made on a copy: colouring one cell must never recolour another.
 */
function applyLook(cell: ExcelJS.Cell, look: CellLook): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (look.fill !== undefined) {
    style.fill = look.fill ? { type: "pattern", pattern: "solid", fgColor: { argb: `FF${look.fill}` } } : { type: "pattern", pattern: "none" };
  }
  const font: Partial<ExcelJS.Font> = { ...style.font };
  if (look.font) font.color = { argb: `FF${look.font}` };
  else if (look.font === null) delete font.color;
  if (look.bold) font.bold = true;
  style.font = font;
  cell.style = style;
}

function clearOwnedCells(sheet: ExcelJS.Worksheet, range: string): void {
  const area = parseArea(range);
  for (let row = area.top; row <= area.bottom; row++) {
    for (let column = area.left; column <= area.right; column++) {
      const cell = sheet.findCell(row + 1, column + 1);
      if (!cell) continue;
      cell.value = null;
      // take off only what the add-in put on (bold, colour); a row shading of the user's stays
      const { color, bold, ...rest } = cell.style.font ?? {};
      if (color === undefined && bold === undefined) continue;
      const style: Partial<ExcelJS.Style> = { ...cell.style, font: rest };
      if (Object.keys(rest).length === 0) delete style.font;
      cell.style = style;
    }
  }
}

function writeCells(sheet: ExcelJS.Worksheet, cells: WrittenCell[], alignTop = false): void {
  for (const written of cells) {
    const cell = sheet.getCell(written.cell);
    // a string value is always stored as text by ExcelJS, never as a formula, whatever it starts with
    const value = "text" in written.value ? written.value.text : written.value.number;
    cell.value = written.link ? { formula: hyperlinkFormula({ ...written, link: written.link }), result: String(value) } : value;
    if (written.look) applyLook(cell, written.look);
    if (written.wrap || alignTop) cell.alignment = { vertical: "top", ...(written.wrap ? { wrapText: true } : {}) };
  }
}

function writeSummary(workbook: ExcelJS.Workbook, summary: SummaryPlan): void {
  if (summary.replaces) {
    const old = workbook.getWorksheet(summary.replaces);
    if (old) workbook.removeWorksheet(old.id);
  }
  const sheet = workbook.addWorksheet(summary.name, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = summary.print.repeatRows;
  summary.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  writeCells(sheet, summary.cells, true);
  for (const range of summary.merges) {
    const area = parseArea(range);
    for (let row = area.top; row <= area.bottom; row++) mergeNew(sheet, row + 1, area.left + 1, area.right + 1);
  }
  for (const { row, height } of summary.rowHeights) sheet.getRow(row).height = height;
}

/**
 * ExcelJS checks each new merge against every merge before it, which takes
 * minutes for a long summary; the engine never plans overlapping merges on
 * the fresh summary sheet, so each is made against an empty table and then
 * filed with the rest.
 */
function mergeNew(sheet: ExcelJS.Worksheet, row: number, left: number, right: number): void {
  const internals = sheet as unknown as { _merges: Record<string, unknown> };
  const earlier = internals._merges;
  internals._merges = {};
  try {
    sheet.mergeCells(row, left, row, right);
  } finally {
    internals._merges = Object.assign(earlier, internals._merges);
  }
}

function replaceOwnedNames(workbook: ExcelJS.Workbook, remove: string[], names: EditPlan["names"]): void {
  const definedNames = workbook.definedNames as unknown as {
    model: Array<{ name: string; ranges: string[] }>;
    remove(location: string, name: string): void;
    add(location: string, name: string): void;
  };
  const removed = new Set(remove);
  for (const { name, ranges } of definedNames.model) {
    if (removed.has(name)) for (const range of ranges) definedNames.remove(range, name);
  }
  for (const { name, refersTo } of names) definedNames.add(refersTo, name);
}
