import { Report, buildReport, parseAddress, planSettingsSave, readSavedSettings, withDefaults } from "../../../src/engine";
import { TableChoice } from "../../../src/engine/model/settings";
import { CellInput, sheet, workbook } from "../../support/snapshotBuilder";

const AS_AT = "2020-01-31";
const counts = (r: Report) => r.sections.map((s) => [s.name, s.blue, s.red, s.amber, s.green, s.total]);

/** A tracker no guess finds: its header names the actions but no status, and its status words are a legend's codes. */
function tracker(): CellInput[][] {
  const rows: CellInput[][] = [];
  for (let i = 0; i < 22; i++) rows.push([]);
  rows.push([null, "Website relaunch"], []);
  rows.push([null, "Task Name", "Due Date", "Owner", "State", "Team"]);
  rows.push([null, "Draft the brief", "31/10/2019", "RG", "Green", "Comms"]);
  rows.push([null, "Choose a supplier", "30/11/2019", "HS", "Red", "Digital"]);
  rows.push([null, "Launch", "31/03/2020", "HS", "Wobbly", "Digital"]);
  return rows;
}

const reportWith = (tables: TableChoice[], rows = tracker()): Report => buildReport(workbook(sheet("Sheet 1", rows)), { asAt: AS_AT, settings: { tables } });

describe("pointing to the plan when the guess is wrong or nothing is found", () => {
  it("reads the table whose header row holds the cell pointed to, its status column by its values", () => {
    const r = reportWith([{ sheet: "Sheet 1", header: "C25", columns: {} }]);
    expect(r.plans).toMatchObject([{ sheet: "Sheet 1", range: "B25:F28", title: "Sheet 1", statusColumn: "E" }]);
    expect(counts(r)).toEqual([["Comms", 0, 0, 0, 1, 1], ["Digital", 0, 1, 0, 0, 2]]);
  });

  it("sets aside a row that names no actions and no status (the title above the table), saying so, and reads the sheet as if it had not been chosen", () => {
    const r = reportWith([{ sheet: "Sheet 1", header: "B23", columns: {} }]);
    expect(r.findings.filter((f) => f.rule === "pointed-not-header")).toEqual([
      {
        severity: "warning",
        rule: "pointed-not-header",
        sheet: "Sheet 1",
        cell: "B23",
        message: "'Sheet 1'!B23 was chosen as the plan's header, but its row names no actions and no status (a title or a note, perhaps), so it was not read as a plan. Choose a cell in the row that names the plan's columns.",
        text: "Website relaunch",
      },
    ]);
    // never a one-column plan whose only finding is to add a Status column
    expect(r.findings.map((f) => f.rule)).not.toContain("no-status-column");
    expect(r.plans).toMatchObject([{ sheet: "Sheet 1", range: "B25:F28" }]);
  });

  it("with nothing else to read, says first that the row chosen is no header, then where the nearest one is", () => {
    const rows = tracker().map((row) => row.map((cell) => (cell === "State" ? "Notes" : cell)));
    const r = reportWith([{ sheet: "Sheet 1", header: "B23", columns: {} }], rows.map((row) => row.map((cell) => (["Green", "Red", "Wobbly"].includes(cell as string) ? "see notes" : cell))));
    expect(r.plans).toEqual([]);
    const noPlan = r.findings.find((f) => f.rule === "no-plan")!.message;
    expect(noPlan).toMatch(/^'Sheet 1'!B23 was chosen as the plan's header, but its row names no actions and no status .* Choose a cell in the row that names the plan's columns\. No plan table found on Sheet 1\. Sheet 'Sheet 1' row 25 has Task Name/);
    expect(r.nearest).toMatchObject({ sheet: "Sheet 1", cell: "B25" });
  });

  it("takes the columns the user gave over the ones guessed", () => {
    const r = reportWith([{ sheet: "sheet 1", header: "B25", columns: { section: null, comments: "F" } }]);
    expect(counts(r)).toEqual([["Website relaunch", 0, 1, 0, 1, 3]]);
  });

  it("takes a role away from a column when told it has none", () => {
    const r = reportWith([{ sheet: "Sheet 1", header: "B25", columns: { status: null } }]);
    expect(r.plans[0]?.statusColumn).toBeUndefined();
    expect(r.findings.map((f) => f.rule)).toContain("no-status-column");
  });

  it("corrects the columns of a plan that was found", () => {
    const rows: CellInput[][] = [["Ref", "Action", "Lead", "RAG", "Area"], [1, "Audit", "RG", "Green", "Safe"], [2, "Review", "HS", "Red", "Heard"]];
    expect(counts(reportWith([], rows))).toEqual([["Sheet 1", 0, 1, 0, 1, 2]]);
    expect(counts(reportWith([{ columns: { section: "E" } }], rows))).toEqual([["Safe", 0, 0, 0, 1, 1], ["Heard", 0, 1, 0, 0, 1]]);
  });

  it("reads a header pointed to without its sheet on the first sheet", () => {
    expect(reportWith([{ header: "B25", columns: { status: "E" } }]).totals.total).toBe(3);
  });

  it("finds nothing guessed on a sheet once the user has pointed to its table", () => {
    const rows: CellInput[][] = [["Ref", "Action", "Lead", "RAG"], [1, "Audit", "RG", "Green"], [], [], [], ["Task Name", "Owner", "Health"], ["Move", "RG", "Red"]];
    const r = reportWith([{ sheet: "Sheet 1", header: "A6", columns: {} }], rows);
    expect(r.plans.map((p) => p.range)).toEqual(["A6:C7"]);
    expect(r.totals).toMatchObject({ red: 1, total: 1 });
  });

  it("saves the choice in the workbook's settings, so every door reads the same plan", () => {
    const tables: TableChoice[] = [{ sheet: "Sheet 1", header: "B25", columns: { status: "E", lead: null } }];
    const saved = planSettingsSave(withDefaults({ tables }));
    const settingsSheet = sheet(saved.sheet, [], { visible: false });
    for (const { cell, value } of saved.cells) {
      const { row, column } = parseAddress(cell);
      (settingsSheet.rows[row] ??= [])[column] = { value: "text" in value ? value.text : value.number };
    }
    expect(readSavedSettings({ sheets: [settingsSheet], names: [saved.name] }).tables).toEqual(tables);
  });
});
