import { buildReport } from "../../../src/engine";
import { sheet, workbook } from "../../support/snapshotBuilder";

const AS_AT = { asAt: "2022-02-26" };
const sectionsOf = (report: ReturnType<typeof buildReport>) => report.sections.map((s) => [s.name, s.blue, s.red, s.amber, s.green, s.total]);

describe("finding the plan by what its cells hold as well as its labels", () => {
  it("a column of a few projects repeated groups the actions; the column whose rows all differ is the action", () => {
    const plan = sheet("Action Items", [
      ["Task Order", "Project Name (WAM)", "Task Name (WAM)", "Action Item", "Status o/i/c", "Due Date", "", "o", "o = open"],
      [1.4, "Project A", "Task A", "Prepare for PDR", "o", "2022-03-15", "", "i", "i = in progress"],
      [4.4, "Project A", "Task A", "Board bring-up on new hardware", "o", "2022-03-05", "", "c", "c = closed"],
      [5.6, "Project B", "Task C", "Write software to enable thing 1", "o", "2022-01-18"],
      [7.2, "Project B", "Task B", "Write software to do other thing", "i", "2022-06-01"],
      [99, "Project C", "Task D", "Implement Rust on more hardware", "c", "2022-10-10"],
    ]);
    const report = buildReport(workbook(plan), AS_AT);
    expect(report.actions.map((a) => a.action)).toEqual([
      "Prepare for PDR",
      "Board bring-up on new hardware",
      "Write software to enable thing 1",
      "Write software to do other thing",
      "Implement Rust on more hardware",
    ]);
    // the legend's "o = open" says what each code means: c is closed (blue), i in progress (green), o open (not started)
    expect(sectionsOf(report)).toEqual([
      ["Project A", 0, 0, 0, 0, 2],
      ["Project B", 0, 0, 0, 1, 2],
      ["Project C", 1, 0, 0, 0, 1],
    ]);
  });

  it("an identifier named after its thing ('Milestone ID') is the ref, and 'Task Category' the section", () => {
    const plan = sheet("Milestones", [
      ["Milestone ID", "Task Category", "Milestone Name", "Planned End", "Status"],
      ["MS-1", "Design", "Agree the design", "2022-01-31", "Complete"],
      ["MS-2", "Design", "Sign off the design", "2022-02-10", "At risk"],
      ["MS-3", "Build", "Build the service", "2022-06-30", "On track"],
    ]);
    const report = buildReport(workbook(plan), AS_AT);
    expect(report.actions.map((a) => a.ref)).toEqual(["MS-1", "MS-2", "MS-3"]);
    expect(sectionsOf(report)).toEqual([
      ["Design", 1, 0, 1, 0, 2],
      ["Build", 0, 0, 0, 1, 1],
    ]);
  });

  it("a table that lists the plan's items again (a Timeline of the same projects) is counted once, and a finding names it", () => {
    const header = ["ID", "Project Name", "Owner", "Status", "End Date"];
    const rows = [
      ["PRJ001", "Website Redesign", "Sarah Chen", "In Progress", "2022-06-30"],
      ["PRJ002", "Data Warehouse", "Raj Patel", "Completed", "2021-12-31"],
      ["PRJ003", "Mobile App", "Ana Lopez", "At Risk", "2022-01-31"],
    ];
    const report = buildReport(workbook(sheet("Projects", [header, ...rows]), sheet("Timeline", [header, ...rows])), AS_AT);
    expect(report.totals).toMatchObject({ total: 3, blue: 1, amber: 1, green: 1 });
    expect(report.findings.filter((f) => f.rule === "repeated-table").map((f) => f.message)).toEqual([
      "The table at Timeline!A1:E4 lists the same actions as the plan at Projects!A1:E4, so it was not counted again. Choose the plan to count it instead.",
    ]);
  });

  it("a log of open and closed items beside a plan rated in BRAG colours is not counted, and a finding names it", () => {
    const plan = sheet("WBS_TaskPlan", [
      ["WBS ID", "Task Name", "Owner", "Planned End", "Status (RAG)"],
      ["1.1", "Charter", "PM", "2022-01-10", "Green"],
      ["1.2", "Plan", "PM", "2022-05-10", "Red"],
    ]);
    const log = sheet("Risk_Issue_Log", [
      ["ID", "Type", "Description", "Owner", "Status"],
      ["R1", "Risk", "Supplier late", "PM", "Open"],
      ["I1", "Issue", "Server down", "Ops", "Closed"],
      ["R2", "Risk", "Budget cut", "PM", "In Progress"],
    ]);
    const report = buildReport(workbook(plan, log), AS_AT);
    expect(sectionsOf(report)).toEqual([["WBS_TaskPlan", 0, 1, 0, 1, 2]]);
    expect(report.findings.filter((f) => f.rule === "log-beside-plan").map((f) => f.sheet)).toEqual(["Risk_Issue_Log"]);
  });

  it("the same table on sheets of their own, one a section each, is still one section a sheet", () => {
    const header = ["Ref", "Action", "Due", "Status"];
    const report = buildReport(
      workbook(
        sheet("Safe", [header, ["1", "Audit supervision", "2022-03-01", "Green"], ["2", "Survey children", "2022-03-01", "Green"], ["3", "Train staff", "2022-03-01", "Green"]]),
        sheet("Healthy", [header, ["1", "Audit supervision", "2022-03-01", "Red"], ["2", "Check health plans", "2022-03-01", "Red"], ["3", "Train staff", "2022-03-01", "Red"]]),
      ),
      AS_AT,
    );
    expect(sectionsOf(report)).toEqual([
      ["Safe", 0, 0, 0, 3, 3],
      ["Healthy", 0, 3, 0, 0, 3],
    ]);
  });
});
