import ExcelJS from "exceljs";
import { checkCommand } from "../../src/cli/checkCommand";
import { refreshCommand } from "../../src/cli/refreshCommand";
import { join } from "path";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";
import { captureTerminal } from "../support/terminal";

const capture = captureTerminal;

/** A tracker whose header at B25 names no status: its statuses are under "Flag". */
async function tracker(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet 1");
  sheet.getRow(25).values = [null, null, "Task Name", "Due Date", "Owner", "Flag"];
  sheet.getRow(26).values = [null, null, "Draft the brief", "31/10/2019", "RG", "G"];
  sheet.getRow(27).values = [null, null, "Choose a supplier", "30/11/2019", "HS", "X"];
  return writeFixture(workbook, "pointed-tracker.xlsx");
}

describe("brag refresh --table and --column", () => {
  it("says where the nearest header is and how to point to it when no plan is found", async () => {
    const terminal = capture();
    expect(await checkCommand(await tracker(), { asAt: "2020-01-31" }, terminal)).toBe(1);
    expect(terminal.lines[0]).toContain("Sheet 'Sheet 1' row 25 has");
    expect(terminal.lines[1]).toBe(`To point to it: brag refresh --table "'Sheet 1'!C25" --column status=<column letter>`);
    expect(terminal.lines[2]).toBe("1 finding (1 error, 0 warnings).");
  });

  it("brag refresh, refusing, says the same and how to point, on stderr", async () => {
    const terminal = capture();
    expect(await refreshCommand(await tracker(), { asAt: "2020-01-31", out: join(fixtureDirectory(), "unpointed-out.xlsx") }, terminal)).toBe(2);
    expect(terminal.errors[0]).toMatch(/^brag: No plan was found, so BRAG Tracker changed nothing\. Sheet 'Sheet 1' row 25 has .* but no status column/);
    expect(terminal.errors[1]).toBe(`brag: To point to it: brag refresh --table "'Sheet 1'!C25" --column status=<column letter>`);
  });

  it("counts the table pointed to, with the column given", async () => {
    const terminal = capture();
    const code = await refreshCommand(await tracker(), { asAt: "2020-01-31", table: "'Sheet 1'!C25", column: ["status=F"] }, terminal);
    expect(code).toBe(0);
    expect(terminal.lines.join("\n")).toMatch(/Sheet 1\s.*\b2\b/);
    const check = capture();
    expect(await checkCommand(await tracker(), { asAt: "2020-01-31", table: "'Sheet 1'!C25", column: ["status=F"] }, check)).toBe(1);
    expect(check.lines.join("\n")).toContain("Sheet 1!F27  error  unknown-status  Status 'X' is not a BRAG status");
  });

  it("refuses a --column that is no role and letter, in one line", async () => {
    const terminal = capture();
    expect(await refreshCommand(await tracker(), { table: "'Sheet 1'!C25", column: ["state=F"] }, terminal)).toBe(2);
    expect(terminal.errors).toEqual([
      "brag: --column must be a role and a column letter, such as status=I or section=none; the roles are section, ref, aim, action, measure, due, lead, comments, status (got 'state=F').",
    ]);
  });

  it("refuses a --table that is no cell", async () => {
    const terminal = capture();
    expect(await refreshCommand(await tracker(), { table: "row 25" }, terminal)).toBe(2);
    expect(terminal.errors[0]).toMatch(/^brag: --table must be a cell of the plan's header row/);
  });
});
