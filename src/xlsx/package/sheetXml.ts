import { attribute } from "./xmlText";
import { UnhandledPackageError } from "../errors";

/** A `<row>` of a worksheet's `<sheetData>`: 1 its attributes, 2 its cells (none for `<row/>`). */
export const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
/** A `<c>` of a row: 1 its attributes, 2 what it holds (none for `<c/>`). */
export const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

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
  const open = /<sheetData\b[^>]*?(\/>|>)/.exec(xml);
  if (!open) throw new UnhandledPackageError("a worksheet has no <sheetData>");
  const contentStart = open.index + open[0].length;
  if (open[1] === "/>") return { start: open.index, contentStart, contentEnd: contentStart, end: contentStart };
  const contentEnd = xml.indexOf("</sheetData>", contentStart);
  if (contentEnd < 0) throw new UnhandledPackageError("<sheetData> is not closed");
  return { start: open.index, contentStart, contentEnd, end: contentEnd + "</sheetData>".length };
}

/** A row's 1-based number; a row without one is left to ExcelJS. */
export function rowNumberOf(attributes: string): number {
  const number = Number(attribute(attributes, "r"));
  if (!Number.isInteger(number) || number < 1) throw new UnhandledPackageError("a row has no row number");
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
