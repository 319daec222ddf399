import { buildReport, committeeReport } from "../../../src/engine";
import { shortLabel } from "../../../src/engine/words/labels";
import { HEADER, actionRow, sheet, simplePlan, workbook } from "../../support/snapshotBuilder";

const AS_AT = { asAt: "2020-01-31" };
const words = (report: ReturnType<typeof committeeReport>) =>
  report.body.flatMap((block) => (block.kind === "paragraph" ? [block.parts.map((part) => part.text).join("")] : block.kind === "bullets" ? block.items : []));
const subjectOf = (report: ReturnType<typeof committeeReport>) => report.header[1]?.[0].value;

describe("the committee report says what the plan says, and leaves a marked gap where it says nothing", () => {
  it("a plan rated RAG only (its column headed RAG, nothing blue) is defined as RAG, with no 'tasks marked blue'", () => {
    const rag = ["Section", "Ref", "Aim", "Action", "Measure", "Due", "Lead", "Comments", "RAG"];
    const report = committeeReport(buildReport(workbook(sheet("Plan", [rag, actionRow({ status: "Red" }), actionRow({ status: "Green" })])), AS_AT));
    expect(words(report)).toContain(
      "The actions are 'RAG' rated, with red meaning 'fully stuck', amber meaning 'more work needed or resolvable issue in sight', and green meaning 'in progress, no barriers to continuing'.",
    );
    expect(words(report).filter((line) => /blue/i.test(line))).toEqual([]);
  });

  it("a BRAG plan with nothing completed yet keeps the BRAG words and its 0 blue", () => {
    const report = committeeReport(buildReport(simplePlan([actionRow({ status: "Green" })]), AS_AT));
    expect(words(report).find((line) => line.startsWith("The actions are"))).toMatch(/^The actions are 'BRAG' rated, with blue meaning fully completed/);
    expect(words(report)).toContain("0 tasks marked blue");
  });

  it("the subject is the title standing above the table when the plan has no Name: block", () => {
    const report = committeeReport(buildReport(workbook(sheet("Action Plan", [["Action Plan 2017 – Ofsted recommendations"], [], HEADER, actionRow({})])), AS_AT));
    expect(subjectOf(report)).toEqual({ text: "Action Plan 2017 – Ofsted recommendations" });
  });

  it("the subject is the header block's name where it gives one", () => {
    const report = committeeReport(buildReport(workbook(sheet("Plan", [["Name:", "Service Development Plan"], [], HEADER, actionRow({})])), AS_AT));
    expect(subjectOf(report)).toEqual({ text: "Service Development Plan" });
  });

  it("with neither, the subject is a gap for the author, never the sheet's name", () => {
    const report = committeeReport(buildReport(simplePlan([actionRow({})], "Tracker"), AS_AT));
    expect(subjectOf(report)).toEqual({ text: "[To complete: the plan's name]", placeholder: true });
  });

  it("on a first quarter the committee's copy holds a marked gap, not an instruction to the user", () => {
    const report = committeeReport(buildReport(simplePlan([actionRow({})]), AS_AT));
    const achievements = report.body[report.body.findIndex((block) => block.kind === "subheading" && block.text === "Key achievements in the last quarter") + 1];
    expect(achievements).toEqual({ kind: "paragraph", parts: [{ text: "[To complete: the key achievements since the last report (the workbook keeps no earlier refresh to list them from)]", placeholder: true }] });
    expect(words(report).filter((line) => /Refresh the plan|keeps no refresh/.test(line))).toEqual([]);
  });
});

describe("a long action named in a list is cut at a word, and the cut is marked", () => {
  it("never mid-word", () => {
    const label = shortLabel("Improve the quality of supervision across the service with analysis of audits and equalities information", 50);
    expect(label).toBe("Improve the quality of supervision across the…");
    expect(label.length).toBeLessThanOrEqual(50);
  });

  it("a single word longer than half the label is cut where it must be", () => {
    expect(shortLabel("x".repeat(100), 20)).toBe(`${"x".repeat(19)}…`);
  });
});
