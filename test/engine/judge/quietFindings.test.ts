import { buildReport, dismissalOf } from "../../../src/engine";
import { HEADER, actionRow, sheet, workbook } from "../../support/snapshotBuilder";

const AS_AT = "2020-01-31";
const people = ["People involved in delivering the plan:", "RG HS SC"];
const plan = (lead: string, comments = "") => workbook(sheet("Plan", [people, [], HEADER, actionRow({ lead, comments, status: "Green" })]));
const rules = (report: ReturnType<typeof buildReport>) => report.findings.map((finding) => finding.rule);

describe("findings the manager can quiet", () => {
  it("counts a lead's other initials as the person the header names, once the manager says who they are", () => {
    expect(rules(buildReport(plan("SaC"), { asAt: AS_AT }))).toContain("unknown-lead");
    const aliased = buildReport(plan("SaC"), { asAt: AS_AT, settings: { aliases: { SaC: "SC" } } });
    expect(rules(aliased)).not.toContain("unknown-lead");
    // an alias of someone the header does not name makes nobody known
    expect(rules(buildReport(plan("SaC"), { asAt: AS_AT, settings: { aliases: { SaC: "ZZ" } } }))).toContain("unknown-lead");
  });

  it("leaves a dismissed finding out while its cell says what it said, and lists it as dismissed", () => {
    const first = buildReport(plan("QQ"), { asAt: AS_AT });
    const finding = first.findings.find((f) => f.rule === "unknown-lead")!;
    expect(finding.text).toBe("QQ");
    const quiet = buildReport(plan("QQ"), { asAt: AS_AT, settings: { dismissed: [dismissalOf(finding)] } });
    expect(rules(quiet)).not.toContain("unknown-lead");
    expect(quiet.dismissed?.map((f) => [f.rule, f.cell])).toEqual([["unknown-lead", finding.cell]]);
  });

  it("shows a dismissed finding again once its cell changes", () => {
    const finding = buildReport(plan("QQ"), { asAt: AS_AT }).findings.find((f) => f.rule === "unknown-lead")!;
    const changed = buildReport(plan("QX"), { asAt: AS_AT, settings: { dismissed: [dismissalOf(finding)] } });
    expect(changed.findings.find((f) => f.rule === "unknown-lead")).toMatchObject({ cell: finding.cell, text: "QX" });
    expect(changed.dismissed).toBeUndefined();
  });
});
