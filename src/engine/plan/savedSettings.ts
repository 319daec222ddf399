import { cellAddress, quoteSheetName } from "../sheet/cellAddress";
import { WorkbookSnapshot } from "../model/snapshot";
import { SETTINGS_NAME, findName, sheetOfReference } from "../sheet/ownership";

export { SETTINGS_NAME };
import { SheetGrid } from "../sheet/sheetGrid";
import { ROLES } from "../model/roles";
import { Dismissal, OPTIONAL_SECTIONS, REPORT_DETAILS, ReportDetails, Settings, TableChoice } from "../model/settings";
import { SettingsEdit, WrittenCell } from "../model/editPlan";
import { STATUSES, StatusVocabulary } from "../model/status";

/**
 * Settings travel with the workbook on a very hidden sheet the add-in owns,
 * marked by a defined name, one setting a row: both adapters read it as
 * part of the snapshot, and Excel, LibreOffice and ExcelJS all keep it.
 */
export const SETTINGS_SHEET = "BRAG Tracker settings";
const HEADING = "BRAG Tracker settings: change them in the add-in's Settings, not here.";
const KEYS = ["dueSoonDays", "summarySheetName", "includeSheets", "vocabulary", "tables", "report", "aliases", "dismissed"] as const;

/** The settings saved in the workbook, as far as they can be read; anything unreadable is left at its default. */
export function readSavedSettings(snapshot: WorkbookSnapshot): Partial<Settings> {
  const reference = findName(snapshot, SETTINGS_NAME);
  const sheetName = reference && sheetOfReference(reference.refersTo);
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  if (!sheet) return {};
  const grid = new SheetGrid(sheet);
  const saved: Partial<Settings> = {};
  for (let row = 1; row < grid.rowCount; row++) {
    const key = grid.text(row, 0);
    const raw = grid.cell(row, 1)?.value;
    try {
      if (key === "dueSoonDays" && typeof raw === "number" && raw >= 0 && raw <= 366) saved.dueSoonDays = Math.round(raw);
      if (key === "summarySheetName" && typeof raw === "string" && raw.trim()) saved.summarySheetName = raw;
      if (key === "includeSheets" && typeof raw === "string") {
        const sheets: unknown = JSON.parse(raw);
        if (sheets === null || (Array.isArray(sheets) && sheets.every((s) => typeof s === "string"))) saved.includeSheets = sheets as string[] | null;
      }
      if (key === "tables" && typeof raw === "string") {
        const tables: unknown = JSON.parse(raw);
        if (Array.isArray(tables) && tables.every(isTableChoice)) saved.tables = tables;
      }
      if (key === "report" && typeof raw === "string") {
        const report: unknown = JSON.parse(raw);
        if (isReportDetails(report)) saved.report = report;
      }
      if (key === "aliases" && typeof raw === "string") {
        const aliases: unknown = JSON.parse(raw);
        if (isRecord(aliases) && Object.values(aliases).every((to) => typeof to === "string")) saved.aliases = aliases as Record<string, string>;
      }
      if (key === "dismissed" && typeof raw === "string") {
        const dismissed: unknown = JSON.parse(raw);
        if (Array.isArray(dismissed) && dismissed.every(isDismissal)) saved.dismissed = dismissed;
      }
      if (key === "vocabulary" && typeof raw === "string") {
        const vocabulary: unknown = JSON.parse(raw);
        if (isVocabulary(vocabulary)) saved.vocabulary = vocabulary;
      }
    } catch {
      // a hand-edited setting that is no longer JSON keeps its default
    }
  }
  return saved;
}

function isTableChoice(value: unknown): value is TableChoice {
  if (typeof value !== "object" || value === null) return false;
  const { sheet, header, columns } = value as Record<string, unknown>;
  return (
    (sheet === undefined || typeof sheet === "string") &&
    (header === undefined || typeof header === "string") &&
    typeof columns === "object" &&
    columns !== null &&
    Object.entries(columns).every(([role, letters]) => (ROLES as readonly string[]).includes(role) && (letters === null || typeof letters === "string"))
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function isDismissal(value: unknown): value is Dismissal {
  return isRecord(value) && ["rule", "sheet", "cell", "text"].every((key) => typeof value[key] === "string");
}

function isReportDetails(value: unknown): value is ReportDetails {
  return (
    isRecord(value) &&
    Object.entries(value).every(([key, saved]) =>
      key === "include"
        ? isRecord(saved) && Object.entries(saved).every(([section, on]) => (OPTIONAL_SECTIONS as readonly string[]).includes(section) && typeof on === "boolean")
        : (REPORT_DETAILS as readonly string[]).includes(key) && typeof saved === "string",
    )
  );
}

function isVocabulary(value: unknown): value is StatusVocabulary {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((status) => (STATUSES as readonly unknown[]).includes(status) || status === "notStarted")
  );
}

/** What saving settings writes: the sheet's cells and the name that marks it. */
export type SettingsPlan = SettingsEdit;

export function planSettingsSave(settings: Settings): SettingsPlan {
  const cells: WrittenCell[] = [{ cell: "A1", value: { text: HEADING } }];
  KEYS.forEach((key, index) => {
    const value = settings[key];
    cells.push({ cell: cellAddress(index + 1, 0), value: { text: key } });
    cells.push({
      cell: cellAddress(index + 1, 1),
      value: typeof value === "number" ? { number: value } : { text: typeof value === "string" ? value : JSON.stringify(value) },
    });
  });
  return { sheet: SETTINGS_SHEET, cells, name: { name: SETTINGS_NAME, refersTo: `${quoteSheetName(SETTINGS_SHEET)}!$A$1` } };
}
