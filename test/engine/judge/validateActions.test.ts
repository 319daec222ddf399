import { Report, buildReport } from "../../../src/engine";
import { HEADER, actionRow, sheet, simplePlan, workbook } from "../../support/snapshotBuilder";

const AS_AT = { asAt: "2020-01-31" };
const rulesOf = (report: Report) => report.findings.map((f) => f.rule);

/** A plan with a header block naming its period and people, as the 2019-20 plan does. */
function planWithHeaderBlock(...rows: ReturnType<typeof actionRow>[]) {
  return workbook(
    sheet("Plan", [
      ["Name:", "Service Development Plan"],
      ["Duration:", "April 2019-March 2020"],
      ["People involved in delivering the plan:", "Rachel Green Heather Smith", "RG HS"],
      [],
      HEADER,
      ...rows,
    ]),
  );
}

describe("validating actions", () => {
  it("passes a complete, well-formed action with no findings", () => {
    expect(buildReport(planWithHeaderBlock(actionRow({ section: "Safe", ref: 1 })), AS_AT).findings).toEqual([]);
  });

  it("reports a missing status as an error at the status cell", () => {
    const report = buildReport(simplePlan([actionRow({ status: "" })]), AS_AT);
    expect(report.findings).toEqual([expect.objectContaining({ severity: "error", rule: "missing-status", sheet: "Plan", cell: "I2" })]);
  });

  it("reports an unknown status with the words the cell holds", () => {
    const report = buildReport(simplePlan([actionRow({ status: "Purple" })]), AS_AT);
    expect(report.findings[0]).toMatchObject({ severity: "error", rule: "unknown-status", cell: "I2" });
    expect(report.findings[0]!.message).toContain("'Purple'");
    expect(report.actions[0]).toMatchObject({ status: "unrated", statusText: "Purple" });
  });

  it("reads a status cell with no text but a BRAG fill as that colour, and says so", () => {
    const snapshot = { ...simplePlan([actionRow({ status: "" })]), fills: { Plan: { I2: "FFC000" } } };
    const report = buildReport(snapshot, AS_AT);
    expect(report.actions[0]!.status).toBe("amber");
    expect(report.findings).toEqual([expect.objectContaining({ severity: "warning", rule: "status-by-colour", cell: "I2" })]);
    expect(report.findings[0]!.message).toMatch(/status shown by colour only/i);
  });

  it("lets the text win over the fill: colour follows the status text", () => {
    const snapshot = { ...simplePlan([actionRow({ status: "Green" })]), fills: { Plan: { I2: "FF0000" } } };
    expect(buildReport(snapshot, AS_AT).actions[0]!.status).toBe("green");
  });

  it("reports a missing lead", () => {
    expect(rulesOf(buildReport(simplePlan([actionRow({ lead: "" })]), AS_AT))).toEqual(["missing-lead"]);
  });

  it("reports lead initials not among the people named in the header block", () => {
    const report = buildReport(planWithHeaderBlock(actionRow({ lead: "HS/AM" }), actionRow({ lead: "R G" })), AS_AT);
    expect(report.findings).toEqual([expect.objectContaining({ rule: "unknown-lead", cell: "G6" })]);
    expect(report.findings[0]!.message).toContain("'AM'");
  });

  it("does not check initials when the plan names no people", () => {
    expect(rulesOf(buildReport(simplePlan([actionRow({ lead: "ZZ" })]), AS_AT))).toEqual([]);
  });

  it("reports a missing due date, and an unreadable one", () => {
    const report = buildReport(simplePlan([actionRow({ due: "" }), actionRow({ due: "soonish" })]), AS_AT);
    expect(rulesOf(report)).toEqual(["missing-due", "unreadable-due"]);
  });

  it("accepts on-going and n/a as no date", () => {
    expect(rulesOf(buildReport(simplePlan([actionRow({ due: "on-going" }), actionRow({ due: "n/a" })]), AS_AT))).toEqual([]);
  });

  it("reports a due date outside the plan's period and suggests the likely year", () => {
    const report = buildReport(planWithHeaderBlock(actionRow({ due: "Jan-19" }), actionRow({ due: "Dec-21" })), AS_AT);
    expect(rulesOf(report)).toEqual(["due-outside-period", "due-outside-period"]);
    expect(report.findings[0]!.message).toBe("Due date 'Jan-19' is before the plan's period (Apr 2019 – Mar 2020); did you mean Jan-20?");
    expect(report.findings[1]!.message).toBe("Due date 'Dec-21' is after the plan's period (Apr 2019 – Mar 2020).");
  });

  it("takes the plan's period from a financial year in its sheet name", () => {
    const report = buildReport(workbook(sheet("Plan 2019-20", [HEADER, actionRow({ due: "Jan-19" })])), AS_AT);
    expect(rulesOf(report)).toEqual(["due-outside-period"]);
  });

  it("reports a ref used twice within a section, but not across sections", () => {
    const report = buildReport(
      simplePlan([actionRow({ section: "Safe", ref: 1 }), actionRow({ ref: 1 }), actionRow({ section: "Potential", ref: 1 })]),
      AS_AT,
    );
    expect(report.findings).toEqual([expect.objectContaining({ rule: "duplicate-ref", cell: "B3" })]);
    expect(report.findings[0]!.message).toContain("B2");
  });

  it("reports blue with no comment: no evidence of completion", () => {
    expect(rulesOf(buildReport(simplePlan([actionRow({ status: "Completed", comments: "" })]), AS_AT))).toEqual(["blue-without-comment"]);
  });

  it("reports red with no comment", () => {
    expect(rulesOf(buildReport(simplePlan([actionRow({ status: "Red", comments: "" })]), AS_AT))).toEqual(["red-without-comment"]);
  });

  it("gives every finding a severity, rule, sheet, cell, plain-English message and the cell's text as it stands", () => {
    const report = buildReport(simplePlan([actionRow({ status: "", lead: "", due: "" })]), AS_AT);
    for (const finding of report.findings) {
      expect(finding).toEqual({
        severity: expect.stringMatching(/^(error|warning|info)$/),
        rule: expect.any(String),
        sheet: "Plan",
        cell: expect.stringMatching(/^[A-Z]+\d+$/),
        message: expect.stringMatching(/^[A-Z'].+[.?]$/),
        text: expect.any(String),
      });
    }
  });

  it("lists findings in the order a person reads the plan", () => {
    const report = buildReport(simplePlan([actionRow({ status: "", lead: "" }), actionRow({ due: "" })]), AS_AT);
    expect(report.findings.map((f) => f.cell)).toEqual(["G2", "I2", "F3"]);
  });
});

describe("a due date written month first", () => {
  it("is counted, with a warning to write dates day first", () => {
    const report = buildReport(simplePlan([actionRow({ due: "09/18/2025" })]), { asAt: "2025-01-31" });
    expect(report.findings).toContainEqual(expect.objectContaining({ severity: "warning", rule: "month-first-due", cell: "F2", message: expect.stringContaining("18 September 2025") }));
    expect(report.actions[0]?.due).toBe("2025-09-18");
  });
});
