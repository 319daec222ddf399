import { slideFormula } from "exceljs/lib/utils/shared-formula";
import { isDateFmt } from "exceljs/lib/utils/utils";
import { CellSnapshot, SheetSnapshot, dayToSerial, parseAddress, parseArea } from "../../../engine";
import { CellFormats } from "../cellFormats";
import { normalisedLineEnds, textOfItem } from "./sharedStrings";
import { CELL, EXCEL_COLUMNS, EXCEL_ROWS, ROW, cellAttributesOf, rowNumberOf, sheetDataOf } from "../sheetXml";
import { attribute, unescapeXml } from "../xmlText";
import { UnhandledPackageError } from "../../errors";

export interface SheetContext {
  strings: string[];
  formats: CellFormats;
  dates1904: boolean;
}

/** A worksheet as read, with the cell format of every cell that has one, for the looks asked for later. */
export interface ReadSheet {
  sheet: SheetSnapshot;
  /** styles[row][column], 0-based; absent means format 0. */
  styles: Array<number[] | undefined>;
}

const FORMULA = /<f(?=[\s/>])([^>]*?)(?:\/>|>([^<]*)<\/f>)/;
const VALUE = /<v(?=[\s/>])[^>]*>([^<]*)<\/v>/;
const INLINE = /<is(?=[\s/>])[^>]*>([\s\S]*?)<\/is>/;
const MERGE = /<mergeCell(?=[\s/>])[^>]*?\sref="([^"]+)"/g;

/**
 * One worksheet part read straight from its XML into the engine's snapshot,
 * cell by cell as ExcelJS would read it (the same number formats, dates as
 * whole days, merged areas' values in their top-left cell only), without
 * building a model of the whole workbook.
 */
export function readSheetXml(xml: string, name: string, state: string | undefined, context: SheetContext): ReadSheet {
  const { contentStart, contentEnd } = sheetDataOf(xml);

  const rows: SheetSnapshot["rows"] = [];
  const styles: ReadSheet["styles"] = [];
  const hiddenRows: number[] = [];
  const masters = new Map<string, { formula: string; address: string }>();
  for (const row of xml.slice(contentStart, contentEnd).matchAll(ROW)) {
    const attributes = row[1] as string;
    const number = rowNumberOf(attributes);
    const cells: Array<CellSnapshot | undefined> = [];
    let rowStyles: number[] | undefined;
    let holdsValues = false;
    for (const cell of (row[2] ?? "").matchAll(CELL)) {
      const { address, style, type } = cellAttributesOf(cell[1] as string);
      const { column } = addressOf(address, name);
      if (style) (rowStyles ??= [])[column] = style;
      const snapshot = readCell(address, type, style, cell[2] ?? "", context, masters);
      if (snapshot) {
        cells[column] = snapshot;
        holdsValues = true;
      }
    }
    if (holdsValues) {
      rows[number - 1] = cells;
      if (isTrue(attribute(attributes, "hidden"))) hiddenRows.push(number);
    }
    if (rowStyles) styles[number - 1] = rowStyles;
  }

  const rest = xml.slice(contentEnd);
  const merges = [...rest.matchAll(MERGE)].map((match) => wholeLines(match[1] as string));
  for (const merge of merges) clearCovered(rows, merge);
  const protection = /<sheetProtection(?=[\s/>])([^>]*?)\/?>/.exec(rest)?.[1];
  return {
    sheet: {
      name,
      visible: state === undefined || state === "visible",
      protected: protection !== undefined && isTrue(attribute(protection, "sheet")),
      rows,
      merges,
      hiddenRows,
    },
    styles,
  };
}

function readCell(
  address: string,
  type: string | undefined,
  style: number,
  inner: string,
  context: SheetContext,
  masters: Map<string, { formula: string; address: string }>,
): CellSnapshot | undefined {
  if (inner === "") return undefined;
  const format = context.formats.numberFormat(style);
  const shown = format === "General" ? undefined : format;
  const raw = inner.includes("<v") ? VALUE.exec(inner)?.[1] : undefined;
  if (inner.includes("<f")) {
    const formula = formulaOf(FORMULA.exec(inner), address, masters);
    if (formula !== undefined) {
      const result = raw ? resultOf(unescapeXml(normalisedLineEnds(raw)), type) : null;
      return { ...plainValue(result, shown, context), formula };
    }
  }
  switch (type) {
    case "s": {
      if (raw === undefined) return undefined;
      const text = context.strings[parseInt(raw, 10)];
      if (text === undefined) throw new UnhandledPackageError(`a cell refers to shared string ${raw}, which the workbook does not have`);
      return withFormat({ value: text }, shown);
    }
    case "inlineStr": {
      const text = textOfItem(INLINE.exec(inner)?.[1] ?? "");
      return text === "" ? undefined : withFormat({ value: text }, shown);
    }
    case "d": {
      // an ISO date, as a few writers store them; Excel turns it into a serial on opening
      const date = raw && /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
      if (!date) return undefined;
      return { value: dayToSerial(Number(date[1]), Number(date[2]) - 1, Number(date[3])), format: shown ?? "yyyy-mm-dd" };
    }
    default:
      return raw === undefined || raw === "" ? undefined : plainValue(resultOf(unescapeXml(normalisedLineEnds(raw)), type), shown, context);
  }
}

function formulaOf(match: RegExpExecArray | null, address: string, masters: Map<string, { formula: string; address: string }>): string | undefined {
  if (!match) return undefined;
  const attributes = match[1] as string;
  const text = match[2] ? unescapeXml(normalisedLineEnds(match[2])) : "";
  const shared = attribute(attributes, "t") === "shared";
  if (!shared) return text || undefined;
  const index = attribute(attributes, "si") ?? "";
  if (attribute(attributes, "ref") !== undefined) {
    masters.set(index, { formula: text, address });
    return text;
  }
  const master = masters.get(index);
  // a cell sharing a formula given further down the sheet: rare enough to leave to ExcelJS
  if (!master) throw new UnhandledPackageError("a shared formula is used before it is given");
  return slideFormula(master.formula, master.address, address);
}

function resultOf(text: string, type: string | undefined): string | number | boolean | { error: string } {
  switch (type) {
    case "str":
    case "inlineStr":
      return text;
    case "b":
      return parseInt(text, 10) !== 0;
    case "e":
      return { error: text };
    default:
      return parseFloat(text);
  }
}

/** A merge of whole columns ("C:C", "E:G") or rows ("9:9"), which Excel opens, as the A1 area it covers. */
function wholeLines(ref: string): string {
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(ref);
  if (columns) return `${columns[1]}1:${columns[2]}1048576`.toUpperCase();
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(ref);
  return rows ? `A${rows[1]}:XFD${rows[2]}` : ref;
}

// a cell whose reference is no A1 address ("0"): well-formed XML, but no cell Excel could show
function addressOf(address: string, sheet: string): { row: number; column: number } {
  let position: { row: number; column: number };
  try {
    position = parseAddress(address);
  } catch {
    throw new UnhandledPackageError(`the sheet '${sheet}' has a cell at '${address}', which is no cell address`, "damaged");
  }
  // past XFD1048576 (the position counts from 0): no cell Excel could show, and a grid that large would cost with its address
  if (position.row >= EXCEL_ROWS || position.column >= EXCEL_COLUMNS) {
    throw new UnhandledPackageError(`the sheet '${sheet}' has a cell at '${address}', past Excel's last cell (XFD1048576)`, "damaged");
  }
  return position;
}

function plainValue(value: string | number | boolean | { error: string } | null, format: string | undefined, context: SheetContext): CellSnapshot {
  if (value === null) return { value: null };
  if (typeof value === "object") return { value: null, error: value.error };
  if (typeof value === "number" && isDateFmt(format)) {
    // as ExcelJS does: the serial to a moment, and that moment's day
    const moment = new Date(Math.round((value - 25569 + (context.dates1904 ? 1462 : 0)) * 86_400_000));
    return { value: dayToSerial(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()), format: format as string };
  }
  return withFormat({ value }, format);
}

function withFormat(snapshot: CellSnapshot, format: string | undefined): CellSnapshot {
  return format ? { ...snapshot, format } : snapshot;
}

// a merged area's value lives in its top-left cell only, as in Office.js and ExcelJS
function clearCovered(rows: SheetSnapshot["rows"], range: string): void {
  const area = parseArea(range);
  for (let row = area.top; row <= area.bottom; row++) {
    const cells = rows[row];
    if (!cells) continue;
    for (let column = area.left; column <= area.right; column++) if (row !== area.top || column !== area.left) cells[column] = undefined;
  }
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}
