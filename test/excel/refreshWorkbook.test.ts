import ExcelJS from "exceljs";
import { refresh } from "../../src/engine";
import { OVERDUE_LOOK, STATUS_LOOK } from "../../src/engine/plan/palette";
import { applyOfficeEdits } from "../../src/excel/applyOfficeEdits";
import { readExcelSnapshot } from "../../src/excel/readExcelSnapshot";
import { refreshWorkbook } from "../../src/excel/refreshWorkbook";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { writeFixture } from "../support/fixtures/writeFixture";

const AS_AT = { asAt: "2020-01-31" };

/** A plan of n actions in sections of 50, statuses in turn, text and real due dates mixed. */
function largePlan(actions: number, statuses = ["Green", "Amber", "Blue", "Red", "green", "Completed"]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"]);
  for (let i = 0; i < actions; i++) {
    const due = i % 2 === 0 ? `${["Oct", "Nov", "Dec", "Jan", "Feb", "Mar"][i % 6]}-${i % 6 < 3 ? 19 : 20}` : new Date(Date.UTC(2019, 9 + (i % 6), 1));
    sheet.addRow([i % 50 === 0 ? `Section ${i / 50 + 1}` : "", (i % 50) + 1, `Aim ${i}`, `Action ${i} to do something useful`, due, "RG", `Comment ${i}`, statuses[i % statuses.length]]);
    if (due instanceof Date) sheet.getCell(i + 2, 5).numFmt = "mmm-yy";
  }
  return workbook;
}

describe("refreshing inside Excel, on the strict fake", () => {
  it("refreshes the 2019-20 plan: the same report as the file path, statuses coloured, flags, summary, names", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(buildPlan2019(), "plan-2019-20-excel.xlsx"));
    const outcome = await refreshWorkbook(excel.requestContext, AS_AT);
    expect(outcome.refusal).toBeNull();
    expect(outcome.report.totals).toMatchObject({ total: 83, blue: 24, red: 0, amber: 22, green: 37 });
    expect(excel.cell("Plan", "I17")).toMatchObject({ value: "Green", fill: STATUS_LOOK.green.fill, fontColor: STATUS_LOOK.green.font });
    expect(excel.cell("Plan", "F17")).toMatchObject({ fill: OVERDUE_LOOK.fill });
    expect(excel.cell("Plan", "J16")!.value).toBe("BRAG Tracker: overdue / due soon");
    expect(excel.cell("Plan", "J17")).toMatchObject({ value: "Overdue", bold: true });
    expect(excel.cell("BRAG summary", "A5")!.value).toBe("There are: 22 tasks marked amber, 37 tasks marked green, 0 tasks marked red, 24 tasks marked blue");
    expect(excel.model.sheets.find((s) => s.name === "BRAG summary")!.charts).toEqual([
      expect.objectContaining({ type: "BarStacked", source: "'BRAG summary'!A8:E15", seriesColours: { 0: "#0070C0", 1: "#C00000", 2: "#FFC000", 3: "#00B050" } }),
    ]);
    const summary = excel.model.sheets.find((s) => s.name === "BRAG summary")!;
    expect(summary.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$3", printArea: expect.stringMatching(/^A1:K\d+$/) });
    // the sample's key actions run onto more pages, each started by a manual break
    expect(summary.pageBreaks.length).toBeGreaterThan(0);
    expect([...excel.model.names]).toEqual(
      expect.arrayContaining([
        ["BRAGTracker_Summary", "='BRAG summary'!$A$1"],
        ["BRAGTracker_Flags1", "=Plan!$J$16:$J$111"],
      ]),
    );
    expect(excel.model.enableEvents).toBe(true);
  });

  it("reads a 2,000-action plan in at most 3 syncs and writes it in at most 2", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(largePlan(2000), "plan-2000.xlsx"));
    const snapshot = await readExcelSnapshot(excel.requestContext);
    const reads = excel.context.syncCount;
    const { report, edits } = refresh(snapshot, AS_AT);
    await applyOfficeEdits(excel.requestContext, edits);
    const writes = excel.context.syncCount - reads;
    expect(report.totals.total).toBe(2000);
    expect(reads).toBeLessThanOrEqual(3);
    expect(writes).toBeLessThanOrEqual(2);
    // every status cell coloured, although the address lists pass Excel's 8,192-character limit
    const unpainted = report.actions.filter((a) => !excel.cell("Plan", `H${a.row}`)?.fill);
    expect(unpainted).toEqual([]);
  });

  it("colours every status even when one colour's address list passes Excel's 8,192 characters", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(largePlan(3000, ["Green", "Amber"]), "plan-alternating.xlsx"));
    const { report } = await refreshWorkbook(excel.requestContext, AS_AT);
    const greens = report.actions.filter((a) => a.status === "green").map((a) => `H${a.row}`);
    expect(greens.join(",").length).toBeGreaterThan(8192);
    expect(greens.filter((cell) => excel.cell("Plan", cell)?.fill !== STATUS_LOOK.green.fill)).toEqual([]);
  });

  it("makes the same number of syncs and about the same number of actions whatever the plan's size", async () => {
    const counts: Array<[number, number]> = [];
    for (const size of [100, 1000]) {
      const excel = await FakeExcel.fromXlsx(await writeFixture(largePlan(size), `plan-${size}.xlsx`));
      await refreshWorkbook(excel.requestContext, AS_AT);
      counts.push([excel.context.syncCount, excel.context.actionCount]);
    }
    const [[smallSyncs, smallActions], [largeSyncs, largeActions]] = counts as [[number, number], [number, number]];
    expect(largeSyncs).toBe(smallSyncs);
    // actions grow with colours and blocks, not rows: ten times the rows, far from ten times the actions
    expect(largeActions).toBeLessThan(smallActions * 2);
  });

  it("refuses a protected plan sheet without writing anything, and says which", async () => {
    const workbook = largePlan(5);
    await workbook.getWorksheet("Plan")!.protect("secret", { spinCount: 1 });
    const excel = await FakeExcel.fromXlsx(await writeFixture(workbook, "protected-excel.xlsx"));
    const before = JSON.stringify(excel.cells("Plan"));
    const outcome = await refreshWorkbook(excel.requestContext, AS_AT);
    expect(outcome.refusal).toEqual({ sheet: "Plan", message: expect.stringContaining("Sheet 'Plan' is protected") });
    expect(JSON.stringify(excel.cells("Plan"))).toBe(before);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });

  it("writes the plan's text into the summary as text, never as a formula", async () => {
    const workbook = largePlan(3);
    workbook.getWorksheet("Plan")!.getCell("D5").value = '=HYPERLINK("http://evil","click")';
    workbook.getWorksheet("Plan")!.getCell("H5").value = "Red";
    const excel = await FakeExcel.fromXlsx(await writeFixture(workbook, "injection-excel.xlsx"));
    await refreshWorkbook(excel.requestContext, AS_AT);
    const summary = Object.values(excel.cells("BRAG summary"));
    expect(summary.find((cell) => cell.value === '=HYPERLINK("http://evil","click")')).toMatchObject({ numberFormat: "@" });
    expect(summary.filter((cell) => cell.formula).every((cell) => /^=HYPERLINK\("#Plan![A-Z]+\d+","[^"]+"\)$/.test(cell.formula!))).toBe(true);
  });

  it("turns events off while it writes, so its own writes do not set off recolouring, and back on after", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(largePlan(3), "events.xlsx"));
    await refreshWorkbook(excel.requestContext, AS_AT);
    expect(excel.context.writesWithEventsOn).toBe(0);
    expect(excel.model.enableEvents).toBe(true);
  });

  it("is idempotent: a second refresh leaves every cell, fill and name as the first did", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(buildPlan2019(), "plan-2019-20-twice.xlsx"));
    await refreshWorkbook(excel.requestContext, AS_AT);
    const first = JSON.stringify({ plan: excel.cells("Plan"), summary: excel.cells("BRAG summary"), names: [...excel.model.names].sort() });
    await refreshWorkbook(excel.requestContext, AS_AT);
    const second = JSON.stringify({ plan: excel.cells("Plan"), summary: excel.cells("BRAG summary"), names: [...excel.model.names].sort() });
    expect(second).toBe(first);
  });

  it("breaks the rewritten summary's pages where its own rows fall, none of the last summary's breaks left", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(buildPlan2019(), "plan-2019-20-breaks.xlsx"));
    await refreshWorkbook(excel.requestContext, AS_AT);
    const summary = excel.model.sheets.find((s) => s.name === "BRAG summary")!;
    const planned = [...summary.pageBreaks];
    expect(planned.length).toBeGreaterThan(0);
    // breaks the last summary (or the user) left, and a value typed over, so the summary is written again
    summary.pageBreaks.push(7, 99);
    const context = excel.requestContext;
    context.workbook.worksheets.getItem("BRAG summary").getRange("B5").values = [["typed over"]];
    await context.sync();
    await refreshWorkbook(excel.requestContext, AS_AT);
    expect(summary.pageBreaks).toEqual(planned);
  });

  it("writes nothing at all when refreshed again with nothing changed: only the three reads", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(buildPlan2019(), "plan-2019-20-noop.xlsx"));
    await refreshWorkbook(excel.requestContext, AS_AT);
    const before = excel.context.syncs.length;
    await refreshWorkbook(excel.requestContext, AS_AT);
    expect(excel.context.syncs.length - before).toBe(3);
  });

  it("writes again what was changed by hand since: a status recoloured, a summary value; a word typed into the flags column is kept, the flags moving a column on", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(buildPlan2019(), "plan-2019-20-touched.xlsx"));
    await refreshWorkbook(excel.requestContext, AS_AT);
    const clean = { I17: excel.cell("Plan", "I17"), summary: JSON.stringify(excel.cells("BRAG summary")), flags: ["J16", "J18", "J20"].map((cell) => excel.cell("Plan", cell)?.value) };
    const context = excel.requestContext;
    const plan = context.workbook.worksheets.getItem("Plan");
    plan.getRange("I17").format.fill.color = "#00B050";
    plan.getRange("I17").format.font.color = "#FF0000";
    plan.getRange("J17").values = [["typed over"]];
    context.workbook.worksheets.getItem("BRAG summary").getRange("B5").values = [["typed over"]];
    await context.sync();
    await refreshWorkbook(excel.requestContext, AS_AT);
    expect(excel.cell("Plan", "I17")).toEqual(clean.I17);
    expect(JSON.stringify(excel.cells("BRAG summary"))).toBe(clean.summary);
    // the user's words stay where they typed them; the add-in's own are taken away, and written again beside
    expect(excel.cell("Plan", "J17")?.value).toBe("typed over");
    expect(["J16", "J18", "J20"].map((cell) => excel.cell("Plan", cell)?.value ?? "")).toEqual(["", "", ""]);
    expect(["K16", "K18", "K20"].map((cell) => excel.cell("Plan", cell)?.value)).toEqual(clean.flags);
    expect(excel.model.names.get("BRAGTracker_Flags1")).toBe("=Plan!$K$16:$K$111");
  });
});

describe("in an Excel without ExcelApi 1.13 (no merged-area reads)", () => {
  it("still reads the 2019-20 plan the same, without asking for merges", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(buildPlan2019(), "plan-2019-20-no-merges.xlsx"));
    const outcome = await refreshWorkbook(excel.requestContext, AS_AT, { readMerges: false });
    expect(outcome.report.totals).toMatchObject({ total: 83, blue: 24, red: 0, amber: 22, green: 37 });
  });
});
