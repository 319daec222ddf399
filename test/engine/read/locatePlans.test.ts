import { buildReport } from "../../../src/engine";
import { HEADER, actionRow, sheet, simplePlan, workbook } from "../../support/snapshotBuilder";

const AS_AT = { asAt: "2020-01-31" };

describe("finding the plan", () => {
  it("finds a header row holding at least three recognised labels, wherever it sits", () => {
    const snapshot = workbook(
      sheet("Plan", [[], ["Service plan"], [], [null, null, "Ref", "Action", "Lead", "RAG"], [null, null, 1, "Do it", "RG", "Green"]]),
    );
    const report = buildReport(snapshot, AS_AT);
    expect(report.plans).toEqual([
      {
        sheet: "Plan",
        range: "C4:F5",
        title: "Plan",
        // the title standing alone above the table: what a committee report names the plan
        subject: "Service plan",
        statusColumn: "F",
        columns: [
          { column: "C", label: "Ref", role: "ref" },
          { column: "D", label: "Action", role: "action" },
          { column: "E", label: "Lead", role: "lead" },
          { column: "F", label: "RAG", role: "status" },
        ],
      },
    ]);
    expect(report.totals.green).toBe(1);
  });

  it("does not take a row with two recognised labels for a header", () => {
    const report = buildReport(workbook(sheet("Notes", [["Action", "Lead", "Something"], ["x", "RG", "y"]])), AS_AT);
    expect(report.plans).toEqual([]);
    expect(report.findings[0]).toMatchObject({ severity: "error", rule: "no-plan" });
  });

  it("does not take an action row that happens to say 'Update' and 'Lead' for a header", () => {
    const report = buildReport(simplePlan([actionRow({ section: "Safe", aim: "Update", action: "Lead", comments: "No change" })]), AS_AT);
    expect(report.plans).toHaveLength(1);
    expect(report.totals.total).toBe(1);
  });

  it("ignores case, colons, line breaks in header labels", () => {
    const report = buildReport(workbook(sheet("Plan", [["SPECIFIC AIM:", "What we\nwill do", "By when:", "rag"], ["a", "b", "Oct-19", "red"]])), AS_AT);
    expect(report.totals.red).toBe(1);
  });

  it("finds the status column by its values when its header reads 'Green', as in the 2019-20 plan", () => {
    const header = [...HEADER.slice(0, 8), "Green"];
    const report = buildReport(
      workbook(sheet("Plan", [header, actionRow({ status: "Green" }), actionRow({ status: "Amber" }), actionRow({ status: "Blue" })])),
      AS_AT,
    );
    expect(report.totals).toMatchObject({ green: 1, amber: 1, blue: 1, total: 3 });
  });

  it("finds the status column by its values when it has no header at all", () => {
    const header = [...HEADER.slice(0, 8), ""];
    const report = buildReport(workbook(sheet("Plan", [header, actionRow({ status: "Red" }), actionRow({ status: "G" })])), AS_AT);
    expect(report.totals).toMatchObject({ red: 1, green: 1 });
  });

  it("reports a plan with no status column", () => {
    const report = buildReport(workbook(sheet("Plan", [["Ref", "Aim", "Action", "Lead"], [1, "a", "b", "RG"]])), AS_AT);
    expect(report.findings.map((f) => f.rule)).toContain("no-status-column");
    expect(report.totals.unrated).toBe(1);
  });

  it("does not take a lookup list of statuses for a plan", () => {
    const lookup = sheet("Lists", [["Status", "Lead", "Comments"], ["Green", "RG", "in progress"], ["Blue", "HS", "done"]]);
    const plan = simplePlan([actionRow({})]).sheets[0]!;
    const report = buildReport(workbook(lookup, plan), AS_AT);
    expect(report.plans.map((p) => p.sheet)).toEqual(["Plan"]);
  });

  it("reads several plans in one workbook, in workbook order", () => {
    const first = sheet("2019", [HEADER, actionRow({ section: "Safe" })]);
    const second = sheet("2020", [HEADER, actionRow({ section: "Community" })]);
    const report = buildReport(workbook(first, second), AS_AT);
    expect(report.plans.map((p) => p.sheet)).toEqual(["2019", "2020"]);
    expect(report.sections.map((s) => s.name)).toEqual(["Safe", "Community"]);
  });

  it("reads two differently laid out plans on one sheet", () => {
    const report = buildReport(
      workbook(
        sheet("Plans", [
          HEADER,
          actionRow({ section: "Safe" }),
          [],
          ["Theme", "Action", "Owner", "RAG"],
          ["Health", "Do it", "RG", "Red"],
        ]),
      ),
      AS_AT,
    );
    expect(report.plans.map((p) => p.range)).toEqual(["A1:I2", "A4:D5"]);
    expect(report.sections.map((s) => [s.name, s.total])).toEqual([["Safe", 1], ["Health", 1]]);
  });

  it("skips the add-in's own summary sheet, found by its defined name", () => {
    const summary = sheet("BRAG summary", [HEADER, actionRow({ section: "Copied" })]);
    const snapshot = { ...workbook(simplePlan([actionRow({ section: "Safe" })]).sheets[0]!, summary), names: [{ name: "BRAGTracker_Summary", refersTo: "'BRAG summary'!$A$1" }] };
    expect(buildReport(snapshot, AS_AT).sections.map((s) => s.name)).toEqual(["Safe"]);
  });

  it("reads a user's sheet that is merely named like the summary", () => {
    const report = buildReport(workbook(sheet("BRAG summary", [HEADER, actionRow({ section: "Mine" })])), AS_AT);
    expect(report.sections.map((s) => s.name)).toEqual(["Mine"]);
  });

  it("leaves hidden sheets unread and says so", () => {
    const hidden = sheet("Old plan", [HEADER, actionRow({ section: "Old" })], { visible: false });
    const report = buildReport(workbook(simplePlan([actionRow({ section: "Safe" })]).sheets[0]!, hidden), AS_AT);
    expect(report.sections.map((s) => s.name)).toEqual(["Safe"]);
    expect(report.findings).toContainEqual(expect.objectContaining({ severity: "info", rule: "hidden-plan-sheet", sheet: "Old plan" }));
  });

  it("reads only the sheets chosen in settings", () => {
    const first = sheet("A", [HEADER, actionRow({ section: "One" })]);
    const second = sheet("B", [HEADER, actionRow({ section: "Two" })]);
    const report = buildReport(workbook(first, second), { ...AS_AT, settings: { includeSheets: ["B"] } });
    expect(report.sections.map((s) => s.name)).toEqual(["Two"]);
  });
});
