import ExcelJS from "exceljs";
import { CellLook, EditPlan, HistoryEdit, SettingsEdit, SummaryPlan, WrittenCell, hyperlinkFormula, parseArea, assertNotRefused } from "../../engine";
import { PAPER_SIZE_CODES } from "../package/paperSizes";

/** Applies the engine's edit plan to an ExcelJS workbook; decides nothing itself. */
export function applyExcelJsEdits(workbook: ExcelJS.Workbook, edits: EditPlan): void {
  assertNotRefused(edits, "applyExcelJsEdits");
  const styles = new StyleCache();
  for (const { sheet, range } of edits.clear) clearOwnedCells(worksheet(workbook, sheet), range);
  for (const { sheet, look, cells } of edits.looks) {
    const target = worksheet(workbook, sheet);
    for (const address of cells) {
      const cell = target.getCell(address);
      cell.style = styles.restyled(cell.style, look);
    }
  }
  for (const flag of edits.flags) writeCells(worksheet(workbook, flag.sheet), flag.cells, styles);
  // the history sheet comes before the summary, which is added afresh last each time: the sheets keep one order
  if (edits.history) writeHistory(workbook, edits.history);
  if (edits.summary) writeSummary(workbook, edits.summary, styles);
  if (edits.settings) writeSettings(workbook, edits.settings);
  const settingsName = edits.settings ? [edits.settings.name] : [];
  replaceOwnedNames(workbook, [...edits.removeNames, ...settingsName.map(({ name }) => name)], [...edits.names, ...settingsName]);
}

/** The settings on the add-in's very hidden sheet, as the pane saves them: its two columns written over. */
function writeSettings(workbook: ExcelJS.Workbook, settings: SettingsEdit): void {
  const sheet = workbook.getWorksheet(settings.sheet) ?? workbook.addWorksheet(settings.sheet, { state: "veryHidden" });
  for (const cell of settings.cells) sheet.getCell(cell.cell).value = "text" in cell.value ? cell.value.text : cell.value.number;
}

function writeHistory(workbook: ExcelJS.Workbook, history: HistoryEdit): void {
  const sheet = workbook.getWorksheet(history.sheet) ?? workbook.addWorksheet(history.sheet, { state: "veryHidden" });
  const put = (row: number, values: string[]) => {
    const target = sheet.getRow(row);
    for (let column = 0; column < history.columns; column++) {
      const cell = target.getCell(column + 1);
      cell.value = values[column] || null;
      // one style object for the whole log, so ExcelJS works out its style once, not once per cell
      cell.style = UNSTYLED;
    }
  };
  history.rows.forEach((values, index) => put(history.fromRow + index, values));
  for (let row = history.fromRow + history.rows.length; row <= (history.clearThrough ?? 0); row++) put(row, []);
}

function worksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`The edit plan names a sheet the workbook does not have: '${name}'`);
  return found;
}

type Alignment = Partial<ExcelJS.Alignment> | undefined;

/**
 * ExcelJS shares one style object among cells read with the same style, so a
 * change is made on a copy: colouring one cell must never recolour another.
 * The copies are shared in turn, one per old style and new look, and never
 * changed once made: ExcelJS writes a style once per object, not once per cell.
 */
class StyleCache {
  private readonly made = new WeakMap<object, Map<string, Partial<ExcelJS.Style>>>();
  // every new cell has an empty style object of its own: they all count as one
  private readonly unstyled = {};

  restyled(base: Partial<ExcelJS.Style>, look: CellLook | undefined, alignment?: Alignment): Partial<ExcelJS.Style> {
    const key = JSON.stringify([look ?? null, alignment ?? null]);
    const source = Object.keys(base).length === 0 ? this.unstyled : base;
    let byKey = this.made.get(source);
    if (!byKey) this.made.set(source, (byKey = new Map()));
    let style = byKey.get(key);
    if (!style) byKey.set(key, (style = withLook(base, look, alignment)));
    return style;
  }
}

function withLook(base: Partial<ExcelJS.Style>, look: CellLook | undefined, alignment: Alignment): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { ...base };
  if (alignment) style.alignment = alignment;
  if (!look) return style;
  if (look.fill !== undefined) {
    style.fill = look.fill ? { type: "pattern", pattern: "solid", fgColor: { argb: `FF${look.fill}` } } : { type: "pattern", pattern: "none" };
  }
  const font: Partial<ExcelJS.Font> = { ...style.font };
  if (look.font) font.color = { argb: `FF${look.font}` };
  else if (look.font === null) delete font.color;
  if (look.bold) font.bold = true;
  style.font = font;
  return style;
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

const UNSTYLED: Partial<ExcelJS.Style> = Object.freeze({});
const TOP: Alignment = { vertical: "top" };
const TOP_WRAPPED: Alignment = { vertical: "top", wrapText: true };

function writeCells(sheet: ExcelJS.Worksheet, cells: WrittenCell[], styles: StyleCache, alignTop = false): void {
  for (const written of cells) {
    const cell = sheet.getCell(written.cell);
    // a string value is always stored as text by ExcelJS, never as a formula, whatever it starts with
    const value = "text" in written.value ? written.value.text : written.value.number;
    cell.value = written.link ? { formula: hyperlinkFormula({ ...written, link: written.link }), result: String(value) } : value;
    const alignment = written.wrap ? TOP_WRAPPED : alignTop ? TOP : undefined;
    if (written.look || alignment) cell.style = styles.restyled(cell.style, written.look, alignment);
  }
}

function writeSummary(workbook: ExcelJS.Workbook, summary: SummaryPlan, styles: StyleCache): void {
  if (summary.replaces) {
    const old = workbook.getWorksheet(summary.replaces);
    if (old) workbook.removeWorksheet(old.id);
  }
  const sheet = workbook.addWorksheet(summary.name, {
    pageSetup: { paperSize: PAPER_SIZE_CODES[summary.print.paper], orientation: summary.print.orientation, fitToPage: true, fitToWidth: summary.print.fitToWidth, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = summary.print.repeatRows;
  // ExcelJS puts a "$" before each corner as it is ("A1" → "$A1"): the rows' own "$" makes the area absolute, as Excel writes it
  sheet.pageSetup.printArea = summary.print.area.replace(/([A-Z]+)(\d+)/g, (_, column: string, row: string) => `${column}$${row}`);
  // ExcelJS writes a row's break after that row, as Excel's brk ids are
  for (const row of summary.print.breaks) sheet.getRow(row - 1).addPageBreak();
  summary.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  writeCells(sheet, summary.cells, styles, summary.verticalAlignment === "top");
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
