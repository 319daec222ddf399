import { buildReport } from "../../../src/engine";
import { HEADER, actionRow, sheet, simplePlan, workbook } from "../../support/snapshotBuilder";

const AS_AT = { asAt: "2020-01-31" };
const sectionsOf = (report: ReturnType<typeof buildReport>) => report.sections.map((s) => [s.name, s.total]);

describe("reading sections", () => {
  it("carries the section column's value down over blank cells", () => {
    const report = buildReport(
      simplePlan([actionRow({ section: "Safe" }), actionRow({}), actionRow({ section: "Potential" }), actionRow({})]),
      AS_AT,
    );
    expect(sectionsOf(report)).toEqual([["Safe", 2], ["Potential", 2]]);
  });

  it("names a whole block after its section cell, wherever sorting the block put it", () => {
    const report = buildReport(
      simplePlan([actionRow({ ref: "3" }), actionRow({ ref: "2" }), actionRow({ section: "Safe", ref: "1" }), HEADER, actionRow({ section: "Potential" })]),
      AS_AT,
    );
    expect(sectionsOf(report)).toEqual([["Safe", 3], ["Potential", 1]]);
  });

  it("carries a vertically merged section cell over its rows", () => {
    const snapshot = workbook(
      sheet("Plan", [HEADER, actionRow({ section: "Safe" }), actionRow({}), actionRow({})], { merges: ["A2:A4"] }),
    );
    expect(sectionsOf(buildReport(snapshot, AS_AT))).toEqual([["Safe", 3]]);
  });

  it("takes the section from heading rows such as 'Recommendation 1: ...' when there is no section column", () => {
    const header = ["Ref", "Area for development", "Action", "Lead", "Deadline", "Progress", "RAG"];
    const row = (ref: number, rag: string) => [ref, "aim", "action", "RG", "Oct-19", "ok", rag];
    const snapshot = workbook(
      sheet(
        "Plan",
        [header, ["Recommendation 1: Improve supervision"], row(1, "Red"), row(2, "Green"), ["Recommendation 2: Listen to children"], row(1, "Amber")],
        { merges: ["A2:G2", "A5:G5"] },
      ),
    );
    expect(sectionsOf(buildReport(snapshot, AS_AT))).toEqual([
      ["Recommendation 1: Improve supervision", 2],
      ["Recommendation 2: Listen to children", 1],
    ]);
  });

  it("takes the section from a heading just above the first header", () => {
    const header = ["Ref", "Action", "Lead", "RAG"];
    const snapshot = workbook(sheet("Plan", [["Priority 1: Safe"], header, [1, "x", "RG", "Green"], [], ["Priority 2: Healthy"], [2, "y", "RG", "Red"]]));
    expect(sectionsOf(buildReport(snapshot, AS_AT))).toEqual([["Priority 1: Safe", 1], ["Priority 2: Healthy", 1]]);
  });

  it("takes the section from repeated header rows that start with the section's name", () => {
    const header = (name: string) => [name, "Ref", "Aim", "Action", "Lead", "RAG"];
    const row = (rag: string) => ["", 1, "aim", "action", "RG", rag];
    const snapshot = workbook(sheet("Plan", [header("Safe"), row("Green"), row("Green"), [], header("Healthy"), row("Red")]));
    expect(sectionsOf(buildReport(snapshot, AS_AT))).toEqual([["Safe", 2], ["Healthy", 1]]);
  });

  it("names no section after a tracker's own first column, which has its values beneath: the sheet's name instead", () => {
    const header = ["Start", "Task Name", "Owner", "Status"];
    const snapshot = workbook(sheet("Website", [header, ["2019-09-01", "Draft the brief", "RG", "Green"], ["2019-10-01", "Choose a supplier", "HS", "Amber"]]));
    expect(sectionsOf(buildReport(snapshot, AS_AT))).toEqual([["Website", 2]]);
  });

  it("names the section after the title above a table with no section column", () => {
    const header = ["Start", "Task Name", "Owner", "Status"];
    const snapshot = workbook(sheet("Sheet1", [["Website relaunch"], [], header, ["2019-09-01", "Draft the brief", "RG", "Green"]]));
    expect(sectionsOf(buildReport(snapshot, AS_AT))).toEqual([["Website relaunch", 1]]);
  });

  it("uses the sheet's name when a plan spans one sheet per section", () => {
    const header = ["Ref", "Aim", "Action", "Lead", "RAG"];
    const snapshot = workbook(
      sheet("Safe", [header, [1, "a", "b", "RG", "Green"]]),
      sheet("Healthy", [header, [1, "a", "b", "RG", "Blue"], [2, "a", "b", "RG", "Red"]]),
    );
    expect(sectionsOf(buildReport(snapshot, AS_AT))).toEqual([["Safe", 1], ["Healthy", 2]]);
  });

  it("skips blank rows and separator rows", () => {
    const snapshot = simplePlan([actionRow({ section: "Safe" }), [], ["-----", "-----", "-----"], actionRow({})]);
    expect(buildReport(snapshot, AS_AT).totals.total).toBe(2);
  });

  it("gives a continuation row (blank aim, but an action) the aim above it", () => {
    const report = buildReport(
      simplePlan([actionRow({ section: "Safe", ref: 8, aim: "Health records are used" }), actionRow({ ref: 9, aim: "", action: "Build it into practice standards" })]),
      AS_AT,
    );
    expect(report.actions.map((a) => [a.ref, a.aim])).toEqual([
      ["8", "Health records are used"],
      ["9", "Health records are used"],
    ]);
  });

  it("keeps sections in the order they first appear", () => {
    const report = buildReport(
      simplePlan([actionRow({ section: "Safe" }), actionRow({ section: "Community" }), actionRow({ section: "Safe" })]),
      AS_AT,
    );
    expect(sectionsOf(report)).toEqual([["Safe", 2], ["Community", 1]]);
  });
});
