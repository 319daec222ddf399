import ExcelJS from "exceljs";
import { GeneratedLayout, LayoutCell } from "./generateLayout";

/** A generated cell's value as ExcelJS writes it: dates as dates, the rest as they are. */
function valueOf(cell: LayoutCell): ExcelJS.CellValue {
  if ("text" in cell) return cell.text;
  if ("number" in cell) return cell.number;
  if ("date" in cell) return new Date(`${cell.date}T00:00:00Z`);
  if ("boolean" in cell) return cell.boolean;
  return null;
}

function styleCell(target: ExcelJS.Cell, cell: LayoutCell): void {
  if ("format" in cell && cell.format) target.numFmt = cell.format;
  if ("fill" in cell && cell.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: cell.fill } };
}

/** The generated workbook as a real .xlsx package, as Excel would save it (ExcelJS's writer), Excel tables included. */
export async function layoutWorkbook(layout: GeneratedLayout): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  layout.sheets.forEach((sheet, index) => {
    const worksheet = workbook.addWorksheet(sheet.name);
    const { table } = sheet;
    sheet.rows.forEach((cells, r) =>
      cells?.forEach((cell, c) => {
        if (!cell) return;
        const inTable = table && r >= table.top && r <= table.bottom && c >= table.left && c <= table.right;
        if (!inTable) worksheet.getCell(r + 1, c + 1).value = valueOf(cell);
      }),
    );
    for (const [row, from, to] of sheet.merges) worksheet.mergeCells(row + 1, from + 1, row + 1, to + 1);
    if (table) {
      const width = table.right - table.left + 1;
      const at = (r: number, c: number) => sheet.rows[r]?.[c];
      const names = new Set<string>();
      worksheet.addTable({
        name: `Plan${index + 1}`,
        ref: worksheet.getCell(table.top + 1, table.left + 1).address,
        headerRow: true,
        style: { theme: "TableStyleLight1", showRowStripes: false },
        columns: Array.from({ length: width }, (_, c) => {
          const label = at(table.top, table.left + c);
          // a table's column names are unique and never empty, as Excel makes them
          let name = label && "text" in label ? label.text : `Column${c + 1}`;
          while (names.has(name)) name = `${name}2`;
          names.add(name);
          return { name };
        }),
        rows: Array.from({ length: table.bottom - table.top }, (_, r) =>
          Array.from({ length: width }, (_, c) => {
            const cell = at(table.top + 1 + r, table.left + c);
            return cell ? valueOf(cell) : null;
          }),
        ),
      });
    }
    // styles last: a table's rows are written by addTable
    sheet.rows.forEach((cells, r) => cells?.forEach((cell, c) => cell && styleCell(worksheet.getCell(r + 1, c + 1), cell)));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
