import { buildReport } from "../../src/engine";
import { HEADER, actionRow, sheet, simplePlan, workbook } from "../support/snapshotBuilder";

const AS_AT = { asAt: "2020-01-31" };

describe("bad input gets a clear message and no crash", () => {
  it("an empty workbook: no plan found", () => {
    const report = buildReport(workbook(), AS_AT);
    expect(report.findings).toEqual([
      { severity: "error", rule: "no-plan", sheet: "", cell: "", message: "The workbook has no visible sheets to read, so no plan was found." },
    ]);
    expect(report.totals.total).toBe(0);
    expect(report.sentence).toBe("There are: 0 tasks marked amber, 0 tasks marked green, 0 tasks marked red, 0 tasks marked blue");
  });

  it("a workbook with no plan names the sheets it looked at and what a plan looks like", () => {
    const report = buildReport(workbook(sheet("Notes", [["Shopping list"], ["milk"]]), sheet("Sheet2", [])), AS_AT);
    expect(report.findings[0]!.message).toMatch(/^No plan table found on Notes and Sheet2\. A plan starts at a header row/);
  });

  it("formulas: the result is read, and a formula's error value is reported at its cell", () => {
    const snapshot = simplePlan([
      actionRow({ status: { value: "Green", formula: "VLOOKUP(J2,Lists!A:B,2,FALSE)" } }),
      actionRow({ status: { value: null, error: "#N/A", formula: "VLOOKUP(J3,Lists!A:B,2,FALSE)" } }),
      actionRow({ due: { value: null, error: "#REF!" }, lead: { value: null, error: "#N/A" } }),
    ]);
    const report = buildReport(snapshot, AS_AT);
    expect(report.actions.map((a) => a.status)).toEqual(["green", "unrated", "green"]);
    expect(report.findings.map((f) => [f.cell, f.rule])).toEqual([
      ["I3", "cell-error"],
      ["F4", "unreadable-due"],
      ["G4", "cell-error"],
    ]);
    expect(report.findings[0]!.message).toContain("#N/A");
  });

  it("numbers and booleans where text is expected", () => {
    const report = buildReport(
      simplePlan([actionRow({ section: 2019, ref: 1.5, aim: 42, action: 7, lead: 99, comments: 0, status: 1 }), actionRow({ status: true })]),
      AS_AT,
    );
    expect(report.actions[0]).toMatchObject({ section: "2019", ref: "1.5", aim: "42", status: "unrated", statusText: "1" });
    expect(report.actions[1]).toMatchObject({ status: "unrated", statusText: "TRUE" });
    expect(report.findings.filter((f) => f.rule === "unknown-status")).toHaveLength(2);
  });

  it("merged cells: a heading merged across the table, a section merged down its rows", () => {
    const snapshot = workbook(
      sheet("Plan", [HEADER, ["Priority one"], actionRow({ section: "Safe" }), actionRow({})], { merges: ["A2:I2", "A3:A4"] }),
    );
    const report = buildReport(snapshot, AS_AT);
    expect(report.sections.map((s) => [s.name, s.total])).toEqual([["Safe", 2]]);
  });

  it("hidden rows are still actions of the plan", () => {
    const snapshot = workbook(sheet("Plan", [HEADER, actionRow({ section: "Safe" }), actionRow({ status: "Blue" })], { hiddenRows: [3] }));
    expect(buildReport(snapshot, AS_AT).totals).toMatchObject({ total: 2, blue: 1 });
  });

  it("very long text is read whole", () => {
    const long = "x".repeat(32767);
    const report = buildReport(simplePlan([actionRow({ aim: long })]), AS_AT);
    expect(report.actions[0]!.aim).toHaveLength(32767);
  });

  it("thousands of rows", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => actionRow({ section: i % 500 === 0 ? `Section ${i / 500 + 1}` : "", ref: (i % 500) + 1, status: ["Blue", "Red", "Amber", "Green"][i % 4] }));
    const report = buildReport(simplePlan(rows), AS_AT);
    expect(report.totals).toMatchObject({ total: 5000, blue: 1250, red: 1250, amber: 1250, green: 1250 });
    expect(report.sections).toHaveLength(10);
  });

  it("a sheet of blank rows and stray cells far from any plan", () => {
    const rows: Array<Array<string | null>> = Array.from({ length: 200 }, () => []);
    rows[150] = [null, null, null, null, null, null, null, null, null, null, "stray"];
    expect(() => buildReport(workbook(sheet("Empty", rows)), AS_AT)).not.toThrow();
  });
});
