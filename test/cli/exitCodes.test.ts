import { spawnSync } from "child_process";
import { join } from "path";
import ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import { checkCommand } from "../../src/cli/checkCommand";
import { refreshCommand } from "../../src/cli/refreshCommand";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";
import { captureTerminal } from "../support/terminal";

const capture = captureTerminal;

async function planWith(status: string, name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"]);
  sheet.addRow(["Safe", 1, "Thresholds are clear", "Publish the guide", "Oct-19", "RG", "Published", status]);
  return writeFixture(workbook, name);
}

describe("brag check exit codes", () => {
  it("exits 0 when there are no error-level findings", async () => {
    expect(await checkCommand(await planWith("Green", "ok.xlsx"), { asAt: "2020-01-31" }, capture())).toBe(0);
  });

  it("exits 1 when there is an error-level finding, and prints it as sheet!cell  severity  rule  message", async () => {
    const terminal = capture();
    expect(await checkCommand(await planWith("Purple", "bad-status.xlsx"), { asAt: "2020-01-31" }, terminal)).toBe(1);
    expect(terminal.lines[0]).toMatch(/^Plan!H2 {2}error {2}unknown-status {2}Status 'Purple' is not a BRAG status\./);
  });

  it("exits 1 when the workbook holds no plan", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").getCell("A1").value = "Shopping list";
    const terminal = capture();
    expect(await checkCommand(await writeFixture(workbook, "no-plan.xlsx"), {}, terminal)).toBe(1);
    expect(terminal.lines[0]).toMatch(/^\(workbook\) {2}error {2}no-plan {2}No plan table found on Notes\./);
  });

  it("exits 2 with one line on unusable input: not an .xlsx", async () => {
    const path = join(fixtureDirectory(), "plan.csv");
    writeFileSync(path, "Section,Ref\n");
    const terminal = capture();
    expect(await checkCommand(path, {}, terminal)).toBe(2);
    expect(terminal.errors).toEqual(["brag: 'plan.csv' is not an Excel workbook (.xlsx). Open it in Excel and save it as .xlsx."]);
  });

  it("exits 2 on an --as-at that is not a date", async () => {
    const terminal = capture();
    expect(await refreshCommand(await planWith("Green", "ok2.xlsx"), { asAt: "31/13/2020" }, terminal)).toBe(2);
    expect(terminal.errors).toEqual(["brag: --as-at must be a date, such as 31/01/2020, 31 Jan 2020 or 2020-01-31 (got '31/13/2020')."]);
  });

  it("refuses to write over its input unless --in-place is given", async () => {
    const input = await planWith("Green", "own.xlsx");
    const terminal = capture();
    expect(await refreshCommand(input, { out: input }, terminal)).toBe(2);
    expect(terminal.errors[0]).toMatch(/never overwrites its input unless you add --in-place/);
  });

  it("writes over its input with --in-place", async () => {
    const input = await planWith("Green", "in-place.xlsx");
    const terminal = capture();
    expect(await refreshCommand(input, { inPlace: true, asAt: "2020-01-31" }, terminal)).toBe(0);
    expect(terminal.lines).toContain(`Refreshed workbook written to ${input}`);
  });
});

describe("the brag program", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [require.resolve("tsx/cli"), join(__dirname, "../../src/cli/brag.ts"), ...args], { encoding: "utf8" });

  it("sets the process exit code and prints no stack trace on a missing file", () => {
    const result = run("check", join(fixtureDirectory(), "nowhere.xlsx"));
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe("brag: Cannot open 'nowhere.xlsx': there is no such file.");
  });

  it("runs as the installed bin, built by npm install's prepare step", () => {
    const result = spawnSync(process.execPath, [join(__dirname, "../../bin/brag.js"), "--help"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/refresh \[options\] <file>/);
  });

  it("exits 2 on an unknown command", () => {
    const result = run("frobnicate");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
