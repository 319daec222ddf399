import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { Report } from "../../src/engine";
import { refreshCommand } from "../../src/cli/refreshCommand";
import { Terminal } from "../../src/cli/runCommand";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { QUARTER_MOVES, editQuarter, movedInBrief } from "../support/fixtures/quarterEdits";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";

const quiet: Terminal = { out: () => undefined, err: () => undefined };

describe("progress since the last report, on the 2019-20 plan", () => {
  let october: Report;
  let january: Report;

  beforeAll(async () => {
    const plan = await writeFixture(buildPlan2019(), "progress-plan.xlsx");
    const afterOctober = join(fixtureDirectory(), "progress-october.xlsx");
    const edited = join(fixtureDirectory(), "progress-edited.xlsx");
    const afterJanuary = join(fixtureDirectory(), "progress-january.xlsx");
    const json = join(fixtureDirectory(), "progress.json");

    expect(await refreshCommand(plan, { asAt: "2019-10-31", out: afterOctober, json }, quiet)).toBe(0);
    october = JSON.parse(readFileSync(json, "utf8"));

    // the quarter's edits, as the service manager makes them in the refreshed workbook (see editQuarter)
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(afterOctober);
    editQuarter(workbook);
    await workbook.xlsx.writeFile(edited);

    expect(await refreshCommand(edited, { asAt: "2020-01-31", out: afterJanuary, json }, quiet)).toBe(0);
    january = JSON.parse(readFileSync(json, "utf8"));
    if (process.env.SHOW_PARAGRAPH) process.stdout.write(`${january.paragraph}\n`);
  });

  it("has nothing to compare with at the first refresh", () => {
    expect(october.changes).toBeNull();
    expect(october.history.map((point) => point.asAt)).toEqual(["2019-10-31"]);
  });

  it("keeps every Potential action in its section after the block was sorted", () => {
    expect(january.sections.find((s) => s.name === "Potential")).toMatchObject({ total: 12, blue: 3, red: 1, amber: 6, green: 2 });
  });

  it("finds exactly what moved since 31 October 2019", () => {
    const changes = january.changes!;
    expect(changes.since).toBe("2019-10-31");
    expect(movedInBrief(changes)).toEqual(QUARTER_MOVES);
  });

  it("lists as newly overdue the actions not done that fell due from 31 October 2019, and none that were late already", () => {
    const newly = january.changes!.newlyOverdue.map((c) => `${c.section} ${c.ref} (${c.dueTo})`);
    expect(newly.filter((line) => line.startsWith("Potential"))).toEqual([
      "Potential 11 (2019-12-31)",
      "Potential 7 (2019-10-31)",
      "Potential 13 (2019-12-31)",
      "Potential 1 (2019-10-31)",
    ]);
    expect(newly).toHaveLength(25);
    for (const change of january.changes!.newlyOverdue) expect(change.dueTo! >= "2019-10-31").toBe(true);
  });

  it("remembers both refreshes, with their counts, for the status-over-time chart", () => {
    expect(january.history.map((p) => [p.asAt, p.blue, p.red, p.amber, p.green])).toEqual([
      ["2019-10-31", 24, 0, 22, 37],
      ["2020-01-31", 25, 1, 21, 36],
    ]);
  });

  it("drafts the committee paragraph from the counts and changes", () => {
    expect(january.paragraph).toMatch(/^There are: 21 tasks marked amber, 36 tasks marked green, 1 task marked red, 25 tasks marked blue\.\n\n/);
    expect(january.paragraph).toContain("Key achievements since 31 October 2019: 2 tasks completed.");
    expect(january.paragraph).toContain("1 task is marked red (fully stuck); 1 became red since 31 October 2019:");
    expect(january.paragraph).toContain(
      "Key actions being undertaken in the next quarter:\nWork in the next quarter is to unblock the 1 task marked red and turn the 21 tasks marked amber to green. Key actions include the red ones, then the amber ones due by 30 June 2020, each with its latest comment:",
    );
  });
});
