import { cellAddress, cellsOfRange } from "../engine";

export type ColoursBySheet = Record<string, Record<string, string>>;

/** The colours one cell shows, as a reader sees them; null for none. */
export type CellColours = (row: number, column: number) => { fill: string | null; font: string | null };

/**
 * Fill and text colours of the cells the engine asks for, by sheet then
 * address, whichever reader tells each cell's colours (`coloursOn` gives
 * null for a sheet the workbook does not have).
 */
export function cellLooks(
  requests: Array<{ sheet: string; ranges: string[] }>,
  coloursOn: (sheet: string) => CellColours | null,
): { fills: ColoursBySheet; fonts: ColoursBySheet } {
  const fills: ColoursBySheet = {};
  const fonts: ColoursBySheet = {};
  for (const { sheet, ranges } of requests) {
    const coloursOf = coloursOn(sheet);
    if (!coloursOf) continue;
    const sheetFills: Record<string, string> = (fills[sheet] = {});
    const sheetFonts: Record<string, string> = (fonts[sheet] = {});
    for (const range of ranges) {
      for (const { row, column } of cellsOfRange(range)) {
        const { fill, font } = coloursOf(row, column);
        if (fill) sheetFills[cellAddress(row, column)] = fill;
        if (font) sheetFonts[cellAddress(row, column)] = font;
      }
    }
  }
  return { fills, fonts };
}
