import { readFileSync } from "fs";
import { join } from "path";
import { WorkbookSnapshot, buildReport } from "../../../src/engine";
import { periodOfLabel } from "../../../src/engine/read/periodLabel";
import { sheet, workbook } from "../../support/snapshotBuilder";

const AS_AT = { asAt: "2020-01-31" };
const counts = (snapshot: WorkbookSnapshot) => buildReport(snapshot, AS_AT).sections.map((s) => [s.name, s.blue, s.red, s.amber, s.green, s.total]);

describe("labels that name a period beside their role", () => {
  it.each([
    ["Update Aug 2018", "Update", "Aug 2018"],
    ["Progress Q2 2019/20", "Progress", "Q2 2019/20"],
    ["RAG Sept", "RAG", "Sept"],
    ["Comments (Jan 2020)", "Comments", "Jan 2020"],
    ["2019/20 target", "target", "2019/20"],
    ["Status Oct-19", "Status", "Oct-19"],
    ["RAG status (as at Dec 2019)", "RAG status", "Dec 2019"],
  ])("%s is the %s column of %s", (text, label, period) => {
    expect(periodOfLabel(text)).toEqual({ label, period });
  });

  it.each(["Due date", "Target date", "Aim 0", "Summary", "Marketing", "Due by Mar"])("%s names no period", (text) => {
    expect(periodOfLabel(text).period).toBeNull();
  });

  it("a seed-layout plan whose update column is labelled by its month is found, its statuses counted", () => {
    const plan = sheet("Safe", [
      ["Ref", "Objective (source)", "What we will do", "How we will know", "Lead", "By when", "Update Aug 2018", "BRAG"],
      ["1.1", "Children are safe", "Audit supervision", "Audit shows it", "RG", "Oct-19", "Aug: audit booked", "Green"],
      ["1.2", "Children are heard", "Survey children", "Survey done", "HS", "Mar-20", "Aug: survey drafted", "Amber"],
      ["1.3", "Care leavers have homes", "Publish the offer", "Offer published", "AM", "Sep-19", "Jul: published", "Blue"],
    ]);
    const report = buildReport(workbook(plan), AS_AT);
    expect(report.sections.map((s) => [s.name, s.blue, s.amber, s.green, s.total])).toEqual([["Safe", 1, 1, 1, 3]]);
    expect(report.actions.map((a) => a.comments)).toEqual(["Aug: audit booked", "Aug: survey drafted", "Jul: published"]);
  });

  it("rows of values that look like labels ('Aim 0', 'Action 0') are still data, as each is like its neighbour", () => {
    const plan = sheet("Plan", [
      ["Aim", "Action", "Due", "Lead", "Status"],
      ["Aim 0", "Action 0", "Oct-19", "RG", "Green"],
      ["Aim 1", "Action 1", "Nov-19", "RG", "Red"],
      ["Aim 2", "Action 2", "Dec-19", "RG", "Blue"],
    ]);
    expect(counts(workbook(plan))).toEqual([["Plan", 1, 1, 0, 1, 3]]);
  });

  it("the 2019-20 plan with its Comments column labelled 'Update Jan 2020' counts all 83 actions in its 7 sections", () => {
    const snapshot = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "assets", "sample-plan-2019-20.snapshot.json"), "utf8")) as WorkbookSnapshot;
    const before = counts(snapshot);
    for (const row of snapshot.sheets[0]?.rows ?? []) for (const cell of row ?? []) if (cell?.value === "Comments:") cell.value = "Update Jan 2020";
    expect(counts(snapshot)).toEqual(before);
    expect(before.reduce((sum, section) => sum + (section[5] as number), 0)).toBe(83);
    expect(before).toHaveLength(7);
  });
});

describe("status columns kept by period", () => {
  it("RAG Q1 | RAG Q2 | RAG Q3 | RAG Q4: the latest quarter that holds ratings is the status", () => {
    const plan = sheet("Plan", [
      ["Ref", "Action", "Due", "RAG Q1", "RAG Q2", "RAG Q3", "RAG Q4"],
      ["1", "Audit supervision", "Oct-19", "Red", "Amber", "Green", ""],
      ["2", "Survey children", "Mar-20", "Red", "Red", "Amber", ""],
      ["3", "Publish the offer", "Sep-19", "Amber", "Green", "Blue", ""],
      ["4", "Recruit managers", "Jun-20", "", "Red", "", ""],
    ]);
    const report = buildReport(workbook(plan), AS_AT);
    expect(report.actions.map((a) => a.statusText)).toEqual(["Green", "Amber", "Blue", ""]);
    expect(report.plans[0]?.statusColumn).toBe("F");
  });

  it("columns labelled by a period alone (Q1 | Q2 | Q3, or the months reported in) over ratings are a status series too", () => {
    for (const periods of [["Q1", "Q2", "Q3", "Q4"], ["Jul-19", "Oct-19", "Jan-20", "Apr-20"]]) {
      const plan = sheet("Plan", [
        ["Ref", "Action", "Due", ...periods],
        ["1", "Audit supervision", "Oct-19", "Red", "Amber", "Green", ""],
        ["2", "Survey children", "Mar-20", "Red", "Red", "Amber", ""],
        ["3", "Publish the offer", "Sep-19", "Amber", "Green", "Blue", ""],
      ]);
      const report = buildReport(workbook(plan), AS_AT);
      expect([periods[0], report.actions.map((a) => a.statusText)]).toEqual([periods[0], ["Green", "Amber", "Blue"]]);
    }
  });

  it("comments kept by month: the latest month that holds any is the comment", () => {
    const plan = sheet("Plan", [
      ["Ref", "Action", "Due", "Comments Oct-19", "Comments Jan-20", "Comments Apr-20", "RAG"],
      ["1", "Audit supervision", "Oct-19", "Booked", "Done, evidenced in audit", "", "Blue"],
      ["2", "Survey children", "Mar-20", "Drafted", "Sent out", "", "Green"],
    ]);
    expect(buildReport(workbook(plan), AS_AT).actions.map((a) => a.comments)).toEqual(["Done, evidenced in audit", "Sent out"]);
  });
});
