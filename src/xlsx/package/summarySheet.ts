import { SummaryPlan, cellAddress, parseArea } from "../../engine";
import { styleEdit, writtenEdit, writtenStyle } from "./cellEdits";
import { SheetCellEdits } from "./sheetCells";
import { StyleSheet } from "./styleSheet";

/**
 * The summary sheet written whole: values aligned to the top so wrapped
 * rows read across, column widths, row heights, merges and A4 landscape
 * fitted to one page wide. Its charts are added to the package afterwards.
 */
export function summarySheetXml(summary: SummaryPlan, styles: StyleSheet): string {
  const cells = new SheetCellEdits();
  const written = new Map(summary.cells.map((cell) => [cell.cell, cell]));
  for (const cell of summary.cells) cells.edit(cell.cell, writtenEdit(cell, styles, true));
  const heights = [...summary.rowHeights]
    .sort((a, b) => a.row - b.row)
    .map(({ row, height }) => `<row r="${row}" ht="${height}" customHeight="1"/>`)
    .join("");
  const columns = summary.columnWidths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join("");
  const merges = summary.merges.flatMap((range) => {
    const area = parseArea(range);
    const rows: string[] = [];
    for (let row = area.top; row <= area.bottom; row++) {
      const first = written.get(cellAddress(row, area.left));
      const style = first ? writtenStyle(first, styles, 0, true) : 0;
      for (let column = area.left + 1; column <= area.right; column++) cells.edit(cellAddress(row, column), styleEdit(style));
      rows.push(`<mergeCell ref="${cellAddress(row, area.left)}:${cellAddress(row, area.right)}"/>`);
    }
    return rows;
  });
  const sheetData = cells.apply(`<sheetData>${heights}</sheetData>`);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (columns ? `<cols>${columns}</cols>` : "") +
    sheetData +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `</worksheet>`
  );
}

/** A sheet with nothing on it yet, for the history log. */
export const EMPTY_SHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
  `<sheetData/></worksheet>`;
