import { CellLook, LookEdit } from "../src/engine";

/**
 * What an add-in written without care does (kept only for the benchmark):
 * reads the status column a row at a time and colours a cell at a time,
 * syncing after each.
 */
export async function naiveRefresh(context: Excel.RequestContext, sheetName: string, rows: number, looks: LookEdit[]): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  for (let row = 1; row <= rows; row++) {
    const cell = sheet.getRange(`I${row}`);
    cell.load("values");
    await context.sync();
  }
  for (const { look, cells } of looks) {
    for (const address of cells) {
      const cell = sheet.getRange(address);
      apply(cell, look);
      await context.sync();
    }
  }
}

function apply(cell: Excel.Range, look: CellLook): void {
  if (look.fill) cell.format.fill.color = `#${look.fill}`;
  if (look.font) cell.format.font.color = `#${look.font}`;
}
