import ExcelJS from "exceljs";

/** Writes rows of plain values from the given 1-based row, returning the next free row. */
export function putRows(sheet: ExcelJS.Worksheet, startRow: number, rows: ExcelJS.CellValue[][]): number {
  rows.forEach((values, index) => {
    const row = sheet.getRow(startRow + index);
    values.forEach((value, column) => {
      if (value !== null && value !== undefined && value !== "") row.getCell(column + 1).value = value;
    });
  });
  return startRow + rows.length;
}
