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

describe("the definitions come from the plan, or from the author", () => {
  const rag = ["Section", "Ref", "Aim", "Action", "Measure", "Due", "Lead", "Comments", "RAG"];
  const definitions = (report: ReturnType<typeof committeeReport>) => words(report).find((line) => line.startsWith("The actions are") || line.startsWith("Our"));

  it("a RAG plan with its own key in one cell is defined in the key's words", () => {
    const rows = [rag, actionRow({ status: "R" }), actionRow({ status: "G" }), [], ["Key: R = Off track, A = Some slippage, G = On track"]];
    const report = committeeReport(buildReport(workbook(sheet("Plan", rows)), AS_AT));
    expect(definitions(report)).toBe("The actions are 'RAG' rated, with red meaning 'off track', amber meaning 'some slippage', and green meaning 'on track'.");
    expect(words(report).filter((line) => /blue/i.test(line))).toEqual([]);
  });

  it("a key written as a small table under 'Key', a colour beside its meaning, is read too, blue and all", () => {
    const rows = [HEADER, actionRow({ status: "Blue" }), actionRow({ status: "Red" }), [], ["Key"], ["Blue", "Done"], ["Red", "Blocked: needs escalation"], ["Amber", "Late"], ["Green", "On plan"]];
    const read = buildReport(workbook(sheet("Plan", rows)), AS_AT);
    expect(definitions(committeeReport(read))).toBe("The actions are 'BRAG' rated, with blue meaning 'done', red meaning 'blocked: needs escalation', amber meaning 'late', and green meaning 'on plan'.");
    // the key's rows are a key, not four more actions with no status
    expect(read.totals).toMatchObject({ total: 2, blue: 1, red: 1, unrated: 0 });
    expect(read.sections.map((section) => section.name)).toEqual(["Plan"]);
  });

  it("references such as R-001 and a plan's own status column are not a key", () => {
    const rows = [HEADER, actionRow({ ref: "R-001", status: "Red" }), actionRow({ ref: "A-002", status: "Amber" }), actionRow({ status: "Green" })];
    const report = committeeReport(buildReport(workbook(sheet("Plan", rows)), AS_AT));
    expect(definitions(report)).toMatch(/^The actions are 'BRAG' rated, with blue meaning fully completed/);
  });

  it("the author's own definitions, saved in the report's details, come first", () => {
    const rows = [rag, actionRow({ status: "R" }), [], ["R = Off track, G = On track"]];
    const own = "Our ratings follow the corporate risk framework.";
    const report = committeeReport(buildReport(workbook(sheet("Plan", rows)), AS_AT), { definitions: `  ${own} ` });
    expect(definitions(report)).toBe(own);
  });
});

describe("the report's optional sections follow the seeds unless the author chooses", () => {
  const plan = () => buildReport(simplePlan([actionRow({ status: "Red", due: "Oct-19" }), actionRow({ status: "Amber", due: "Mar-20" })]), AS_AT);
  const headings = (report: ReturnType<typeof committeeReport>) => report.body.filter((block) => block.kind === "subheading").map((block) => (block as { text: string }).text);
  const charted = (report: ReturnType<typeof committeeReport>) => report.body.some((block) => block.kind === "sectionChart");

  it("by default: key actions and the chart, and no count of late actions (the seeds count none)", () => {
    const report = committeeReport(plan());
    expect(headings(report)).toEqual(["Key achievements in the last quarter", "Key actions for the next quarter"]);
    expect(charted(report)).toBe(true);
    expect(words(report).filter((line) => /overdue|past (its|their) due/i.test(line))).toEqual([]);
  });

  it("each can be put in or left out", () => {
    const report = committeeReport(plan(), { include: { stuckAndLate: true, chart: false, keyActions: false } });
    expect(headings(report)).toEqual(["Key achievements in the last quarter", "Stuck and late"]);
    expect(charted(report)).toBe(false);
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
