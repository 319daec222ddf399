import ExcelJS from "exceljs";
import { CellSnapshot, DefinedName, SheetSnapshot, WorkbookSnapshot, cellsNeedingFill, dayToSerial } from "../../engine";
import type { Settings } from "../../engine";
import { ColoursBySheet, cellLooks } from "../cellLooks";
import { colourOf, fillColour, themeColours } from "../fillColour";

/** The workbook as the engine's plain snapshot: values first, then the fills the engine asks for. */
export function readSnapshot(workbook: ExcelJS.Workbook, settings?: Partial<Settings>): WorkbookSnapshot {
  const snapshot: WorkbookSnapshot = {
    sheets: workbook.worksheets.map(readSheet),
    names: readNames(workbook),
  };
  const { fills, fonts } = readLooks(workbook, cellsNeedingFill(snapshot, settings));
  return { ...snapshot, fills, fonts };
}

function readSheet(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const rows: SheetSnapshot["rows"] = [];
  const hiddenRows: number[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    const cells: Array<CellSnapshot | undefined> = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const snapshot = readCell(cell);
      if (snapshot) cells[columnNumber - 1] = snapshot;
    });
    rows[rowNumber - 1] = cells;
  });
  return {
    name: worksheet.name,
    visible: worksheet.state === "visible" || worksheet.state === undefined,
    protected: (worksheet as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet === true,
    rows,
    merges: mergesOf(worksheet),
    hiddenRows,
    ...withTables(worksheet),
  };
}

/** The sheet's Excel tables, as the range each covers ("B3:H40"). */
function withTables(worksheet: ExcelJS.Worksheet): { tables?: string[] } {
  const tables = worksheet.getTables().map((table) => (table as unknown as { model?: { tableRef?: string } }).model?.tableRef).filter((ref): ref is string => Boolean(ref));
  return tables.length > 0 ? { tables: tables.map((ref) => ref.replace(/\$/g, "").toUpperCase()) } : {};
}

// ExcelJS's public `model` getter serialises every row; the merge table it reads from is all we need
function mergesOf(worksheet: ExcelJS.Worksheet): string[] {
  const merges = (worksheet as unknown as { _merges: Record<string, { range: string }> })._merges ?? {};
  return Object.values(merges).map((merge) => merge.range);
}

function readCell(cell: ExcelJS.Cell): CellSnapshot | undefined {
  // a merged area's value lives in its top-left cell only, as in Office.js
  if (cell.type === ExcelJS.ValueType.Merge) return undefined;
  const format = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
  const value = cell.value;
  if (value === null || value === undefined) return undefined;
  if (typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return { ...plainValue(result ?? null, format), formula: cell.formula };
  }
  return plainValue(value, format);
}

function plainValue(value: ExcelJS.CellValue | ExcelJS.CellFormulaValue["result"], format: string | undefined): CellSnapshot {
  const withFormat = (snapshot: CellSnapshot): CellSnapshot => (format ? { ...snapshot, format } : snapshot);
  if (value === null || value === undefined) return { value: null };
  if (value instanceof Date) {
    // ExcelJS hands dates over as UTC midnights; the serial is the day count
    return { value: dayToSerial(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()), format: format ?? "yyyy-mm-dd" };
  }
  if (typeof value === "number" || typeof value === "boolean") return withFormat({ value });
  if (typeof value === "string") return withFormat({ value });
  if ("error" in value) return { value: null, error: String(value.error) };
  if ("richText" in value) return withFormat({ value: value.richText.map((run) => run.text).join("") });
  if ("text" in value) {
    const text = value.text as string | ExcelJS.CellRichTextValue;
    return withFormat({ value: typeof text === "string" ? text : text.richText.map((run) => run.text).join("") });
  }
  return { value: null };
}

function readNames(workbook: ExcelJS.Workbook): DefinedName[] {
  const model = workbook.definedNames.model as Array<{ name: string; ranges: string[] }>;
  return model.flatMap(({ name, ranges }) => ranges.map((refersTo) => ({ name, refersTo })));
}

const NO_COLOURS = { fill: null, font: null };

/** Fill and text colours of the requested ranges, by sheet then address. */
export function readLooks(workbook: ExcelJS.Workbook, requests: Array<{ sheet: string; ranges: string[] }>): { fills: ColoursBySheet; fonts: ColoursBySheet } {
  const theme = themeColours((workbook as unknown as { _themes?: Record<string, string> })._themes?.theme1);
  return cellLooks(requests, (sheet) => {
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) return null;
    return (row, column) => {
      const cell = worksheet.findCell(row + 1, column + 1);
      return cell ? { fill: fillColour(cell.fill, theme), font: colourOf(cell.font?.color, theme) } : NO_COLOURS;
    };
  });
}
