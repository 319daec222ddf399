import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { refreshWorkbook } from "../../src/excel/refreshWorkbook";
import { refreshWorkbookBytes } from "../../src/xlsx/refreshFile";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { writeFixture } from "../support/fixtures/writeFixture";

const AS_AT = { asAt: "2020-01-31" };

/** A plan kept as an Excel table (Insert > Table), B3:I9, with actions overdue. */
function tablePlan(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.getCell("B1").value = "Service improvement plan";
  sheet.addTable({
    name: "Plan2020",
    ref: "B3",
    headerRow: true,
    columns: ["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"].map((name) => ({ name })),
    rows: [0, 1, 2, 3, 4, 5].map((i) => ["Safe", `${i + 1}`, `Aim ${i}`, `Action ${i}`, ["Oct-19", "Jun-20"][i % 2], "RG", "", ["Green", "Amber", "Red"][i % 3]]),
  });
  return workbook;
}

describe("a plan kept as an Excel table", () => {
  it("keeps the add-in's flags column a column clear of the table, so Excel does not take it into the user's table", async () => {
    const excel = FakeExcel.fromWorkbook(tablePlan());
    expect(excel.model.sheets[0]?.tables).toEqual([{ name: "Plan2020", top: 2, left: 1, bottom: 8, right: 8 }]);
    const outcome = await refreshWorkbook(excel.requestContext, AS_AT);
    expect(outcome.report.totals.overdue).toBe(3);
    // the table is as the user made it, and the flags stand in K with J left empty
    expect(excel.model.sheets[0]?.tables).toEqual([{ name: "Plan2020", top: 2, left: 1, bottom: 8, right: 8 }]);
    expect([excel.cell("Plan", "J3")?.value ?? "", excel.cell("Plan", "K3")?.value]).toEqual(["", "BRAG Tracker: overdue / due soon"]);
    expect(excel.cell("Plan", "K4")?.value).toBe("Overdue");
  });

  it("the command line puts the flags in the same column", async () => {
    const path = await writeFixture(tablePlan(), "table-plan.xlsx");
    const { output } = await refreshWorkbookBytes(readFileSync(path), "table-plan.xlsx", AS_AT);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(output as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Plan") as ExcelJS.Worksheet;
    expect([sheet.getCell("J3").value, sheet.getCell("K3").value, sheet.getCell("K4").value]).toEqual([null, "BRAG Tracker: overdue / due soon", "Overdue"]);
  });
});
