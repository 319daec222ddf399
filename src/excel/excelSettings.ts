import { SETTINGS_NAME, SETTINGS_SHEET, Settings, WorkbookSnapshot, mergeSettings, parseAddress, planSettingsSave, readSavedSettings, withDefaults } from "../engine";
import { withEventsOff } from "./events";

/** The workbook's saved settings, defaults for whatever is not saved; one sync. */
export async function loadExcelSettings(context: Excel.RequestContext): Promise<Settings> {
  const settings = queueSettingsRead(context);
  await context.sync();
  return settings();
}

/** Queues the read of the saved settings in the request being made; the settings once it has run. */
export function queueSettingsRead(context: Excel.RequestContext): () => Settings {
  const name = context.workbook.names.getItemOrNullObject(SETTINGS_NAME);
  name.load("formula");
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  return () => settingsRead(name, sheet, used);
}

function settingsRead(name: Excel.NamedItem, sheet: Excel.Worksheet, used: Excel.Range): Settings {
  if (name.isNullObject || sheet.isNullObject || used.isNullObject) return withDefaults();
  const snapshot: WorkbookSnapshot = {
    sheets: [
      {
        name: SETTINGS_SHEET,
        visible: false,
        protected: false,
        rows: used.values.map((row) => row.map((value) => (value === "" ? undefined : { value: value as string | number | boolean }))),
        merges: [],
        hiddenRows: [],
      },
    ],
    names: [{ name: SETTINGS_NAME, refersTo: String(name.formula).replace(/^=/, "") }],
  };
  return withDefaults(readSavedSettings(snapshot));
}

/**
 * Saves the settings on the add-in's very hidden settings sheet, making it
 * the first time. Given the settings they were made from (`base`), they are
 * first merged with what the workbook holds now: a co-author may have saved
 * theirs since. Gives what was saved.
 */
export async function saveExcelSettings(context: Excel.RequestContext, mine: Settings, base?: Settings): Promise<Settings> {
  const settings = base ? mergeSettings(base, mine, await loadExcelSettings(context)) : mine;
  const plan = planSettingsSave(settings);
  const existing = context.workbook.worksheets.getItemOrNullObject(plan.sheet);
  existing.load("name");
  const name = context.workbook.names.getItemOrNullObject(plan.name.name);
  name.load("formula");
  await context.sync();
  // a name left as #REF! when the settings sheet was deleted points nowhere: it is made again
  const stale = !name.isNullObject && String(name.formula).replace(/^=/, "") !== plan.name.refersTo;

  await withEventsOff(context, async () => {
    let sheet: Excel.Worksheet;
    if (existing.isNullObject) {
      sheet = context.workbook.worksheets.add(plan.sheet);
      sheet.visibility = "VeryHidden";
    } else {
      sheet = existing;
      sheet.getRange("A:B").clear("Contents");
    }
    if (stale) name.delete();
    if (name.isNullObject || stale) context.workbook.names.add(plan.name.name, `=${plan.name.refersTo}`);

    const rows = Math.max(...plan.cells.map((cell) => parseAddress(cell.cell).row)) + 1;
    const formats: string[][] = Array.from({ length: rows }, () => ["@", "@"]);
    const values: Array<Array<string | number>> = Array.from({ length: rows }, () => ["", ""]);
    for (const cell of plan.cells) {
      const { row, column } = parseAddress(cell.cell);
      if ("number" in cell.value) (formats[row] as string[])[column] = "General";
      (values[row] as Array<string | number>)[column] = "text" in cell.value ? cell.value.text : cell.value.number;
    }
    const target = sheet.getRange(`A1:B${rows}`);
    target.numberFormat = formats;
    target.values = values;
  });
  return settings;
}
