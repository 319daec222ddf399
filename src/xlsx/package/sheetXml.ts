import { attribute } from "./xmlText";
import { UnhandledPackageError } from "../errors";

/** A `<row>` of a worksheet's `<sheetData>`: 1 its attributes, 2 its cells (none for `<row/>`). */
export const ROW = /<row(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
/** A `<c>` of a row: 1 its attributes, 2 what it holds (none for `<c/>`). */
export const CELL = /<c(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

// the attributes as Excel (and ExcelJS) write them, in this order and no others; anything else is read the long way
export const USUAL_ATTRIBUTES = /^\s*r="([A-Z]+\d+)"(?:\s+s="(\d+)")?(?:\s+t="(\w+)")?\s*$/;

/** Where a worksheet's `<sheetData>` element and its rows sit in the part's XML. */
export interface SheetData {
  /** Where `<sheetData` starts. */
  start: number;
  /** Where its rows start and end. */
  contentStart: number;
  contentEnd: number;
  /** Where the element ends. */
  end: number;
}

export function sheetDataOf(xml: string): SheetData {
  const open = /<sheetData(?=[\s/>])[^>]*?(\/>|>)/.exec(xml);
  if (!open) throw new UnhandledPackageError("a worksheet has no <sheetData>");
  const contentStart = open.index + open[0].length;
  if (open[1] === "/>") return { start: open.index, contentStart, contentEnd: contentStart, end: contentStart };
  const contentEnd = xml.indexOf("</sheetData>", contentStart);
  if (contentEnd < 0) throw new UnhandledPackageError("<sheetData> is not closed");
  return { start: open.index, contentStart, contentEnd, end: contentEnd + "</sheetData>".length };
}

/** Excel's grid: 1,048,576 rows of 16,384 columns (A to XFD), "Excel specifications and limits". */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** A row's 1-based number; a row without one is left to ExcelJS. */
export function rowNumberOf(attributes: string): number {
  const number = Number(attribute(attributes, "r"));
  if (!Number.isInteger(number) || number < 1) throw new UnhandledPackageError("a row has no row number");
  // a row Excel could not hold: the file is damaged, and reading on would cost with the number, not with what the row holds
  if (number > EXCEL_ROWS) throw new UnhandledPackageError(`a row is numbered ${number}, past Excel's last row (${EXCEL_ROWS})`, "damaged");
  return number;
}

/** A cell's reference, cell format (0 for none) and type; a cell without a reference is left to ExcelJS. */
export function cellAttributesOf(attributes: string): { address: string; style: number; type: string | undefined } {
  const usual = USUAL_ATTRIBUTES.exec(attributes);
  if (usual) return { address: usual[1] as string, style: usual[2] ? Number(usual[2]) : 0, type: usual[3] };
  const address = attribute(attributes, "r");
  if (!address) throw new UnhandledPackageError("a cell has no reference");
  return { address, style: Number(attribute(attributes, "s") ?? 0), type: attribute(attributes, "t") };
}
