import { join } from "path";
import ExcelJS from "exceljs";
import { settingsFor, withDefaults } from "../../src/engine";
import { readExcelSnapshot } from "../../src/excel/readExcelSnapshot";
import { loadExcelSettings, saveExcelSettings } from "../../src/excel/excelSettings";
import { refreshWorkbook } from "../../src/excel/refreshWorkbook";
import { refreshFile } from "../../src/xlsx/refreshFile";
import { writeSettingsSheet } from "../support/writeSettingsSheet";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";

const AS_AT = { asAt: "2020-01-31" };

function plan(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"]);
  sheet.addRow(["Safe", 1, "Thresholds are clear", "Publish the guide", "Mar-20", "RG", "Drafted", "Green"]);
  sheet.addRow(["", 2, "Referrals are good", "Meet schools", "Dec-19", "HS", "Booked", "On hold"]);
  return workbook;
}

const chosen = withDefaults({
  dueSoonDays: 60,
  summarySheetName: "Committee appendix",
  vocabulary: { ...withDefaults().vocabulary, "on hold": "red" },
});

describe("settings saved in the workbook", () => {
  it("read the same with the sheets as alone, so a refresh tells a colleague's save from none and reads the workbook once when there was none", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(plan(), "settings-both-ways.xlsx"));
    const every = withDefaults({
      ...chosen,
      includeSheets: ["Plan"],
      tables: [{ sheet: "Plan", header: "A1", columns: { status: "H", lead: null } }],
      report: { committee: "Safeguarding Sub Committee", author: "R Green" },
    });
    await saveExcelSettings(excel.requestContext, every);
    const withSheets = settingsFor(await readExcelSnapshot(excel.requestContext));
    expect(JSON.stringify(withSheets)).toBe(JSON.stringify(await loadExcelSettings(excel.requestContext)));
    expect(withSheets).toEqual(every);
  });

  it("are saved on a very hidden sheet marked by a defined name, and load back the same", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(plan(), "settings.xlsx"));
    await saveExcelSettings(excel.requestContext, chosen);
    expect(excel.model.sheets.find((s) => s.name === "BRAG Tracker settings")!.visibility).toBe("VeryHidden");
    expect(excel.model.names.get("BRAGTracker_Settings")).toBe("='BRAG Tracker settings'!$A$1");
    expect(await loadExcelSettings(excel.requestContext)).toEqual(chosen);
    // saved again, replaced rather than duplicated
    await saveExcelSettings(excel.requestContext, withDefaults({ dueSoonDays: 10 }));
    expect((await loadExcelSettings(excel.requestContext)).dueSoonDays).toBe(10);
    expect(excel.model.sheets.filter((s) => s.name === "BRAG Tracker settings")).toHaveLength(1);
  });

  it("load as the defaults when the workbook has none", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(plan(), "no-settings.xlsx"));
    expect(await loadExcelSettings(excel.requestContext)).toEqual(withDefaults());
  });

  it("are used by a refresh inside Excel: vocabulary, due-soon window, summary sheet name", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(plan(), "settings-refresh.xlsx"));
    await saveExcelSettings(excel.requestContext, chosen);
    const { report } = await refreshWorkbook(excel.requestContext, AS_AT);
    expect(report.actions.map((a) => [a.status, a.dueSoon])).toEqual([
      ["green", true],
      ["red", false],
    ]);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Plan", "BRAG Tracker settings", "BRAG Tracker history", "Committee appendix"]);
    expect(excel.model.names.has("BRAGTracker_Settings")).toBe(true);
  });

  it("travel with the file: the command line reads the same settings and gives the same report", async () => {
    const workbook = plan();
    writeSettingsSheet(workbook, chosen);
    const input = await writeFixture(workbook, "settings-file.xlsx");
    const byFile = await refreshFile(input, { ...AS_AT, out: join(fixtureDirectory(), "settings-file-out.xlsx") });
    const excel = await FakeExcel.fromXlsx(input);
    const inExcel = await refreshWorkbook(excel.requestContext, AS_AT);
    expect(byFile.report).toEqual(inExcel.report);
    expect(byFile.report.actions[1]!.status).toBe("red");
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(join(fixtureDirectory(), "settings-file-out.xlsx"));
    expect(written.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["Plan", "visible"],
      ["BRAG Tracker settings", "veryHidden"],
      ["BRAG Tracker history", "veryHidden"],
      ["Committee appendix", "visible"],
    ]);
  });
});
