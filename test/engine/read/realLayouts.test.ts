import { buildReport } from "../../../src/engine";
import { sheet, workbook } from "../../support/snapshotBuilder";

const AS_AT = { asAt: "2020-01-31" };
const sectionsOf = (report: ReturnType<typeof buildReport>) => report.sections.map((s) => [s.name, s.blue, s.red, s.amber, s.green, s.total]);

describe("layouts real plans use", () => {
  it("three small tables side by side, each under its own heading, are three sections", () => {
    const plan = sheet("Plan", [
      ["Safe", "", "", "", "", "Potential", "", "", "", "", "Community"],
      ["Ref", "Action", "Due", "RAG", "", "Ref", "Action", "Due", "RAG", "", "Ref", "Action", "Due", "RAG"],
      ["1", "Audit supervision", "Oct-19", "Green", "", "3", "Survey children", "Mar-20", "Amber", "", "5", "Open the hub", "Jun-20", "Blue"],
      ["2", "Train staff", "Dec-19", "Red", "", "4", "Publish the offer", "Sep-19", "Green"],
    ]);
    expect(sectionsOf(buildReport(workbook(plan), AS_AT))).toEqual([
      ["Safe", 0, 1, 0, 1, 2],
      ["Potential", 0, 0, 1, 1, 2],
      ["Community", 1, 0, 0, 0, 1],
    ]);
  });

  it("numbered phases over their tasks (1 over 1.1, 1.2) are sections, and a phase's roll-up status is no action", () => {
    const plan = sheet("Plan", [
      ["N", "Activity", "Due", "Status"],
      ["1", "Discovery", "", "Green"],
      ["1.1", "Interview staff", "Oct-19", "Blue"],
      ["1.2", "Map the journey", "Nov-19", "Green"],
      ["2", "Delivery", "", "Amber"],
      ["2.1", "Build the form", "Mar-20", "Amber"],
    ]);
    const report = buildReport(workbook(plan), AS_AT);
    expect(sectionsOf(report)).toEqual([
      ["Discovery", 1, 0, 0, 1, 2],
      ["Delivery", 0, 0, 1, 0, 1],
    ]);
  });

  it("a Done? column of TRUE and FALSE is a status: done is blue", () => {
    const plan = sheet("Plan", [
      ["Ref", "Task", "Due", "Owner", "Done?"],
      ["1", "Audit supervision", "Oct-19", "RG", true],
      ["2", "Train staff", "Dec-19", "HS", false],
      ["3", "Survey children", "Mar-20", "AM", "Yes"],
    ]);
    const report = buildReport(workbook(plan), AS_AT);
    expect(report.actions.map((a) => a.status)).toEqual(["blue", "notStarted", "blue"]);
    expect(report.actions.filter((a) => a.overdue).map((a) => a.ref)).toEqual(["2"]);
  });

  it("a two-row header's group label over some of its columns is no section; the title above names the plan", () => {
    const plan = sheet(
      "Plan",
      [
        ["Improvement plan 2019-20"],
        ["", "", "", "Progress"],
        ["Ref", "Action", "Due", "Comments", "RAG"],
        ["1", "Audit supervision", "Oct-19", "Done", "Blue"],
        ["2", "Train staff", "Dec-19", "Booked", "Green"],
      ],
      { merges: ["D2:E2"] },
    );
    expect(sectionsOf(buildReport(workbook(plan), AS_AT))).toEqual([["Improvement plan 2019-20", 1, 0, 0, 1, 2]]);
  });

  it("a status report's Project column naming a different project on every row is the item", () => {
    const plan = sheet("Report", [
      ["Priority", "Project", "Status", "Notes"],
      ["High", "New website", "On track", "Launched beta"],
      ["Low", "Case system", "At risk", "Supplier late"],
      ["Medium", "Data warehouse", "Complete", "Live"],
    ]);
    const report = buildReport(workbook(plan), AS_AT);
    expect(report.actions.map((a) => a.action)).toEqual(["New website", "Case system", "Data warehouse"]);
    expect(report.totals).toMatchObject({ blue: 1, amber: 1, green: 1, total: 3 });
  });
});
