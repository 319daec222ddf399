import { Report, buildReport } from "../../../src/engine";
import { CellInput, sheet, workbook } from "../../support/snapshotBuilder";

const AS_AT = { asAt: "2020-01-31" };
const report = (name: string, rows: CellInput[][]): Report => buildReport(workbook(sheet(name, rows)), AS_AT);
const counts = (r: Report) => r.sections.map((s) => [s.name, s.blue, s.red, s.amber, s.green, s.total]);

describe("finding a plan in a real tracker's layout", () => {
  it("finds a header among many columns the plan does not need, by the roles it fills", () => {
    const header = ["ID", "Workstream", "Task Name", "Start Date", "Planned_End", "Budget (£)", "Likelihood", "Impact", "% Complete", "Task Owner", "Flag", "RAG_Status", "Remarks", "Link", "Dependencies", "Last updated"];
    const row = (id: number, stream: string, task: string, end: string, rag: string) => [id, stream, task, "01/09/2019", end, 1200, "Low", "High", 0.5, "RG", "", rag, "ok", "", "", ""];
    const r = report("Tracker", [header, row(1, "Estates", "Move the team", "31/10/2019", "In progress"), row(2, "People", "Recruit leads", "30/11/2019", "Delayed")]);
    expect(r.plans).toMatchObject([{ sheet: "Tracker", range: "A1:P3", title: "Tracker", statusColumn: "L" }]);
    expect(counts(r)).toEqual([["Estates", 0, 0, 0, 1, 1], ["People", 0, 0, 1, 0, 1]]);
    expect(r.actions.map((a) => [a.ref, a.action, a.due, a.lead])).toEqual([
      ["1", "Move the team", "2019-10-31", "RG"],
      ["2", "Recruit leads", "2019-11-30", "RG"],
    ]);
  });

  it("takes Task Name for the action when Task ID comes first", () => {
    const r = report("Tasks", [["Task ID", "Task Category", "Task Name", "Owner", "Status"], ["T-1", "Build", "Pour the slab", "RG", "Complete"]]);
    expect(r.actions.map((a) => [a.ref, a.action, a.status])).toEqual([["T-1", "Pour the slab", "blue"]]);
  });

  it("never takes a Priority of High/Medium/Low for the section: the Team column is", () => {
    const header = ["Priority", "Team", "Action", "Owner", "RAG"];
    const r = report("Log", [header, ["High", "Finance", "Close the accounts", "RG", "Green"], ["Low", "Finance", "File the returns", "HS", "Red"], ["Medium", "HR", "Hire", "HS", "Amber"]]);
    expect(counts(r)).toEqual([["Finance", 0, 1, 0, 1, 2], ["HR", 0, 0, 1, 0, 1]]);
  });

  it("still takes a Priority column naming the plan's priorities for the section", () => {
    const r = report("Plan", [["Priority", "Action", "Lead", "RAG"], ["Keeping children safe", "Audit", "RG", "Green"], ["Early help", "Review", "HS", "Blue"]]);
    expect(r.sections.map((s) => s.name)).toEqual(["Keeping children safe", "Early help"]);
  });

  it("counts the RAG column of a tracker that also has a lifecycle Status", () => {
    const r = report("Risks", [["Risk ID", "Description", "Status", "Risk Owner", "RAG"], ["R1", "Budget overspend", "Open", "RG", "Red"], ["R2", "Staff turnover", "Closed", "HS", "Green"]]);
    expect(r.plans[0]?.statusColumn).toBe("E");
    expect(r.actions.map((a) => a.status)).toEqual(["red", "green"]);
  });

  it("takes a PROGRESS column holding statuses for the status, not the comments", () => {
    const r = report("Plan", [["Ref", "Action", "Lead", "PROGRESS"], [1, "Audit", "RG", "On track"], [2, "Review", "HS", "Off track"]]);
    expect(r.plans[0]?.statusColumn).toBe("D");
    expect(r.actions.map((a) => a.status)).toEqual(["green", "red"]);
  });

  it("never takes a data row for a header, however many of its words look like labels", () => {
    const header = ["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"];
    const rows: CellInput[][] = [header];
    for (let section = 1; section <= 10; section++) {
      for (let i = 0; i < 100; i++) rows.push([i === 0 ? `Section ${section}` : "", i + 1, `Aim ${i}`, `Action ${i}`, "Oct-19", "RG", `Comment ${i}`, "Red"]);
    }
    const r = report("Plan", rows);
    expect(r.plans).toHaveLength(1);
    expect(r.totals).toMatchObject({ total: 1000, red: 1000, overdue: 1000 });
    expect(r.actions.every((a) => a.due === "2019-10-31" && a.lead === "RG" && a.ref !== "")).toBe(true);
    expect(r.sections.map((s) => s.total)).toEqual(Array(10).fill(100));
  });
});

describe("workbooks that are not plans", () => {
  const noPlan = (r: Report) => {
    expect(r.plans).toEqual([]);
    expect(r.findings[0]).toMatchObject({ severity: "error", rule: "no-plan" });
  };

  it("a dashboard of counts by team", () => {
    noPlan(report("Dashboard", [["Team", "Action", "Owner", "Completed", "In progress", "Delayed"], ["Finance", "All", "RG", 4, 2, 1], ["HR", "All", "HS", 1, 3, 0]]));
  });

  it("a lookup list of statuses and people", () => {
    noPlan(report("Lists", [["Status", "Owner", "Team"], ["Green", "RG", "Finance"], ["Amber", "HS", "HR"]]));
  });

  it("a budget sheet naming projects and owners but nothing to count", () => {
    noPlan(report("Budget", [["ID", "Project Name", "Owner", "End Date", "Budget", "Spent"], [1, "New roof", "RG", "31/03/2020", 50000, 12000], [2, "Boilers", "HS", "30/06/2020", 20000, 0]]));
  });

  it("a risk matrix of likelihood by impact", () => {
    noPlan(report("Matrix", [["Likelihood / Impact", 1, 2, 3, 4, 5], [5, "Amber", "Amber", "Red", "Red", "Red"], [4, "Green", "Amber", "Amber", "Red", "Red"], [3, "Green", "Green", "Amber", "Amber", "Red"]]));
  });
});

describe("when no plan is found, saying where the nearest one was", () => {
  it("names the most plan-like header and what it lacks, in no door's words (each door says how to point in its own)", () => {
    const rows: CellInput[][] = [];
    for (let i = 0; i < 24; i++) rows.push([]);
    rows.push([null, "Task Name", "Due Date", "Owner"], [null, "Draft the brief", "31/10/2019", "RG"]);
    const r = report("Sheet 1", rows);
    expect(r.findings[0]?.message).toBe(
      "No plan table found on Sheet 1. Sheet 'Sheet 1' row 25 has Task Name, Due Date and Owner but no status column, and no column of Blue, Red, Amber or Green beneath it. " +
        "If that is the plan, point to it and say which column holds its statuses.",
    );
    expect(r.nearest).toEqual({ sheet: "Sheet 1", cell: "B25", lacks: "status", message: expect.stringMatching(/^Sheet 'Sheet 1' row 25 has/) });
  });

  it("says what a plan's header names when nothing comes near one", () => {
    expect(report("Notes", [["Minutes of the meeting"]]).findings[0]?.message).toMatch(/^No plan table found on Notes\. A plan starts at a header row naming its actions/);
  });
});

describe("a legend of codes in the workbook", () => {
  it("extends the vocabulary for that workbook, with an info finding saying so", () => {
    const r = report("Log", [
      ["Ref", "Action", "Owner", "Status", null, "Key"],
      [1, "Book the hall", "RG", "c", null, "o", "Open"],
      [2, "Send invites", "HS", "i", null, "i", "In progress"],
      [3, "Order food", "HS", "o", null, "c", "Complete"],
    ]);
    expect(r.actions.map((a) => a.status)).toEqual(["blue", "green", "notStarted"]);
    expect(r.findings).toContainEqual({
      severity: "info",
      rule: "legend-read",
      sheet: "Log",
      cell: "F2",
      message: "F2:G4 is read as a legend of status codes: 'o' is Not started, 'i' is Green and 'c' is Blue.",
      text: "o",
    });
  });

  it("never redefines a word the vocabulary knows, nor reads a plan's own rows as a legend", () => {
    const r = report("Plan", [["Ref", "Action", "Lead", "RAG"], [1, "Audit", "RG", "Green"], [2, "Review", "HS", "Red"], [], [], [], [null, "Green", "Complete"], [null, "Red", "Done"]]);
    expect(r.findings.filter((f) => f.rule === "legend-read")).toEqual([]);
    expect(r.actions.map((a) => a.status)).toEqual(["green", "red"]);
  });
});
