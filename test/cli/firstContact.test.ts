import { existsSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { refreshCommand } from "../../src/cli/refreshCommand";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";
import { captureTerminal } from "../support/terminal";

async function plan(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"]);
  sheet.addRow(["Safe", 1, "Thresholds are clear", "Publish the guide", "Oct-19", "RG", "Published", "Green"]);
  return writeFixture(workbook, name);
}

describe("first contact with the command line: each step says what happened and what to do", () => {
  it("a refresh with neither --out nor --in-place says in its last line that nothing was written, and how to write", async () => {
    const terminal = captureTerminal();
    expect(await refreshCommand(await plan("first.xlsx"), { asAt: "2020-01-31" }, terminal)).toBe(0);
    expect(terminal.lines.at(-1)).toBe("The refreshed workbook was not written: add --out <new file>.xlsx to write it, or --in-place to write it over 'first.xlsx'.");
    expect(terminal.errors).toEqual([]);
  });

  it.each(["plan.xls", "plan.csv", "plan"])("--out %s is refused before anything is written: the package under that name would not open", async (name) => {
    const terminal = captureTerminal();
    const out = join(fixtureDirectory(), name);
    expect(await refreshCommand(await plan("named.xlsx"), { asAt: "2020-01-31", out }, terminal)).toBe(2);
    expect(terminal.errors).toEqual([`brag: --out must name an Excel workbook, .xlsx (or .xlsm to keep macros); got '${out}'. Nothing was written.`]);
    expect(existsSync(out)).toBe(false);
  });

  it.each(["31/01/2020", "31 Jan 2020", "31 January 2020", "2020-01-31"])("--as-at %s is the date the pane takes, and the report says it one way", async (asAt) => {
    const terminal = captureTerminal();
    expect(await refreshCommand(await plan("dated.xlsx"), { asAt }, terminal)).toBe(0);
    expect(terminal.lines.join("\n").split("\n")[1]).toBe("As at 31 January 2020");
  });

  it("--since takes the same dates, and a date that is none is one line, exit 2", async () => {
    const terminal = captureTerminal();
    expect(await refreshCommand(await plan("since.xlsx"), { asAt: "31/01/2020", since: "31 Oct 2019" }, terminal)).toBe(0);
    const wrong = captureTerminal();
    expect(await refreshCommand(await plan("since.xlsx"), { asAt: "2020-01-31", since: "October" }, wrong)).toBe(2);
    expect(wrong.errors).toEqual(["brag: --since must be a date, such as 31/01/2020, 31 Jan 2020 or 2020-01-31 (got 'October')."]);
  });
});
