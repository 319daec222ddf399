import { existsSync, readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { ChangedAction, Report } from "../../src/engine";
import { refreshCommand } from "../../src/cli/refreshCommand";
import { reportCommand } from "../../src/cli/reportCommand";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { QUARTER_MOVES, editQuarter, movedInBrief } from "../support/fixtures/quarterEdits";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";
import { captureTerminal } from "../support/terminal";
import { documentText } from "../support/docx/documentText";

const brief = (changes: ChangedAction[]) => changes.map((c) => `${c.section} ${c.ref}: ${c.from ?? "-"} → ${c.to ?? "-"}`);
const quiet = () => captureTerminal();

/**
 * The manager keeps last quarter's workbook as a file of its own ("SIP Q2.xlsx": the plan refreshed as at 31
 * October 2019) and works in a copy that remembers no refresh: the quarter's edits made to the plan as it was.
 */
describe("brag refresh|report --since-file: compared with last quarter's copy, saved as a file", () => {
  let folder: string;
  let lastQuarter: string;
  let thisQuarter: string;
  let neverRefreshed: string;
  let january: Report;

  beforeAll(async () => {
    folder = fixtureDirectory();
    neverRefreshed = await writeFixture(buildPlan2019(), "since-file-plan.xlsx");
    lastQuarter = join(folder, "SIP Q2.xlsx");
    expect(await refreshCommand(neverRefreshed, { asAt: "2019-10-31", out: lastQuarter }, quiet())).toBe(0);
    const workbook = buildPlan2019();
    editQuarter(workbook as unknown as ExcelJS.Workbook);
    thisQuarter = await writeFixture(workbook, "SIP Q3.xlsx");
    const json = join(folder, "since-file.json");
    expect(await refreshCommand(thisQuarter, { asAt: "2020-01-31", sinceFile: lastQuarter, json }, quiet())).toBe(0);
    january = JSON.parse(readFileSync(json, "utf8"));
  });

  it("finds what moved action by action, as the workbook's own history would, dated by the copy's last refresh", () => {
    const changes = january.changes!;
    expect(changes.since).toBe("2019-10-31");
    expect(changes.copy).toBe("SIP Q2.xlsx");
    expect(movedInBrief(changes)).toEqual(QUARTER_MOVES);
    expect(changes.newlyOverdue).toHaveLength(25);
  });

  it("says on the command line which copy it compared with", async () => {
    const terminal = captureTerminal();
    expect(await refreshCommand(thisQuarter, { asAt: "2020-01-31", sinceFile: lastQuarter }, terminal)).toBe(0);
    expect(terminal.lines.join("\n")).toMatch(/^Since 31 October 2019 \(the saved copy 'SIP Q2\.xlsx'\): 2 completed, 1 newly red, /m);
  });

  it("drafts the committee report's achievements and movement from the copy", async () => {
    const docx = join(folder, "since-file.docx");
    expect(await reportCommand(thisQuarter, { asAt: "2020-01-31", sinceFile: lastQuarter, docx }, quiet())).toBe(0);
    const document = await documentText(readFileSync(docx));
    const text = document.paragraphs.join("\n");
    expect(text).toContain("Key achievements since 31 October 2019: 2 tasks completed.");
    expect(text).toContain("Since 31 October 2019, 1 task moved up a status, 1 task moved down a status, 1 task was added, 1 task was removed and 1 task had its due date moved later.");
    // the file's name is the manager's business, not the committee's
    expect(text).not.toContain("SIP Q2");
  });

  it("dates a copy that was never refreshed by --since, and asks for it when it is not given", async () => {
    const undated = captureTerminal();
    expect(await refreshCommand(thisQuarter, { asAt: "2020-01-31", sinceFile: neverRefreshed }, undated)).toBe(2);
    expect(undated.errors).toEqual([
      "brag: 'since-file-plan.xlsx' keeps no refresh by BRAG Tracker, so the date it reported as at is not known. Give the date it reported as at with --since, such as --since 31/10/2019.",
    ]);
    const json = join(folder, "since-file-dated.json");
    expect(await refreshCommand(thisQuarter, { asAt: "2020-01-31", sinceFile: neverRefreshed, since: "31/10/2019", json }, quiet())).toBe(0);
    const dated: Report = JSON.parse(readFileSync(json, "utf8"));
    expect(dated.changes).toMatchObject({ since: "2019-10-31", copy: "since-file-plan.xlsx" });
    expect(brief(dated.changes!.completed)).toEqual(["Safe 16: amber → blue", "Potential 3: green → blue"]);
  });

  it("refuses a copy no earlier than this report, one with no plan, and one that is the workbook itself or an output", async () => {
    const later = captureTerminal();
    expect(await refreshCommand(thisQuarter, { asAt: "2019-10-31", sinceFile: lastQuarter }, later)).toBe(2);
    expect(later.errors).toEqual(["brag: 'SIP Q2.xlsx' is as at 31 October 2019, not before this report's 31 October 2019: compare with an earlier quarter's copy."]);

    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Notes").getCell("A1").value = "nothing here";
    const emptyCopy = join(folder, "empty copy.xlsx");
    await empty.xlsx.writeFile(emptyCopy);
    const planless = captureTerminal();
    expect(await refreshCommand(thisQuarter, { asAt: "2020-01-31", sinceFile: emptyCopy, since: "2019-10-31" }, planless)).toBe(2);
    expect(planless.errors).toEqual(["brag: No plan was found in 'empty copy.xlsx', so there is nothing to compare with."]);

    const itself = captureTerminal();
    expect(await refreshCommand(thisQuarter, { asAt: "2020-01-31", sinceFile: thisQuarter }, itself)).toBe(2);
    expect(itself.errors).toEqual([`brag: --since-file '${thisQuarter}' is the workbook itself; name last quarter's copy of it.`]);

    const before = readFileSync(lastQuarter);
    const over = captureTerminal();
    expect(await refreshCommand(thisQuarter, { asAt: "2020-01-31", sinceFile: lastQuarter, out: lastQuarter }, over)).toBe(2);
    expect(over.errors).toEqual([`brag: --out would write over --since-file '${lastQuarter}', which is only read; name a new file. Nothing was written.`]);
    expect(readFileSync(lastQuarter).equals(before)).toBe(true);
    const docx = captureTerminal();
    expect(await reportCommand(thisQuarter, { asAt: "2020-01-31", sinceFile: join(folder, "missing.xlsx"), docx: join(folder, "none.docx") }, docx)).toBe(2);
    expect(docx.errors[0]).toMatch(/missing\.xlsx/);
    expect(existsSync(join(folder, "none.docx"))).toBe(false);
  });
});
