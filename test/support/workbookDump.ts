import ExcelJS from "exceljs";

export interface CellDump {
  value: unknown;
  formula?: string;
  style: string;
}

/** Every cell of every sheet (value, formula, full style), the merges and the defined names: what two workbooks are compared on. */
export async function dumpWorkbook(path: string): Promise<{ sheets: Record<string, Record<string, CellDump>>; merges: Record<string, string[]>; names: unknown }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets: Record<string, Record<string, CellDump>> = {};
  const merges: Record<string, string[]> = {};
  for (const sheet of workbook.worksheets) {
    const cells: Record<string, CellDump> = {};
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells[cell.address] = {
          value: cell.value instanceof Date ? cell.value.toISOString() : JSON.parse(JSON.stringify(cell.value ?? null)),
          ...(cell.formula ? { formula: cell.formula } : {}),
          style: JSON.stringify(cell.style ?? {}),
        };
      });
    });
    sheets[sheet.name] = cells;
    merges[sheet.name] = Object.values((sheet as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range).sort();
  }
  return { sheets, merges, names: workbook.definedNames.model };
}
