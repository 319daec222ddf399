import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { refreshWorkbook } from "../../src/excel/refreshWorkbook";
import { refreshWorkbookBytes } from "../../src/xlsx/refreshFile";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { writeFixture } from "../support/fixtures/writeFixture";

const AS_AT = { asAt: "2020-01-31" };

/** A plan begun in Excel for Mac before 2011: its dates count from 1904. */
function macPlan(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = true;
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(["Section", "Ref", "Aim", "Action", "Due", "Lead", "Status"]);
  const due: Array<[number, number, number]> = [
    [2019, 9, 31],
    [2020, 2, 31],
    [2020, 5, 30],
    [2019, 11, 31],
  ];
  due.forEach(([year, month, day], index) => {
    const row = sheet.addRow(["Safe", index + 1, `Aim ${index}`, `Action ${index}`, new Date(Date.UTC(year, month, day)), "RG", index === 3 ? "Blue" : "Green"]);
    row.getCell(5).numFmt = index % 2 ? "dd/mm/yyyy" : "mmm-yy";
  });
  return workbook;
}

describe("a workbook in the 1904 date system", () => {
  it("is counted the same by the file door and inside Excel: its due dates the days the sheet shows", async () => {
    const path = await writeFixture(macPlan(), "dates-1904.xlsx");
    const file = (await refreshWorkbookBytes(readFileSync(path), "dates-1904.xlsx", AS_AT)).report;
    const excel = await FakeExcel.fromXlsx(path);
    const inside = (await refreshWorkbook(excel.requestContext, AS_AT)).report;
    expect(file.actions.map((a) => [a.ref, a.due, a.overdue])).toEqual([
      ["1", "2019-10-31", true],
      ["2", "2020-03-31", false],
      ["3", "2020-06-30", false],
      ["4", "2019-12-31", false],
    ]);
    expect(inside.actions.map((a) => [a.ref, a.due, a.overdue])).toEqual(file.actions.map((a) => [a.ref, a.due, a.overdue]));
    expect(inside.totals).toEqual(file.totals);
  });

  it("the fake gives a 1904 workbook's dates as Excel does: the serial as stored, 1,462 days below the 1900 system's", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(macPlan(), "dates-1904-raw.xlsx"));
    const range = excel.requestContext.workbook.worksheets.getItem("Plan").getRange("E2");
    range.load("values");
    const date = excel.requestContext.workbook.functions.date(2019, 10, 31);
    date.load("value");
    await excel.requestContext.sync();
    // 31 October 2019 is 43769 in the 1900 system
    expect([range.values[0]?.[0], date.value]).toEqual([43769 - 1462, 43769 - 1462]);
  });
});
