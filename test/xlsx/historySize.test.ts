import ExcelJS from "exceljs";
import { PackageParts } from "../../src/xlsx/package/parts";
import { HISTORY_SHEET } from "../../src/engine/progress/history";
import { worksheetPart } from "../../src/xlsx/package/workbookXml";
import { refreshWorkbookBytes } from "../../src/xlsx/refreshFile";
import { generatePlan } from "../../bench/generatePlan";

/** What the history holds: the text of its cells, and its worksheet part as written. */
async function historySize(bytes: Buffer): Promise<{ rows: number; text: number; part: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(HISTORY_SHEET)!;
  let text = 0;
  sheet.eachRow((row) => row.eachCell((cell) => (text += Buffer.byteLength(String(cell.value)))));
  const parts = await PackageParts.load(bytes);
  const part = Buffer.from((await parts.text((await worksheetPart(parts, HISTORY_SHEET))!))!);
  return { rows: sheet.actualRowCount, text, part: part.length };
}

describe("the history's size", () => {
  it("grows by one row for each of 12 monthly refreshes of an unchanged 1,000-action plan: under 2 KB of text, under 3 KB of sheet XML before compression", async () => {
    let bytes: Buffer = Buffer.from(await generatePlan(1000).xlsx.writeBuffer());
    bytes = (await refreshWorkbookBytes(bytes, "plan.xlsx", { asAt: "2020-01-31" })).output;
    const first = await historySize(bytes);
    for (let month = 1; month <= 12; month++) {
      const asAt = new Date(Date.UTC(2020, 1 + month, 0)).toISOString().slice(0, 10);
      bytes = (await refreshWorkbookBytes(bytes, "plan.xlsx", { asAt })).output;
    }
    const last = await historySize(bytes);
    expect(first.rows).toBe(2 + 1 + 1000);
    expect(last.rows - first.rows).toBe(12);
    expect(last.text - first.text).toBeLessThan(2 * 1024);
    expect(last.part - first.part).toBeLessThan(3 * 1024);
  }, 120_000);
});
