import { areaAddress, bareAddress, parseArea } from "../engine";
import { cellsOf, inRequestsOf, rowBlocks } from "./readBlocks";

// each cell's properties come back as about 110 bytes of JSON (address, fill colour and pattern, font colour)
const CELLS_PER_REQUEST = 30_000;

type Colours = Record<string, Record<string, string>>;

/** The fill and text colours of the cells the engine asked for, in requests whose answers stay under the limit. */
export async function readLooks(context: Excel.RequestContext, wanted: Array<{ sheet: string; ranges: string[] }>): Promise<{ fills: Colours; fonts: Colours }> {
  const fills: Colours = {};
  const fonts: Colours = {};
  // a long plan's status column is read a few thousand rows at a time
  const blocks = wanted.flatMap(({ sheet, ranges }) => ranges.flatMap((range) => rowBlocks(parseArea(range), CELLS_PER_REQUEST).map((area) => ({ sheet, area }))));
  const answers = await inRequestsOf(context, blocks, {
    cells: ({ area }) => cellsOf(area),
    queue: ({ sheet, area }) =>
      context.workbook.worksheets
        .getItem(sheet)
        .getRange(areaAddress(area))
        .getCellProperties({ address: true, format: { fill: { color: true, pattern: true }, font: { color: true } } }),
    answer: ({ sheet }, properties) => ({ sheet, cells: properties.value }),
    // one block whose answer is too large alone (long sheet names make every cell's address long) is read as two
    split: ({ sheet, area }) => {
      if (area.top === area.bottom) return null;
      const middle = Math.floor((area.top + area.bottom) / 2);
      return [
        { sheet, area: { ...area, bottom: middle } },
        { sheet, area: { ...area, top: middle + 1 } },
      ];
    },
    startingCells: CELLS_PER_REQUEST,
  });
  for (const { sheet, cells } of answers) {
    const sheetFills = (fills[sheet] ??= {});
    const sheetFonts = (fonts[sheet] ??= {});
    for (const row of cells) {
      for (const cell of row) {
        if (!cell.address) continue;
        const at = bareAddress(cell.address);
        const fill = cell.format?.fill;
        if (fill?.color && fill.pattern !== "None") sheetFills[at] = colour(fill.color);
        const font = cell.format?.font?.color;
        if (font) sheetFonts[at] = colour(font);
      }
    }
  }
  return { fills, fonts };
}

function colour(css: string): string {
  return css.replace(/^#/, "").toUpperCase();
}
