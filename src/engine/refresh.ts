import { analyseWorkbook, ReportOptions, settingsFor } from "./buildReport";
import { planSettingsSave } from "./plan/savedSettings";
import { buildSummary } from "./plan/buildSummary";
import { quoteSheetName } from "./sheet/cellAddress";
import { EditPlan, FlagColumn, Refusal } from "./model/editPlan";
import { messages } from "./words/messages";
import { SUMMARY_NAME, findName, isLastingName, isOwnedName, ownedFlagRanges, ownedSheet, sheetOfReference } from "./sheet/ownership";
import { planFlagColumn } from "./plan/planFlagColumns";
import { planLooks } from "./plan/planLooks";
import { flagReference, flagsUnchanged, sameNames, summaryUnchanged } from "./plan/unchanged";
import { freeSheetName, sheetNameProblem } from "./sheet/sheetNames";
import { DEFAULT_SETTINGS } from "./model/settings";
import { historyName } from "./progress/history";
import { PlanAction } from "./read/readActions";
import { ActionEntry, NearestTable, Report, Rule } from "./model/report";
import { WorkbookSnapshot } from "./model/snapshot";

/** What a refresh found, and every edit that would bring the workbook up to date with it. */
export interface PlannedRefresh {
  report: Report;
  edits: EditPlan;
}

export interface RefreshOptions extends ReportOptions {
  /**
   * The writer cannot keep charts (ExcelJS drops every one it loads), so the
   * summary is written afresh, charts and all, whatever the snapshot shows.
   */
  chartsUnknown?: boolean;
  /** Save the settings of this run (the workbook's, with those given on top) in the workbook written. */
  saveSettings?: boolean;
}

/** The one-click job: the report, and every edit that brings the workbook up to date with it. */
export function refresh(snapshot: WorkbookSnapshot, options: RefreshOptions): PlannedRefresh {
  const { report, plans, settings, history } = analyseWorkbook(snapshot, options);
  const sheetNames = new Set(snapshot.sheets.map((sheet) => sheet.name));
  const ownedSummary = ownedSummarySheet(snapshot, sheetNames);

  const problem = sheetNameProblem(settings.summarySheetName);
  if (problem) {
    report.findings.unshift({ severity: "warning", rule: "summary-name-invalid", sheet: "", cell: "", message: messages.summaryNameInvalid(settings.summarySheetName, problem, DEFAULT_SETTINGS.summarySheetName) });
  }
  const wanted = problem ? DEFAULT_SETTINGS.summarySheetName : settings.summarySheetName;
  const summaryName = freeSheetName(wanted, sheetNames, ownedSummary);
  if (summaryName !== wanted) {
    report.findings.unshift({ severity: "info", rule: "summary-name-taken", sheet: wanted, cell: "", message: messages.summaryNameTaken(wanted, summaryName) });
  }

  const refusal = refusalFor(snapshot, plans.map((plan) => plan.layout.sheet), [ownedSummary, history && !history.create ? history.sheet : null], report.nearest);
  if (refusal) return refused(report, refusal.rule, { sheet: refusal.sheet, message: refusal.message, ...(refusal.pointTo ? { pointTo: refusal.pointTo } : {}) });

  const actions = plans.flatMap((plan) => plan.actions);
  const entries = new Map<PlanAction, ActionEntry>(actions.map((action, index) => [action, report.actions[index] as ActionEntry]));
  const taken = new Set<string>();
  const flags = plans.map((plan, index) => planFlagColumn(plan.layout, plan.actions, entries, index, taken)).filter((flag): flag is FlagColumn => flag !== null);
  const summary = buildSummary(report, summaryName, ownedSummary, snapshot.sheets.find(({ name }) => name === ownedSummary)?.charts ?? 0);
  const names = [{ name: SUMMARY_NAME, refersTo: `${quoteSheetName(summaryName)}!$A$1` }, ...flags.map((flag) => ({ name: flag.name, refersTo: flagReference(flag) }))];
  const ownedNames = snapshot.names.filter(({ name }) => isOwnedName(name) && !isLastingName(name));
  // a lasting name whose sheet is gone (the user deleted it; Excel keeps the name as #REF!) would refuse its own replacement
  const brokenNames = snapshot.names.filter(({ name }) => isLastingName(name) && ownedSheet(snapshot, name) === null).map(({ name }) => name);

  // what the workbook already shows is not written again: a refresh with nothing changed writes nothing
  const keptFlags = flags.filter((flag) => flagsUnchanged(snapshot, flag));
  const keptRanges = new Set(keptFlags.map((flag) => `${flag.sheet}\u0000${flag.range}`));
  const keepSummary = !options.chartsUnknown && summaryUnchanged(snapshot, summary);
  const keepNames = keepSummary && keptFlags.length === flags.length && sameNames(ownedNames, names);
  // a protected structure lets no sheet be added or deleted, and the summary is written as a sheet of its own
  if (snapshot.structureProtected && (!keepSummary || history?.create)) return refused(report, "protected-workbook", { sheet: "", message: messages.protectedWorkbook });
  return {
    report,
    edits: {
      refusal: null,
      looks: planLooks(actions, entries, snapshot.fills ?? {}, snapshot.fonts ?? {}),
      clear: ownedFlagRanges(snapshot)
        .filter(({ sheet, range }) => sheetNames.has(sheet) && !keptRanges.has(`${sheet}\u0000${range}`))
        .flatMap(({ sheet, runs }) => runs.map((range) => ({ sheet, range }))),
      flags: flags.filter((flag) => !keptFlags.includes(flag)),
      summary: keepSummary ? null : summary,
      history,
      removeNames: [...(keepNames ? [] : ownedNames.map(({ name }) => name)), ...brokenNames],
      names: [...(keepNames ? [] : names), ...(history?.create ? [historyName(history.sheet)] : [])],
      // the workbook's saved settings with this run's on top, not the words a legend lent for this read
      settings: options.saveSettings ? planSettingsSave(settingsFor(snapshot, options.settings)) : null,
    },
  };
}

/** Nothing is written, and the report says why first. */
function refused(report: Report, rule: Rule, refusal: Refusal): PlannedRefresh {
  // "no plan was found" is already a finding, saying where the nearest header was; a second would say less
  if (!report.findings.some((finding) => finding.rule === rule)) report.findings.unshift({ severity: "error", rule, sheet: refusal.sheet, cell: "", message: refusal.message });
  return { report, edits: { refusal, looks: [], clear: [], flags: [], summary: null, history: null, removeNames: [], names: [] } };
}

function ownedSummarySheet(snapshot: WorkbookSnapshot, sheetNames: Set<string>): string | null {
  const reference = findName(snapshot, SUMMARY_NAME);
  const sheet = reference ? sheetOfReference(reference.refersTo) : null;
  return sheet && sheetNames.has(sheet) ? sheet : null;
}

/** Nothing is written when there is no plan, or when a sheet the refresh would write to is protected. */
function refusalFor(snapshot: WorkbookSnapshot, planSheets: string[], ownedSheets: Array<string | null>, nearest?: NearestTable): (Refusal & { rule: Rule }) | null {
  if (planSheets.length === 0) {
    // where something near a plan was found, the refusal says where, so a door that shows only it still helps
    const message = nearest ? `${messages.nothingToRefresh} ${nearest.message}` : messages.nothingToRefresh;
    return { rule: "no-plan", sheet: "", message, ...(nearest ? { pointTo: nearest } : {}) };
  }
  const written = new Set([...planSheets, ...ownedSheets.filter((sheet): sheet is string => sheet !== null)]);
  const locked = snapshot.sheets.find((sheet) => sheet.protected && written.has(sheet.name));
  return locked ? { rule: "protected-sheet", sheet: locked.name, message: messages.protectedSheet(locked.name) } : null;
}
