import { CellArea, areaAddress } from "../engine";
import { cellsOf, inRequestsOf, rowBlocks } from "./readBlocks";

/** A block of a sheet's used range as read: its top-left cell (0-based) and the grids Office.js gives. */
export interface ValuesBlock {
  top: number;
  left: number;
  values: unknown[][];
  formats: unknown[][];
  types: string[][];
}

/**
 * How much of each sheet the first request reads with its extent: its first
 * rows, as far as column Z (J for the add-in's own sheets, which are no
 * wider), the rows shared out so the request reads at most about 80,000
 * cells however many sheets there are. A plan of a couple of thousand
 * actions is read whole in that one request; what lies beyond is read
 * afterwards in blocks, so that no answer passes Excel on the web's 5 MB.
 */
const FIRST_REQUEST_CELLS = 80_000;
const MOST_FIRST_ROWS = 3_000;
export const USER_SHEET_COLUMNS = 26;
export const OWN_SHEET_COLUMNS = 10;
// about 80 bytes a cell (value, format, type): a block's answer near 3 MB; halved when Excel says no all the same
const CELLS_PER_REQUEST = 40_000;

/** The area of each sheet the first request reads, given how many columns each is read to. */
export function firstBlockAreas(columns: number[]): CellArea[] {
  const share = FIRST_REQUEST_CELLS / Math.max(1, columns.length);
  return columns.map((width) => ({ top: 0, left: 0, bottom: Math.max(100, Math.min(MOST_FIRST_ROWS, Math.floor(share / width))) - 1, right: width - 1 }));
}

/** The parts of `extent` outside `read`, as rectangles. */
export function restOf(extent: CellArea, read: CellArea | null): CellArea[] {
  if (!read) return [extent];
  const rest: CellArea[] = [];
  if (extent.bottom > read.bottom) rest.push({ ...extent, top: Math.max(extent.top, read.bottom + 1) });
  const top = extent.top;
  const bottom = Math.min(extent.bottom, read.bottom);
  if (extent.right > read.right && bottom >= top) rest.push({ top, bottom, left: Math.max(extent.left, read.right + 1), right: extent.right });
  return rest;
}

interface Block {
  sheet: number;
  worksheet: Excel.Worksheet;
  area: CellArea;
}

/** The given areas of each sheet, in row blocks, as many to a request as the answer's size allows. */
export async function readAreas(context: Excel.RequestContext, wanted: Array<{ worksheet: Excel.Worksheet; areas: CellArea[] }>): Promise<ValuesBlock[][]> {
  const blocks: Block[] = wanted.flatMap(({ worksheet, areas }, sheet) => areas.flatMap((area) => rowBlocks(area, CELLS_PER_REQUEST).map((block) => ({ sheet, worksheet, area: block }))));
  const read = await inRequestsOf(context, blocks, {
    cells: ({ area }) => cellsOf(area),
    queue: ({ worksheet, area }) => worksheet.getRange(areaAddress(area)).load("values,numberFormat,valueTypes"),
    answer: ({ sheet, area }, range) => ({ sheet, block: { top: area.top, left: area.left, values: range.values, formats: range.numberFormat, types: range.valueTypes } }),
    // a block whose answer alone passes the limit: its rows in two halves
    split: (block) => {
      const { area } = block;
      if (area.bottom === area.top) return null;
      const middle = area.top + Math.floor((area.bottom - area.top) / 2);
      return [
        { ...block, area: { ...area, bottom: middle } },
        { ...block, area: { ...area, top: middle + 1 } },
      ];
    },
    startingCells: CELLS_PER_REQUEST,
  });
  const bySheet: ValuesBlock[][] = wanted.map(() => []);
  for (const { sheet, block } of read) bySheet[sheet]?.push(block);
  return bySheet;
}

