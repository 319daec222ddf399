import { SummaryPlan } from "../../../engine";
import { cellAddress, parseAddress, parseArea } from "../../../engine";
import { writtenStyle, writtenValue } from "./cellEdits";
import { NewSheetRows, WORKSHEET_START } from "./newSheet";
import { cellXml } from "../sheetCells";
import { PAPER_SIZE_CODES } from "../paperSizes";
import { StyleSheet } from "../styleSheet";
import { DRAWING_ELEMENT } from "./addCharts";

/**
 * The summary sheet written whole: values, their alignment, column widths,
 * row heights, merges and print set-up, as the summary plan says. Its
 * charts are added to the package afterwards.
 */
export function summarySheetXml(summary: SummaryPlan, styles: StyleSheet): string {
  const rows = new NewSheetRows();
  const mergeStarts = new Set<string>();
  for (const area of summary.merges.map(parseArea)) for (let row = area.top; row <= area.bottom; row++) mergeStarts.add(cellAddress(row, area.left));
  const firstCells = new Map<string, number>();
  for (const written of summary.cells) {
    const { row, column } = parseAddress(written.cell);
    const style = writtenStyle(written, styles, 0, summary.verticalAlignment === "top");
    rows.put(row + 1, column, cellXml(column, row + 1, { style, extra: "", ...writtenValue(written) }));
    if (mergeStarts.has(written.cell)) firstCells.set(written.cell, style);
  }
  const merges: string[] = [];
  for (const range of summary.merges) {
    const area = parseArea(range);
    for (let row = area.top; row <= area.bottom; row++) {
      // the merged cells take the first cell's format, as Excel does when it merges
      const style = firstCells.get(cellAddress(row, area.left)) ?? 0;
      for (let column = area.left + 1; column <= area.right; column++) rows.put(row + 1, column, cellXml(column, row + 1, { style, inner: "", extra: "" }));
      merges.push(`<mergeCell ref="${cellAddress(row, area.left)}:${cellAddress(row, area.right)}"/>`);
    }
  }
  for (const { row, height } of summary.rowHeights) rows.height(row, height);
  const sheetData = rows.toXml();
  const columns = summary.columnWidths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join("");
  return (
    WORKSHEET_START +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (columns ? `<cols>${columns}</cols>` : "") +
    `<sheetData>${sheetData}</sheetData>` +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="${PAPER_SIZE_CODES[summary.print.paper]}" orientation="${summary.print.orientation}" fitToWidth="${summary.print.fitToWidth}" fitToHeight="0"/>` +
    rowBreaksXml(summary.print.breaks) +
    // written here rather than put in afterwards (addCharts), which would search and copy the whole sheet again
    (summary.charts.length > 0 ? DRAWING_ELEMENT : "") +
    `</worksheet>`
  );
}

/** Manual page breaks: a break's id is the last row (1-based) of the page before it, as Excel writes them. */
function rowBreaksXml(breaks: number[]): string {
  if (breaks.length === 0) return "";
  const items = breaks.map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${items}</rowBreaks>`;
}
