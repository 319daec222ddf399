import { ChangedAction } from "../../src/engine";
import { refreshWorkbook } from "../../src/excel/refreshWorkbook";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";

const brief = (changes: ChangedAction[]) => changes.map((c) => `${c.section} ${c.ref}: ${c.from ?? "-"} → ${c.to ?? "-"}`);

describe("progress since the last report, inside Excel (strict fake)", () => {
  it("keeps the history in the workbook between refreshes and finds what the manager changed", async () => {
    const excel = FakeExcel.fromWorkbook(buildPlan2019());
    const october = await refreshWorkbook(excel.requestContext, { asAt: "2019-10-31" });
    expect(october.refusal).toBeNull();
    expect(october.report.changes).toBeNull();

    // the manager types new statuses and a later due date over the quarter
    const rowOf = (section: string, ref: string) => october.report.actions.find((a) => a.section === section && a.ref === ref)!.row;
    const context = excel.requestContext;
    const plan = context.workbook.worksheets.getItem("Plan");
    plan.getRange(`I${rowOf("Potential", "3")}`).values = [["Blue"]];
    plan.getRange(`I${rowOf("Potential", "11")}`).values = [["Red"]];
    plan.getRange(`I${rowOf("Potential", "9")}`).values = [["Amber"]];
    plan.getRange(`F${rowOf("Potential", "4")}`).values = [["Jun-20"]];
    await context.sync();

    const january = await refreshWorkbook(excel.requestContext, { asAt: "2020-01-31" });
    const changes = january.report.changes!;
    expect(changes.since).toBe("2019-10-31");
    expect(brief(changes.completed)).toEqual(["Potential 3: green → blue"]);
    expect(brief(changes.newlyRed)).toEqual(["Potential 11: amber → red"]);
    expect(brief(changes.worsened)).toEqual(["Potential 9: green → amber"]);
    expect(changes.drift.map((c) => [c.ref, c.dueFrom, c.dueTo])).toEqual([["4", "2020-02-29", "2020-06-30"]]);
    expect([changes.improved, changes.added, changes.removed]).toEqual([[], [], []]);
    expect(january.report.history.map((p) => p.asAt)).toEqual(["2019-10-31", "2020-01-31"]);

    // the summary charts the counts at both refreshes beside the section table
    const summary = excel.model.sheets.find((s) => s.name === "BRAG summary")!;
    expect(summary.charts.map((chart) => [chart.type, chart.title])).toEqual([
      ["BarStacked", "Actions by section and status"],
      ["ColumnStacked", "Status over time"],
    ]);

    // the history stays text as written: dates and counts are not turned into numbers by Excel
    const history = excel.cells("BRAG Tracker history");
    expect(history.B3).toMatchObject({ value: "2019-10-31", numberFormat: "@" });
    expect(excel.model.sheets.find((s) => s.name === "BRAG Tracker history")!.visibility).toBe("VeryHidden");
  });
});
