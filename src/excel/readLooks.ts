import { cellAddress, parseArea } from "../engine";
import { inRequestsOf } from "./readBlocks";

// each cell's properties come back as about 110 bytes of JSON (address, fill colour and pattern, font colour)
const CELLS_PER_REQUEST = 30_000;

type Colours = Record<string, Record<string, string>>;

/** The fill and text colours of the cells the engine asked for, in requests whose answers stay under the limit. */
export async function readLooks(context: Excel.RequestContext, wanted: Array<{ sheet: string; ranges: string[] }>): Promise<{ fills: Colours; fonts: Colours }> {
  const fills: Colours = {};
  const fonts: Colours = {};
  const blocks = wanted.flatMap(({ sheet, ranges }) => ranges.flatMap((range) => rowBlocks(sheet, range)));
  const answers = await inRequestsOf(context, blocks, {
    cells: (block) => block.cells,
    queue: ({ sheet, range }) => {
      const properties = context.workbook.worksheets
        .getItem(sheet)
        .getRange(range)
        .getCellProperties({ address: true, format: { fill: { color: true, pattern: true }, font: { color: true } } });
      return () => ({ sheet, cells: properties.value });
    },
    split: () => null,
    startingCells: CELLS_PER_REQUEST,
  });
  for (const { sheet, cells } of answers) {
    const sheetFills = (fills[sheet] ??= {});
    const sheetFonts = (fonts[sheet] ??= {});
    for (const row of cells) {
      for (const cell of row) {
        if (!cell.address) continue;
        const at = cell.address.slice(cell.address.lastIndexOf("!") + 1).replace(/\$/g, "");
        const fill = cell.format?.fill;
        if (fill?.color && fill.pattern !== "None") sheetFills[at] = colour(fill.color);
        const font = cell.format?.font?.color;
        if (font) sheetFonts[at] = colour(font);
      }
    }
  }
  return { fills, fonts };
}

// a long plan's status column is read a few thousand rows at a time
function rowBlocks(sheet: string, range: string): Array<{ sheet: string; range: string; cells: number }> {
  const area = parseArea(range);
  const columns = area.right - area.left + 1;
  const rows = Math.max(1, Math.floor(CELLS_PER_REQUEST / columns));
  const blocks: Array<{ sheet: string; range: string; cells: number }> = [];
  for (let top = area.top; top <= area.bottom; top += rows) {
    const bottom = Math.min(area.bottom, top + rows - 1);
    blocks.push({ sheet, range: `${cellAddress(top, area.left)}:${cellAddress(bottom, area.right)}`, cells: (bottom - top + 1) * columns });
  }
  return blocks;
}

function colour(css: string): string {
  return css.replace(/^#/, "").toUpperCase();
}
