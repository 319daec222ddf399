import { ReportDetails, SETTINGS_NAME, planSettingsSave, readSavedSettings, withDefaults } from "../../../src/engine";
import { sheet, workbook } from "../../support/snapshotBuilder";

type SettingsPlan = ReturnType<typeof planSettingsSave>;

/** The settings sheet's rows as the add-in writes them. */
function rowsOf(plan: SettingsPlan): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [];
  for (const { cell, value } of plan.cells) {
    const [, column, row] = /^([A-Z]+)(\d+)$/.exec(cell)!;
    (rows[Number(row) - 1] ??= [])[column === "A" ? 0 : 1] = "text" in value ? value.text : value.number;
  }
  return rows;
}

/** The report's details read back from a workbook holding these settings rows. */
function readBack(plan: SettingsPlan, rows: Array<Array<string | number>>): ReportDetails | undefined {
  const snapshot = workbook(sheet(plan.sheet, rows, { visible: false }));
  snapshot.names.push({ name: SETTINGS_NAME, refersTo: plan.name.refersTo });
  return readSavedSettings(snapshot).report;
}

describe("the committee report's details are saved with the workbook's settings", () => {
  it("keeps the author's definitions and the sections chosen", () => {
    const details: ReportDetails = { committee: "Safeguarding Sub Committee", definitions: "Red means escalated to the board.", include: { stuckAndLate: true, chart: false } };
    const plan = planSettingsSave(withDefaults({ report: details }));
    expect(readBack(plan, rowsOf(plan))).toEqual(details);
  });

  it("drops saved details it cannot read rather than reading them wrongly", () => {
    const plan = planSettingsSave(withDefaults({}));
    const rows = rowsOf(plan);
    rows.find((row) => row[0] === "report")![1] = JSON.stringify({ committee: "Board", include: { chart: "yes" } });
    expect(readBack(plan, rows)).toBeUndefined();
  });
});
