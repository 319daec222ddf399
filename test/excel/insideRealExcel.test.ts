import ExcelJS from "exceljs";
import { quoteSheetName } from "../../src/engine";
import { refreshWorkbook } from "../../src/excel/refreshWorkbook";
import { payloadBytes } from "../../src/excel/syncBudget";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { emptyCell, key, newSheet } from "../support/fakeExcel/model";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { writeFixture } from "../support/fixtures/writeFixture";

const AS_AT = { asAt: "2020-01-31" };

async function refreshedPlan(): Promise<FakeExcel> {
  const excel = await FakeExcel.fromXlsx(await writeFixture(buildPlan2019(), "plan-2019-20-inside-excel.xlsx"));
  expect((await refreshWorkbook(excel.requestContext, AS_AT)).refusal).toBeNull();
  return excel;
}

describe("inside real Excel: a user's ordinary actions between refreshes", () => {
  it("refreshes again after the user deletes the summary sheet, which Excel leaves as a #REF! name", async () => {
    const excel = await refreshedPlan();
    excel.userDeletesSheet("BRAG summary");
    expect(excel.model.names.get("BRAGTracker_Summary")).toBe("=#REF!$A$1");

    const again = await refreshWorkbook(excel.requestContext, AS_AT);
    expect(again.refusal).toBeNull();
    expect(excel.cell("BRAG summary", "A5")?.value).toBe(again.report.sentence);
    expect(excel.model.names.get("BRAGTracker_Summary")).toBe("='BRAG summary'!$A$1");
  });

  it("refreshes again after the user deletes the flags column", async () => {
    const excel = await refreshedPlan();
    excel.userDeletesColumn("Plan", "J");
    expect(excel.model.names.get("BRAGTracker_Flags1")).toBe("=Plan!#REF!");

    expect((await refreshWorkbook(excel.requestContext, AS_AT)).refusal).toBeNull();
    expect(excel.cell("Plan", "J16")?.value).toBe("BRAG Tracker: overdue / due soon");
    expect(excel.model.names.get("BRAGTracker_Flags1")).toBe("=Plan!$J$16:$J$111");
  });

  it("takes a name of its own spelt in another case for its own, as Excel matches names without regard to case", async () => {
    const excel = await refreshedPlan();
    const formula = excel.model.names.get("BRAGTracker_Summary") as string;
    excel.model.names.delete("BRAGTracker_Summary");
    excel.model.names.set("BRAGTRACKER_SUMMARY", formula);

    expect((await refreshWorkbook(excel.requestContext, { asAt: "2020-02-29" })).refusal).toBeNull();
    expect(excel.model.sheets.filter((sheet) => sheet.name.startsWith("BRAG summary")).map((sheet) => sheet.name)).toEqual(["BRAG summary"]);
    expect([...excel.model.names.keys()].filter((name) => name.toLowerCase() === "bragtracker_summary")).toHaveLength(1);
  });
});

/** A small plan on a sheet of the given name, its title merged across the table and a note merged below it. */
function planOnSheet(name: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  sheet.getCell("A1").value = "Service plan 2019-20";
  sheet.mergeCells("A1:I1");
  sheet.getRow(3).values = ["Section", "Ref", "Aim", "Action", "Measure", "Due", "Lead", "Comments", "Status"];
  for (let i = 0; i < 6; i++) sheet.getRow(4 + i).values = ["Safe", i + 1, `Aim ${i}`, `Action ${i}`, "Measure", "Oct-19", "RG", "Comment", ["Green", "Amber", "Blue"][i % 3]];
  sheet.getCell("A12").value = "Statuses agreed at the October board.";
  sheet.mergeCells("A12:I12");
  return workbook;
}

describe("inside real Excel: sheet names as users write them", () => {
  it.each(["Plan, 2019-20", "Manager's plan", "FY20", "Q1", "R2C3", "2019 plan"])("refreshes a plan with merged cells on a sheet named %s, twice", async (name) => {
    const excel = FakeExcel.fromWorkbook(planOnSheet(name));
    const first = await refreshWorkbook(excel.requestContext, AS_AT);
    expect(first.refusal).toBeNull();
    expect(first.report.totals.total).toBe(6);
    expect((await refreshWorkbook(excel.requestContext, AS_AT)).refusal).toBeNull();
    expect(excel.model.names.get("BRAGTracker_Flags1")?.startsWith(`=${quoteSheetName(name)}!$J$3:`)).toBe(true);
  });

  it("quotes every sheet name that could be read as a cell, a row, a column or a number", () => {
    expect(["FY20", "Q1", "XFD1048576", "R2C3", "R", "C", "r1", "c12", "2019", "1Plan", "Plan, 2019-20"].map(quoteSheetName)).toEqual([
      "'FY20'",
      "'Q1'",
      "'XFD1048576'",
      "'R2C3'",
      "'R'",
      "'C'",
      "'r1'",
      "'c12'",
      "'2019'",
      "'1Plan'",
      "'Plan, 2019-20'",
    ]);
    expect(["Plan", "FY2020Q1", "Summary_1", "ABCD1"].map(quoteSheetName)).toEqual(["Plan", "FY2020Q1", "Summary_1", "ABCD1"]);
  });
});

/** A plan of n actions in sections of 50, statuses in turn, half the due dates past. */
function largePlan(actions: number, name = "Plan"): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"]);
  for (let i = 0; i < actions; i++) {
    sheet.addRow([`Section ${Math.floor(i / 50) + 1}`, (i % 50) + 1, `Aim ${i}`, `Action ${i} to do something useful`, i % 2 ? "Oct-19" : "Jun-20", "RG", `Comment ${i}`, ["Green", "Amber", "Blue", "Red"][i % 4]]);
  }
  return workbook;
}

describe("inside real Excel: merged areas", () => {
  it("refreshes a 1,000-action plan three times, although its own summary merges more than 512 areas", async () => {
    const excel = FakeExcel.fromWorkbook(largePlan(1000));
    for (const asAt of ["2019-10-31", "2020-01-31", "2020-01-31"]) {
      const outcome = await refreshWorkbook(excel.requestContext, { asAt });
      expect(outcome.refusal).toBeNull();
      expect(outcome.report.totals.total).toBe(1000);
    }
    expect(excel.model.sheets.find((sheet) => sheet.name === "BRAG summary")!.merges.length).toBeGreaterThan(512);
  });

  it("reads a plan on a sheet of the user's with more than 512 merged areas, and says it could not read them", async () => {
    const workbook = largePlan(100);
    const notes = workbook.addWorksheet("Notes");
    for (let row = 1; row <= 600; row++) notes.mergeCells(row, 1, row, 3);
    const excel = FakeExcel.fromWorkbook(workbook);
    const outcome = await refreshWorkbook(excel.requestContext, AS_AT);
    expect(outcome.refusal).toBeNull();
    expect(outcome.report.totals.total).toBe(100);
    expect(outcome.report.findings).toContainEqual(expect.objectContaining({ severity: "info", rule: "merges-unread", sheet: "Notes" }));
  });
});

const FIVE_MB = 5 * 1024 * 1024;
// the strictest reading of "every response at most 5 MB": none was even refused
const largest = (excel: FakeExcel) => ({
  refused: excel.context.syncs.filter((sync) => sync.refused).length,
  request: Math.max(...excel.context.syncs.map((sync) => sync.bytes)),
  response: Math.max(...excel.context.syncs.map((sync) => sync.responseBytes)),
});

describe("inside real Excel: every request and every response at most 5 MB", () => {
  it("refreshes a 1,000-action plan three times in at most 4 round trips each", async () => {
    const excel = FakeExcel.fromWorkbook(largePlan(1000));
    for (const asAt of ["2019-10-31", "2020-01-31", "2020-01-31"]) {
      const before = excel.context.syncCount;
      expect((await refreshWorkbook(excel.requestContext, { asAt })).refusal).toBeNull();
      expect(excel.context.syncCount - before).toBeLessThanOrEqual(4);
    }
    expect(largest(excel).request).toBeLessThanOrEqual(FIVE_MB);
    expect(largest(excel).response).toBeLessThanOrEqual(FIVE_MB);
    expect(largest(excel).refused).toBe(0);
  });

  it("reads a 100-action plan beside an unrelated data tab of 200,000 cells", async () => {
    const workbook = largePlan(100);
    const data = workbook.addWorksheet("Data");
    for (let row = 0; row < 10_000; row++) data.addRow(Array.from({ length: 20 }, (_, column) => (column % 2 ? `Case ${row}-${column}` : row * column)));
    const excel = FakeExcel.fromWorkbook(workbook);
    const outcome = await refreshWorkbook(excel.requestContext, AS_AT);
    expect(outcome.refusal).toBeNull();
    expect(outcome.report.totals.total).toBe(100);
    expect(largest(excel).response).toBeLessThanOrEqual(FIVE_MB);
    expect(largest(excel).refused).toBe(0);
  });

  it("does not read a sheet the settings leave out", async () => {
    const workbook = largePlan(100);
    const data = workbook.addWorksheet("Data");
    for (let row = 0; row < 1_000; row++) data.addRow(Array.from({ length: 20 }, (_, column) => `Case ${row}-${column}`));
    const excel = FakeExcel.fromWorkbook(workbook);
    await refreshWorkbook(excel.requestContext, { ...AS_AT, settings: { includeSheets: ["Plan"] } });
    expect(largest(excel).response).toBeLessThan(200 * 1024);
  });

  it("refreshes a 50,000-action plan the first time", async () => {
    const excel = FakeExcel.fromWorkbook(largePlan(50_000));
    const outcome = await refreshWorkbook(excel.requestContext, AS_AT);
    expect(outcome.refusal).toBeNull();
    expect(outcome.report.totals.total).toBe(50_000);
    expect(largest(excel).request).toBeLessThanOrEqual(FIVE_MB);
    expect(largest(excel).response).toBeLessThanOrEqual(FIVE_MB);
    expect(largest(excel).refused).toBe(0);
  }, 120_000);
});

describe("inside real Excel: a protected workbook", () => {
  it("refuses before writing anything when the workbook's structure is protected, and says how to go on", async () => {
    const excel = FakeExcel.fromWorkbook(largePlan(20));
    excel.model.structureProtected = true;
    const before = JSON.stringify([...excel.model.sheets.map((sheet) => [sheet.name, [...sheet.cells]]), [...excel.model.names]]);
    const outcome = await refreshWorkbook(excel.requestContext, AS_AT);
    expect(outcome.refusal?.message).toMatch(/workbook's structure is protected.*Review > Protect Workbook/);
    expect(JSON.stringify([...excel.model.sheets.map((sheet) => [sheet.name, [...sheet.cells]]), [...excel.model.names]])).toBe(before);
  });
});

describe("inside real Excel: requests counted as they are sent", () => {
  it("counts a request in UTF-8 bytes, not characters: a plan written in Welsh or Arabic weighs more than its length", () => {
    expect(payloadBytes("ŵ".repeat(1000))).toBeGreaterThanOrEqual(2000);
    expect(payloadBytes("تحسين".repeat(200))).toBeGreaterThanOrEqual(2000);
  });
});

describe("inside real Excel: the summary is the user's to point at", () => {
  it("rewrites its summary in place, so a user's formula that points at it keeps working", async () => {
    const excel = FakeExcel.fromWorkbook(largePlan(40));
    await refreshWorkbook(excel.requestContext, { asAt: "2019-10-31" });
    const notes = newSheet("Notes");
    notes.cells.set(key(0, 0), { ...emptyCell(), value: excel.cell("BRAG summary", "A5")!.value, formula: "='BRAG summary'!A5" });
    excel.model.sheets.push(notes);

    const later = await refreshWorkbook(excel.requestContext, { asAt: "2020-01-31" });
    expect(later.refusal).toBeNull();
    expect(excel.cell("Notes", "A1")).toMatchObject({ formula: "='BRAG summary'!A5" });
    expect(excel.cell("Notes", "A1")?.error).toBeUndefined();
    const summary = excel.model.sheets.find((sheet) => sheet.name === "BRAG summary")!;
    expect(summary.charts.length).toBe(later.report.history.length > 1 ? 2 : 1);
    expect(Object.values(excel.cells("BRAG summary")).map((cell) => cell.value)).toContain("31 January 2020");
    expect(Object.values(excel.cells("BRAG summary")).map((cell) => cell.value)).not.toContain("31 October 2019");
  });
});
