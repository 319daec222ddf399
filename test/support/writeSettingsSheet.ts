import ExcelJS from "exceljs";
import { Settings, planSettingsSave } from "../../src/engine";

/** Saves the settings in a workbook file on the add-in's very hidden settings sheet, as the add-in does inside Excel. */
export function writeSettingsSheet(workbook: ExcelJS.Workbook, settings: Settings): void {
  const plan = planSettingsSave(settings);
  const old = workbook.getWorksheet(plan.sheet);
  if (old) workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(plan.sheet, { state: "veryHidden" });
  for (const cell of plan.cells) sheet.getCell(cell.cell).value = "text" in cell.value ? cell.value.text : cell.value.number;
  const names = workbook.definedNames as unknown as { add(location: string, name: string): void };
  names.add(plan.name.refersTo, plan.name.name);
}
