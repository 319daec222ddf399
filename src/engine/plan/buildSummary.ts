import { cellAddress } from "../sheet/cellAddress";
import { SummaryChart, SummaryPlan, CellLook } from "../model/editPlan";
import { LINE_HEIGHT, SummaryWriter } from "./summaryWriter";
import { dueLike, longDate, shortDate } from "../sheet/excelDate";
import { capitalise, messages } from "../words/messages";
import { HEADING_LOOK, STATUS_LOOK } from "./palette";
import { COUNT_COLUMNS } from "../judge/countBySection";
import { CHANGE_KINDS } from "../progress/changesSince";
import { keyActionsForNextQuarter, nextQuarterEnd } from "../words/committeeParagraph";
import { nothingMoved, sinceHeading } from "../words/sinceWords";
import { ActionEntry, ChangedAction, Report } from "../model/report";
import { STATUSES, STATUS_NAMES, isRated } from "../model/status";

const BOLD: CellLook = { bold: true };
const TITLE: CellLook = { font: "1F3864", bold: true };
// a chart's height in rows: the count table, its chart and the committee sentence fit on the first A4 landscape page
const CHART_ROWS = 12;
// each count column as wide as its heading ("Not started", "Due soon"), so a figure sits under its heading;
// the lists reuse them (Ref, Status, Due, Lead), then the action's words across the rest and one wide column
// more, which the counts leave empty: the sheet prints a little smaller, and long actions take fewer lines
const COLUMN_WIDTHS = [34, 8, 10, 12, 14, 12, 10, 8, 9, 10, 24];
const LAST_COLUMN = COLUMN_WIDTHS.length - 1;
// the rows on every printed page: the title, the plan, the date
const REPEATED_ROWS = 3;

/** The committee appendix tab, written afresh on every refresh. */
export function buildSummary(report: Report, name: string, replaces: string | null, chartsBefore = 0): SummaryPlan {
  const sheet = new SummaryWriter(COLUMN_WIDTHS, REPEATED_ROWS);
  sheet.text(0, "BRAG summary", { look: TITLE });
  sheet.skip();
  sheet.text(0, report.plans.length > 1 ? "Plans" : "Plan", { look: BOLD });
  sheet.text(1, report.plans.map((plan) => plan.title).join("; "));
  sheet.skip();
  sheet.text(0, "As at", { look: BOLD });
  sheet.text(1, longDate(report.asAt));
  sheet.skip(2);
  sheet.wrapped(0, LAST_COLUMN, report.sentence);
  sheet.skip(2);

  // what the committee reads, and all that prints: the counts, what moved, and the key actions
  const charts = [writeCountTable(sheet, report)];
  if (report.changes) writeChanges(sheet, report.changes);
  charts.push(writeOverTime(sheet, report));
  // the same key actions the drafted paragraph and the committee report name: every red one, then the amber ones due by the next quarter's end
  const key = keyActionsForNextQuarter(report.actions, report.asAt);
  writeActionList(sheet, `Key actions for the next quarter: red, and amber due by ${longDate(nextQuarterEnd(report.asAt))} (${key.length})`, key, messages.moreKeyActions, false);
  const printedRows = sheet.endPrinting();

  // what the manager reads, below the print area: the paragraph to paste, the late actions and the checks, each with a link to its row
  sheet.text(0, messages.summaryForManager, { look: TITLE });
  sheet.skip(2);
  if (!report.changes) {
    sheet.wrapped(0, LAST_COLUMN, messages.noEarlierQuarter);
    sheet.skip(2);
  }
  writeParagraph(sheet, report.paragraph);
  writeActionList(sheet, `Overdue actions (${report.totals.overdue})`, report.actions.filter((a) => a.overdue), messages.moreOverdue, true);
  writeFindings(sheet, report);

  return {
    name,
    replaces,
    chartsBefore,
    cells: sheet.cells,
    merges: sheet.merges,
    columnWidths: COLUMN_WIDTHS,
    rowHeights: [...sheet.rowHeights].map(([row, height]) => ({ row, height })),
    charts: charts.filter((chart): chart is SummaryChart => chart !== null),
    // aligned to the top, so wrapped rows read across; A4 landscape one page wide, as the committee papers print
    verticalAlignment: "top",
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      repeatRows: `1:${REPEATED_ROWS}`,
      area: `A1:${cellAddress(printedRows, LAST_COLUMN)}`,
      breaks: sheet.breaks,
    },
  };
}

/**
 * A table's heading and header row, kept on the page its first row starts; the header row is written again at
 * the top of each page the table runs onto. Returns what to call before each row, with that row's height.
 */
function startTable(sheet: SummaryWriter, title: string, firstRow: number, header: () => void): (height: number) => void {
  sheet.keep(2 * LINE_HEIGHT + firstRow);
  sheet.text(0, title, { look: BOLD });
  sheet.skip();
  header();
  sheet.skip();
  return (height) => {
    if (!sheet.keep(height)) return;
    header();
    sheet.skip();
  };
}

/** The header of a table of counts: each status's column in its own colour, the others in the heading's. */
function countHeader(sheet: SummaryWriter, columns: ReadonlyArray<readonly [string, string]>): void {
  columns.forEach(([label, key], index) => {
    const look = (STATUSES as readonly string[]).includes(key) ? { ...STATUS_LOOK[key as keyof typeof STATUS_LOOK], bold: true } : HEADING_LOOK;
    sheet.text(index, label, { look });
  });
}

function writeCountTable(sheet: SummaryWriter, report: Report): SummaryChart | null {
  // the whole table on one page where it fits
  const row = startTable(sheet, "Actions by section and status", (report.sections.length + 1) * LINE_HEIGHT, () =>
    countHeader(sheet, [["Section", "section"], ...COUNT_COLUMNS]),
  );
  const firstSection = sheet.row;
  for (const section of report.sections) {
    row(LINE_HEIGHT);
    sheet.text(0, section.name);
    COUNT_COLUMNS.forEach(([, key], index) => sheet.number(index + 1, section[key]));
    sheet.skip();
  }
  const lastSection = sheet.row - 1;
  row(LINE_HEIGHT);
  sheet.text(0, "Total", { look: BOLD });
  COUNT_COLUMNS.forEach(([, key], index) => sheet.number(index + 1, report.totals[key], { look: BOLD }));
  sheet.skip(2);
  if (report.sections.length === 0) return null;

  const chart: SummaryChart = {
    type: "BarStacked",
    title: "Actions by section and status",
    categories: `${cellAddress(firstSection, 0)}:${cellAddress(lastSection, 0)}`,
    series: STATUSES.map((status, index) => ({
      name: capitalise(status),
      values: `${cellAddress(firstSection, index + 1)}:${cellAddress(lastSection, index + 1)}`,
      colour: STATUS_LOOK[status].fill as string,
    })),
    ...chartPlace(sheet),
  };
  return chart;
}

/** Room for a chart of CHART_ROWS rows from here, on one page: a chart across a page break prints cut in two. */
function chartPlace(sheet: SummaryWriter): { from: string; to: string } {
  sheet.keep(CHART_ROWS * LINE_HEIGHT);
  const place = { from: cellAddress(sheet.row, 0), to: cellAddress(sheet.row + CHART_ROWS - 1, 6) };
  sheet.skip(CHART_ROWS + 1);
  return place;
}

// each list on the summary stops here, so the appendix stays readable and its writes small however long the plan;
// the report, the command line and the pane keep every one
export const LIST_ROWS = 250;

/** The line that ends a list cut short, saying how to see the rest. */
function more(sheet: SummaryWriter, text: string): void {
  sheet.wrapped(0, LAST_COLUMN, text);
  sheet.skip();
}

/** The height of a list's row: its section's words in the first column, the action's across the last ones. */
function listRowHeight(sheet: SummaryWriter, section: string, words: number, action: string): number {
  return Math.max(sheet.heightOf(0, 0, section), sheet.heightOf(words, LAST_COLUMN, action));
}

/**
 * A list of actions. On paper it has no link column (a link does nothing there); the manager's lists,
 * below the print area, have a "Go to" link to each action's row.
 */
function writeActionList(sheet: SummaryWriter, title: string, actions: ActionEntry[], rest: (count: number) => string, links: boolean): void {
  const words = links ? 6 : 5;
  const text = (action: ActionEntry) => action.action || action.aim;
  const first = actions[0];
  const row = startTable(sheet, title, first ? listRowHeight(sheet, first.section, words, text(first)) : LINE_HEIGHT, () => {
    ["Section", "Ref", "Status", "Due", "Lead", ...(links ? ["Go to"] : []), "Action"].forEach((label, index) => sheet.text(index, label, { look: HEADING_LOOK }));
    sheet.merge(words, LAST_COLUMN);
  });
  if (actions.length === 0) {
    sheet.text(0, "None.");
    sheet.skip();
  }
  for (const action of actions.slice(0, LIST_ROWS)) {
    row(listRowHeight(sheet, action.section, words, text(action)));
    sheet.wrapped(0, 0, action.section);
    sheet.text(1, action.ref);
    sheet.text(2, action.statusText || STATUS_NAMES[action.status], isRated(action.status) ? { look: STATUS_LOOK[action.status] } : {});
    // as the plan shows it ("Oct-19", "Ongoing")
    sheet.text(3, action.dueShown || (action.due ? shortDate(action.due) : ""));
    sheet.text(4, action.lead);
    if (links) sheet.text(5, `${action.sheet} row ${action.row}`, { link: { sheet: action.sheet, cell: `A${action.row}` } });
    sheet.wrapped(words, LAST_COLUMN, text(action));
    sheet.skip();
  }
  if (actions.length > LIST_ROWS) more(sheet, rest(actions.length - LIST_ROWS));
  sheet.skip();
}

function writeFindings(sheet: SummaryWriter, report: Report): void {
  startTable(sheet, `Checks (${report.findings.length} findings)`, LINE_HEIGHT, () => {
    ["Where", "Severity", "Check", "", "Message"].forEach((label, index) => label && sheet.text(index, label, { look: HEADING_LOOK }));
    sheet.merge(2, 3);
    sheet.merge(4, LAST_COLUMN);
  });
  if (report.findings.length === 0) {
    sheet.text(0, messages.noFindings);
    sheet.skip();
  }
  for (const finding of report.findings.slice(0, LIST_ROWS)) {
    const where = finding.cell ? `${finding.sheet}!${finding.cell}` : finding.sheet || "Workbook";
    sheet.text(0, where, finding.cell ? { link: { sheet: finding.sheet, cell: finding.cell } } : {});
    sheet.text(1, capitalise(finding.severity));
    sheet.text(2, finding.rule);
    sheet.merge(2, 3);
    sheet.wrapped(4, LAST_COLUMN, finding.message);
    sheet.skip();
  }
  if (report.findings.length > LIST_ROWS) more(sheet, messages.moreFindings(report.findings.length - LIST_ROWS));
}

function statusCell(sheet: SummaryWriter, column: number, status: ChangedAction["from"]): void {
  if (status === null) return;
  sheet.text(column, STATUS_NAMES[status], isRated(status) ? { look: STATUS_LOOK[status] } : {});
}

/** "Since <date>": what moved since the earlier refresh, a list per kind of change. */
function writeChanges(sheet: SummaryWriter, changes: NonNullable<Report["changes"]>): void {
  const lists = CHANGE_KINDS.filter(([key]) => changes[key].length > 0);
  if (lists.length === 0) {
    sheet.keep(2 * LINE_HEIGHT);
    sheet.text(0, sinceHeading(changes), { look: BOLD });
    sheet.skip();
    sheet.text(0, nothingMoved(changes));
    sheet.skip(2);
    return;
  }
  const words = (key: string, change: ChangedAction) => `${change.action}${dueNote(key, change)}`;
  const height = (key: string, change: ChangedAction) => Math.max(sheet.heightOf(0, 0, change.section), sheet.heightOf(5, LAST_COLUMN, words(key, change)));
  const [firstKey] = lists[0] as (typeof lists)[number];
  const row = startTable(sheet, sinceHeading(changes), LINE_HEIGHT + height(firstKey, changes[firstKey][0] as ChangedAction), () => {
    ["Section", "Ref", "Was", "Now", "Lead", "Action"].forEach((label, index) => sheet.text(index, label, { look: HEADING_LOOK }));
    sheet.merge(5, LAST_COLUMN);
  });
  for (const [key, title] of lists) {
    // each kind's title on the page of its first change
    row(LINE_HEIGHT + height(key, changes[key][0] as ChangedAction));
    sheet.text(0, `${title} (${changes[key].length})`, { look: BOLD });
    sheet.skip();
    for (const change of changes[key].slice(0, LIST_ROWS)) {
      row(height(key, change));
      sheet.wrapped(0, 0, change.section);
      sheet.text(1, change.ref);
      statusCell(sheet, 2, change.from);
      statusCell(sheet, 3, change.to);
      sheet.text(4, change.lead);
      sheet.wrapped(5, LAST_COLUMN, words(key, change));
      sheet.skip();
    }
    if (changes[key].length > LIST_ROWS) more(sheet, messages.moreChanges(changes[key].length - LIST_ROWS));
  }
  sheet.skip();
}

function dueNote(key: string, change: ChangedAction): string {
  const now = change.dueShown || (change.dueTo ? shortDate(change.dueTo) : "");
  if (key === "drift" && change.dueFrom && change.dueTo) return ` (due ${dueLike(change.dueFrom, change.dueShown)}, now ${now})`;
  if (key === "newlyOverdue" && change.dueTo) return ` (due ${now})`;
  return "";
}

/** Counts at each refresh the workbook remembers, and a chart of them once there are two. */
function writeOverTime(sheet: SummaryWriter, report: Report): SummaryChart | null {
  if (report.history.length < 2) return null;
  const columns = [["As at", "asAt"], ...COUNT_COLUMNS.filter(([, key]) => key !== "dueSoon")] as const;
  const row = startTable(sheet, "Status over time", report.history.length * LINE_HEIGHT, () => countHeader(sheet, columns));
  const first = sheet.row;
  for (const point of report.history) {
    row(LINE_HEIGHT);
    sheet.text(0, shortDate(point.asAt));
    columns.slice(1).forEach(([, key], index) => sheet.number(index + 1, point[key as Exclude<typeof key, "asAt" | "dueSoon">]));
    sheet.skip();
  }
  const last = sheet.row - 1;
  sheet.skip();
  const chart: SummaryChart = {
    type: "ColumnStacked",
    title: "Status over time",
    categories: `${cellAddress(first, 0)}:${cellAddress(last, 0)}`,
    series: STATUSES.map((status) => {
      const column = columns.findIndex(([, key]) => key === status);
      return { name: capitalise(status), values: `${cellAddress(first, column)}:${cellAddress(last, column)}`, colour: STATUS_LOOK[status].fill as string };
    }),
    ...chartPlace(sheet),
  };
  return chart;
}

/** The drafted committee paragraph, a line a row so it reads and copies as the report's own text. */
function writeParagraph(sheet: SummaryWriter, paragraph: string): void {
  sheet.text(0, "Committee paragraph (drafted; check before pasting)", { look: BOLD });
  sheet.skip();
  for (const line of paragraph.split("\n")) {
    if (line) sheet.wrapped(0, LAST_COLUMN, line);
    sheet.skip();
  }
  sheet.skip();
}
