import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { Report } from "../../src/engine";
import { checkCommand } from "../../src/cli/checkCommand";
import { refreshCommand } from "../../src/cli/refreshCommand";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";
import { captureTerminal } from "../support/terminal";

/** A plan whose manager writes "On plan" for green. */
async function plan(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"]);
  sheet.addRow(["Safe", 1, "Thresholds are clear", "Publish the guide", "Oct-19", "RG", "Published", "On plan"]);
  sheet.addRow(["Safe", 2, "Staff are trained", "Book the training", "Mar-20", "RG", "Booked", "Red"]);
  return writeFixture(workbook, name);
}

const reportOf = (json: string): Report => JSON.parse(readFileSync(json, "utf8"));

describe("brag --status-word: counting a plan's own word for a status from the command line", () => {
  it("tells a command-line user how to count an unknown word in its own terms", async () => {
    const terminal = captureTerminal();
    expect(await checkCommand(await plan("words-check.xlsx"), { asAt: "2020-01-31" }, terminal)).toBe(1);
    expect(terminal.lines[0]).toBe(
      `Plan!H2  error  unknown-status  Status 'On plan' is not a BRAG status. Use Blue, Red, Amber or Green, or say what the word means: Count it in the pane's Plan view, or give brag --status-word "On plan=green" (or blue, red, amber, not started).`,
    );
  });

  it("counts the word for this run, on top of the workbook's words, and saves it in the workbook written with --out", async () => {
    const input = await plan("words.xlsx");
    const out = join(fixtureDirectory(), "words-out.xlsx");
    const json = join(fixtureDirectory(), "words.json");
    expect(await refreshCommand(input, { asAt: "2020-01-31", statusWord: ["On plan=green"], out, json }, captureTerminal())).toBe(0);
    expect(reportOf(json).totals).toMatchObject({ green: 1, red: 1, unrated: 0 });

    // the next refresh of the written workbook counts it with no option given: it was saved there
    const again = join(fixtureDirectory(), "words-again.json");
    expect(await refreshCommand(out, { asAt: "2020-01-31", json: again }, captureTerminal())).toBe(0);
    expect(reportOf(again).totals).toMatchObject({ green: 1, red: 1, unrated: 0 });
    // and the input, which was only read, still does not
    const input2 = join(fixtureDirectory(), "words-input.json");
    expect(await refreshCommand(input, { asAt: "2020-01-31", json: input2 }, captureTerminal())).toBe(0);
    expect(reportOf(input2).totals).toMatchObject({ green: 0, unrated: 1 });
  });

  it("refuses a word with no status, or a status that is none, in one line", async () => {
    for (const option of ["On plan", "On plan=purple", "=green"]) {
      const terminal = captureTerminal();
      expect(await refreshCommand(await plan("words-bad.xlsx"), { asAt: "2020-01-31", statusWord: [option] }, terminal)).toBe(2);
      expect(terminal.errors).toEqual([
        `brag: --status-word must be a word and the status it means, such as "On plan=green"; the statuses are blue, red, amber, green and not started (got '${option}').`,
      ]);
    }
  });
});
