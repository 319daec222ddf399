import { readFileSync } from "fs";
import { join } from "path";
import { Report } from "../../src/engine";
import { checkCommand } from "../../src/cli/checkCommand";
import { refreshCommand } from "../../src/cli/refreshCommand";
import { Terminal } from "../../src/cli/runCommand";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";

function capture(): Terminal & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(...line.split("\n")), err: (line) => errors.push(line) };
}

describe("the 2019-20 plan through the command line", () => {
  let plan: string;
  beforeAll(async () => {
    plan = await writeFixture(buildPlan2019(), "plan-2019-20.xlsx");
  });

  it("brag refresh --json reports 83 actions: 24 blue, 0 red, 22 amber, 37 green, per section in workbook order", async () => {
    const json = join(fixtureDirectory(), "r.json");
    const terminal = capture();
    expect(await refreshCommand(plan, { asAt: "2020-01-31", json }, terminal)).toBe(0);
    const report: Report = JSON.parse(readFileSync(json, "utf8"));

    expect(report.totals).toMatchObject({ total: 83, blue: 24, red: 0, amber: 22, green: 37, unrated: 0 });
    expect(report.sections.map((s) => [s.name, s.blue, s.red, s.amber, s.green])).toEqual([
      ["Safe", 1, 0, 1, 14],
      ["Potential", 3, 0, 6, 3],
      ["Independence, involvement & choice", 5, 0, 3, 7],
      ["Health & Wellbeing", 2, 0, 5, 5],
      ["Community", 5, 0, 4, 2],
      ["System Development", 3, 0, 3, 1],
      ["Ofsted", 5, 0, 0, 5],
    ]);
    expect(report.sentence).toBe("There are: 22 tasks marked amber, 37 tasks marked green, 0 tasks marked red, 24 tasks marked blue");
    expect(report.plans).toMatchObject([
      { sheet: "Plan", range: "A16:I111", title: "Children's Social Care and Early Help Service Development Plan", statusColumn: "I" },
    ]);
    expect(report.plans[0]!.columns!.map((c) => c.role)).toEqual(["section", "ref", "aim", "action", "measure", "due", "lead", "comments", "status"]);
    expect(terminal.lines).toContain(report.sentence);
  });

  it("reads each action's row, ref, status text and due date as the sheet shows them", async () => {
    const json = join(fixtureDirectory(), "r2.json");
    await refreshCommand(plan, { asAt: "2020-01-31", json }, capture());
    const report: Report = JSON.parse(readFileSync(json, "utf8"));
    expect(report.actions[0]).toMatchObject({
      sheet: "Plan",
      row: 17,
      section: "Safe",
      ref: "1",
      status: "green",
      statusText: "Green",
      due: "2019-10-31",
      lead: "RG",
      overdue: true,
      dueSoon: false,
    });
    // on-going and n/a due dates are no date, never overdue
    const ongoing = report.actions.filter((a) => a.due === null);
    expect(ongoing.every((a) => !a.overdue)).toBe(true);
    // a blue action is never overdue
    expect(report.actions.filter((a) => a.status === "blue" && a.overdue)).toEqual([]);
  });

  it("brag check lists the problems a service manager would want to hear about", async () => {
    const terminal = capture();
    const exitCode = await checkCommand(plan, { asAt: "2020-01-31" }, terminal);
    const output = terminal.lines.join("\n");

    expect(output).toMatch(/^Plan!G\d+ {2}warning {2}unknown-lead {2}Lead 'HK': 'HK' is not among the people named/m);
    expect(output).toMatch(/unknown-lead {2}Lead 'SaC': 'SaC' is not among/);
    expect(output).toContain("Due date 'Jan-19' is before the plan's period (Apr 2019 – Mar 2020); did you mean Jan-20?");
    expect(output).toContain("Due date 'Feb-19' is before the plan's period (Apr 2019 – Mar 2020); did you mean Feb-20?");
    expect(output).toMatch(/blue-without-comment {2}Marked Blue \(completed\) with no comment/);
    expect(output).toMatch(/missing-due/);
    // only warnings in this plan: check passes
    expect(exitCode).toBe(0);
  });
});
