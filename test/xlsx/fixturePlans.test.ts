import ExcelJS from "exceljs";
import { Report, buildReport } from "../../src/engine";
import { readSnapshot } from "../../src/xlsx/exceljs/readSnapshot";
import { buildColourOnlyPlan, buildRagOnlyPlan, buildSheetPerSectionPlan } from "../support/fixtures/otherPlans";

/** Written to .xlsx and read back, so the reader sees what Excel would have saved. */
async function reportOn(workbook: ExcelJS.Workbook, asAt = "2020-01-31"): Promise<Report> {
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load(await workbook.xlsx.writeBuffer());
  return buildReport(readSnapshot(reopened), { asAt });
}

const counts = (report: Report) => report.sections.map((s) => [s.name, s.blue, s.red, s.amber, s.green, s.total]);

describe("real plan layouts, written to .xlsx and read back", () => {
  it("a RAG-only plan with 'Recommendation N:' heading rows and no section column", async () => {
    const report = await reportOn(buildRagOnlyPlan());
    expect(counts(report)).toEqual([
      ["Recommendation 1: Improve the quality of supervision", 0, 0, 1, 1, 2],
      ["Recommendation 2: Strengthen the voice of the child", 0, 1, 0, 1, 2],
      ["Recommendation 3: Timely assessments", 0, 0, 0, 1, 1],
    ]);
    expect(report.plans[0]).toMatchObject({ sheet: "Action plan", range: "A3:H11" });
    expect(report.findings.map((f) => [f.cell, f.rule])).toEqual([["H8", "red-without-comment"]]);
  });

  it("a plan spread one sheet per section, the sheet name naming the section", async () => {
    const report = await reportOn(buildSheetPerSectionPlan());
    expect(counts(report)).toEqual([
      ["Safe", 1, 0, 1, 0, 2],
      ["Healthy", 0, 0, 0, 1, 1],
      ["Heard", 0, 0, 0, 2, 2],
    ]);
    expect(report.plans.map((p) => p.sheet)).toEqual(["Safe", "Healthy", "Heard"]);
  });

  it("status cells carrying only a fill colour are read as that colour and reported", async () => {
    const report = await reportOn(buildColourOnlyPlan());
    expect(report.actions.map((a) => a.status)).toEqual(["blue", "green", "red", "amber", "unrated"]);
    expect(report.findings.map((f) => [f.cell, f.rule])).toEqual([
      ["H3", "status-by-colour"],
      ["H4", "status-by-colour"],
      ["H5", "status-by-colour"],
      ["H6", "missing-status"],
    ]);
  });
});
