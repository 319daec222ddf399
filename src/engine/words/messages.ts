import { FLAG_WORDS } from "../model/flagWords";
import { NearestHeader } from "../model/nearestHeader";
import { REPORT_GAP_DAYS } from "../model/settings";
import { STATUS_NAMES, StatusVocabulary } from "../model/status";
import { quoteSheetName } from "../sheet/cellAddress";

const FLAGS_HEADER = FLAG_WORDS.header;

const LACKS: Record<NearestHeader["lacks"], string> = {
  action: "no aim or action column",
  status: "no status column, and no column of Blue, Red, Amber or Green beneath it",
  columns: "too few of a plan's columns",
};

const POINT_AT: Record<Exclude<NearestHeader["lacks"], "columns">, string> = {
  action: "holds its actions",
  status: "holds its statuses",
};

/** Every sentence the engine says to a service manager, kept together so they read as one voice. */
export const messages = {
  noPlan: (sheets: string[], nearest: NearestHeader | null) =>
    sheets.length === 0
      ? "The workbook has no visible sheets to read, so no plan was found."
      : nearest
        ? `No plan table found on ${listOf(sheets)}. ${messages.nearestTable(nearest)}`
        : `No plan table found on ${listOf(sheets)}. A plan starts at a header row naming its actions (Action, Aim or Task Name) and at least two of: Section, Ref, Measure, Due, Lead, Comments, Status.`,
  /** Where the most plan-like table is and what it lacks, in no door's words: each says how to point to it. */
  nearestTable: (nearest: NearestHeader) =>
    `Sheet '${nearest.sheet}' row ${nearest.row + 1} has ${listOf(nearest.labels)} but ${LACKS[nearest.lacks]}. If that is the plan, point to it${nearest.lacks === "columns" ? "" : ` and say which column ${POINT_AT[nearest.lacks]}`}.`,
  /** The command line's way to point: the options to type. */
  pointWithCommand: (table: { sheet: string; cell: string; lacks: NearestHeader["lacks"] }) =>
    `To point to it: brag refresh --table "${quoteSheetName(table.sheet)}!${table.cell}"${table.lacks === "columns" ? "" : ` --column ${table.lacks}=<column letter>`}`,
  pointedNotHeader: (sheet: string, cell: string) =>
    `${quoteSheetName(sheet)}!${cell} was chosen as the plan's header, but its row names no actions and no status (a title or a note, perhaps), so it was not read as a plan. Choose a cell in the row that names the plan's columns.`,
  /** The ribbon's way: the pane has the button. */
  pointInPane: "To point to it, choose Show panel, then Choose the plan.",
  noStatusColumn: () =>
    "This plan has no Status column, and no column whose values are mostly Blue, Red, Amber or Green; add a Status column so actions can be counted.",
  legendRead: (range: string, codes: StatusVocabulary) =>
    `${range} is read as a legend of status codes: ${listOf(Object.entries(codes).map(([code, status]) => `'${code}' is ${STATUS_NAMES[status]}`))}.`,
  repeatedTable: (where: string, of: string) =>
    `The table at ${where} lists the same actions as the plan at ${of}, so it was not counted again. Choose the plan to count it instead.`,
  logBesideRatedPlan: (where: string) =>
    `The table at ${where} tracks items as open, in progress or closed beside a plan rated in BRAG colours, so it was not counted. Choose the plan to count it as well.`,
  hiddenPlanSheet: (sheet: string) => `Sheet '${sheet}' is hidden and holds a plan table; it was not read. Unhide it to include it.`,
  missingStatus: (ref: string) => `Action ${ref} has no status. Enter Blue, Red, Amber or Green.`,
  unknownStatus: (text: string) =>
    `Status '${text}' is not a BRAG status. Use Blue, Red, Amber or Green, or say what the word means: Count it in the pane's Plan view, or give brag --status-word "${text}=green" (or blue, red, amber, not started).`,
  ambiguousStatus: (text: string) => `Status '${text}' names more than one BRAG status. Choose one of Blue, Red, Amber or Green.`,
  statusError: (error: string) => `The status cell shows the error ${error}, so the action cannot be counted. Fix the formula or type the status.`,
  statusByColour: (status: string) =>
    `Status shown by colour only (read as ${capitalise(status)}). Type '${capitalise(status)}' in the cell so the status does not rely on colour.`,
  missingLead: () => "No lead named for this action. Add the initials of the person responsible.",
  unknownLead: (lead: string, unknown: string[], known: string[]) =>
    `Lead '${lead}': ${listOf(unknown.map((i) => `'${i}'`))} ${unknown.length === 1 ? "is" : "are"} not among the people named in the plan's header (${known.join(", ")}). Check the initials or add the person to the header.`,
  missingDue: () => "No due date. Enter a month (e.g. Oct-19) or a date, or 'on-going' if it has none.",
  monthFirstDue: (shown: string, read: string) =>
    `Due date '${shown}' reads only month first, as ${read}. Write dates day first (as 31/10/2019) so none is read the wrong way round.`,
  unreadableDue: (shown: string) => `Due date '${shown}' cannot be read as a date. Use a month such as Oct-19 or a date such as 31/10/2019.`,
  dueOutsidePeriod: (shown: string, side: "before" | "after", period: string, suggestion: string | null) =>
    `Due date '${shown}' is ${side} the plan's period (${period})${suggestion ? `; did you mean ${suggestion}?` : "."}`,
  duplicateRef: (ref: string, section: string, firstCell: string) =>
    `Ref ${ref} is used twice in section '${section}' (first at ${firstCell}). Give each action its own ref.`,
  blueWithoutComment: () => "Marked Blue (completed) with no comment. Add a comment saying what shows it is done.",
  redWithoutComment: () => "Marked Red (stuck) with no comment. Add a comment saying what is blocking it and what help is needed.",
  cellError: (error: string) => `This cell shows the error ${error}; its value was not used.`,
  flagsHeader: FLAGS_HEADER,
  overdueFlag: FLAG_WORDS.overdue,
  dueSoonFlag: FLAG_WORDS.dueSoon,
  protectedSheet: (sheet: string) =>
    `Sheet '${sheet}' is protected, so BRAG Tracker changed nothing. Unprotect it (Review > Unprotect Sheet) and refresh again.`,
  nothingToRefresh: "No plan was found, so BRAG Tracker changed nothing.",
  nothingToReport: "No plan was found, so no committee report was written.",
  nothingToDraft: "No plan was found, so there is no committee report to draft yet: choose the plan first.",
  ribbonOutOfTimeReading:
    "The plan is too large to refresh from the ribbon in the five minutes Excel gives it, so nothing was changed. Choose Show panel and Refresh there, where there is no time limit.",
  ribbonOutOfTimeWriting:
    "Excel gives the ribbon five minutes, and this refresh ran out of them part-way through writing. None of your cells was changed, but the colours and summary may be part-done: choose Refresh again, or Show panel and Refresh there, to finish.",
  ribbonNoAnswer:
    "Excel did not answer for four minutes, so the refresh stopped. If the plan shows part of it, choose Refresh again to finish; if Excel still does not answer, save the workbook and reopen it.",
  readOnlyWorkbook:
    "This workbook is open read-only, so BRAG Tracker changed nothing: the counts are the plan's as it stands. Open it for editing (in Excel on the web, choose Editing instead of Viewing) and refresh again to colour the plan and write the summary.",
  protectedWorkbook:
    "The workbook's structure is protected, so BRAG Tracker cannot add its summary sheet and changed nothing. Turn off Review > Protect Workbook and refresh again.",
  refreshed: (asAt: string, totals: { blue: number; red: number; amber: number; green: number; notStarted: number; overdue: number }, findings: number) =>
    `Refreshed as at ${asAt}: ${totals.blue} blue, ${totals.red} red, ${totals.amber} amber, ${totals.green} green${totals.notStarted > 0 ? `, ${totals.notStarted} not started` : ""}; ${totals.overdue} overdue; ${findings} ${findings === 1 ? "finding" : "findings"} (see the summary sheet).`,
  /** Only what a manager acts on, to keep the notification short: the full list is on the summary sheet. */
  refreshedSince: (since: string, completed: number, newlyRed: number, newlyOverdue: number) =>
    ` Since ${since}: ${completed} completed, ${newlyRed} newly red, ${newlyOverdue} newly overdue.`,
  refreshFailed: (reason: string) => `Refresh could not finish: ${reason} Run Refresh again; if it keeps failing, save the workbook and reopen it.`,
  noEarlierRefresh: (since: string, earliest: string | null) =>
    `No refresh on or before ${since} is kept in this workbook, so no changes are shown${earliest ? `; the earliest kept is ${earliest}` : ""}.`,
  summaryNameInvalid: (wanted: string, problem: string, used: string) =>
    `The summary sheet name '${wanted}' in the settings cannot be used (${problem}), so the summary was written to '${used}'. Choose another name in Settings.`,
  summaryNameRefused: (problem: string) => `Excel cannot use this name for a sheet: ${problem}.`,
  summaryNameTaken: (wanted: string, used: string) =>
    `A sheet named '${wanted}' already exists and is not BRAG Tracker's, so it was left alone and the summary was written to '${used}'.`,
  mergesUnread: (sheet: string) =>
    `Sheet '${sheet}' has more merged cells than Excel will list at once, so they were not read; headings in merged cells there may be missed. Unmerge cells you do not need merged, or run BRAG Tracker on the file.`,
  moreOverdue: (count: number) =>
    `And ${count} more overdue, not listed here: filter the plan's column "${FLAGS_HEADER}" for Overdue to see them all.`,
  moreKeyActions: (count: number) => `And ${count} more red and amber, not listed here: filter the plan's status column for Red and Amber to see them all.`,
  moreFindings: (count: number) => `And ${count} more, not listed here: the pane's Checks, or brag check, list every one.`,
  moreChanges: (count: number) => `And ${count} more, not listed here: the pane's Changes, or the report's JSON, list every one.`,
  summaryForManager: "For the manager (not printed): the paragraph to paste, the overdue actions and the checks",
  noFindings: "No findings: every action has a status, a lead and a due date.",
  defaultComparison: `The last report at least ${REPORT_GAP_DAYS} days before`,
  sinceOption: `show changes since the workbook's last refresh on or before this date (default: the last at least ${REPORT_GAP_DAYS} days before --as-at)`,
  noEarlierQuarter: `No earlier refresh at least ${REPORT_GAP_DAYS} days before this one is kept in this workbook. Changes show from the next quarter's refresh.`,
  noEarlierQuarterLine: `Since: no earlier refresh at least ${REPORT_GAP_DAYS} days before is kept in this workbook.`,

  // the file door
  noSuchFile: (name: string) => `Cannot open '${name}': there is no such file.`,
  folderNotWorkbook: (name: string) => `Cannot open '${name}': it is a folder, not a workbook.`,
  permissionDenied: (name: string) => `Cannot open '${name}': permission denied.`,
  cannotOpen: (name: string, reason: string) => `Cannot open '${name}': ${reason}`,
  copyUndated: (name: string) => `'${name}' keeps no refresh by BRAG Tracker, so the date it reported as at is not known.`,
  copyNotEarlier: (name: string, copyDate: string, asAt: string) => `'${name}' is as at ${copyDate}, not before this report's ${asAt}: compare with an earlier quarter's copy.`,
  copyWithoutPlan: (name: string) => `No plan was found in '${name}', so there is nothing to compare with.`,
  refreshNotWritten: (name: string) => `The refreshed workbook was not written: add --out <new file>.xlsx to write it, or --in-place to write it over '${name}'.`,
  outNotWorkbook: (out: string) => `--out must name an Excel workbook, .xlsx (or .xlsm to keep macros); got '${out}'. Nothing was written.`,
  lockFile: (name: string) => `'${name}' is the lock file Excel keeps while '${name.slice(2)}' is open, not a workbook; give '${name.slice(2)}' itself.`,
  oldWorkbook: (name: string) => `'${name}' is an old-style Excel 97-2003 workbook (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx).`,
  passwordWorkbook: (name: string) =>
    `'${name}' is protected with a password to open. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and save it, then run brag on it.`,
  notAFile: (name: string) => `'${name}' is not a file (it is a device or a pipe); give the path of a workbook (.xlsx).`,
  tooLarge: (name: string, what: string, limit: string | null) =>
    `'${name}' is larger than BRAG Tracker reads: ${what}${limit === null ? "" : `, past the limit of ${limit}`}. Nothing was written.`,
  notAWorkbook: (name: string) => `'${name}' is not an Excel workbook (.xlsx). Open it in Excel and save it as .xlsx.`,
  damagedWorkbook: (name: string, reason: string) => `'${name}' looks like an .xlsx but cannot be read (${reason}). It may be damaged or incomplete.`,
  partsNotKept: (name: string, lost: string[], macros: boolean) =>
    `'${name}' holds ${listOf(lost)}, which BRAG Tracker's file writer cannot keep, so nothing was written.${macros ? " To keep its macros, write the refreshed workbook to a .xlsm file." : ""} Refresh it inside Excel instead.`,
  packageNotWritable: (name: string, reason: string) =>
    `'${name}' can be read but not refreshed here without changing more of it than BRAG Tracker should: ${reason}. Nothing was written. Open it in Excel, save it as an Excel Workbook (.xlsx) and refresh that, or refresh it inside Excel.`,
  /** Added by the command line, which has the option, to a refusal that --force would overcome. */
  forceHint: "Or run again with --force to write a copy without them.",

  // the task pane
  refreshedElsewhere: "This workbook was refreshed from the ribbon since this pane's refresh, so what the pane shows is out of date. Choose Refresh to see the latest.",
  copied: (what: string) => `Copied the ${what} to the clipboard`,
  copySelected: (what: string) => `This Excel does not let the add-in copy: the ${what} is selected, press Ctrl+C to copy it`,
  paneRefreshFailed: (reason: string) => `Refresh could not finish: ${reason}. Try again; nothing you typed is changed.`,
  settingsUnreadable: (reason: string) => `The settings could not be read: ${reason}`,
  settingsUnsaved: (reason: string) => `The settings could not be saved: ${reason}`,
  cannotGoTo: (where: string, reason: string) => `Could not go to ${where}: ${reason}`,
  sampleUnavailable: (status: number) => `the sample workbook could not be loaded (${status})`,
};

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "a, b and c": lists in messages read as a sentence does. */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "1 task", "20 tasks", as the committee reports count. */
export function tasks(count: number): string {
  return `${count} ${count === 1 ? "task" : "tasks"}`;
}
