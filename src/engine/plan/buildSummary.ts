import { cellAddress } from "../sheet/cellAddress";
import { SummaryChart, SummaryPlan, WrittenCell, CellLook } from "../model/editPlan";
import { longDate, shortDate } from "../sheet/excelDate";
import { capitalise, messages } from "../words/messages";
import { HEADING_LOOK, STATUS_LOOK } from "./palette";
import { COUNT_COLUMNS } from "../judge/countBySection";
import { CHANGE_KINDS } from "../progress/changesSince";
import { keyActionsForNextQuarter, nextQuarterEnd } from "../words/committeeParagraph";
import { nothingMoved, sinceHeading } from "../words/sinceWords";
import { ActionEntry, ChangedAction, Report } from "../model/report";
import { STATUSES, STATUS_NAMES, isRated } from "../model/status";

// Excel's limit on the characters in one cell
const MAX_CELL_TEXT = 32767;
const BOLD: CellLook = { bold: true };
const TITLE: CellLook = { font: "1F3864", bold: true };
const CHART_ROWS = 16;
const LAST_COLUMN = 9;
const COLUMN_WIDTHS = [34, 9, 10, 12, 10, 12, 10, 10, 10, 40];
// the width of the columns left of each column, so a merged area's width is one subtraction
const WIDTH_BEFORE = COLUMN_WIDTHS.reduce((before, width) => [...before, (before[before.length - 1] as number) + width], [0]);
// points per line of 11pt text, and a little slack per line for proportional fonts
const LINE_HEIGHT = 15;
const CHARACTERS_PER_WIDTH = 1.1;

type CellExtras = Omit<WrittenCell, "cell" | "value">;

/** Writes rows top to bottom, as a person reads the committee appendix. */
class SheetWriter {
  readonly cells: WrittenCell[] = [];
  private readonly mergedRows: Array<{ row: number; from: number; to: number }> = [];
  readonly rowHeights = new Map<number, number>();
  row = 0;

  text(column: number, text: string, extra?: CellExtras): void {
    this.put(column, { text: text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text }, extra);
  }

  /**
   * Wrapped text in a merged area: Excel never fits a row's height to merged
   * cells, so the height is set from the text's length.
   */
  wrapped(from: number, to: number, text: string): void {
    this.text(from, text, { wrap: true });
    if (to > from) this.merge(from, to);
    const width = ((WIDTH_BEFORE[to + 1] as number) - (WIDTH_BEFORE[from] as number)) * CHARACTERS_PER_WIDTH;
    // most texts fit on one line: no need to count
    if (text.length <= width && !text.includes("\n")) return;
    const lines = text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
    const height = Math.min(409, lines * LINE_HEIGHT);
    if (lines > 1) this.rowHeights.set(this.row + 1, Math.max(this.rowHeights.get(this.row + 1) ?? 0, height));
  }

  number(column: number, value: number, extra?: CellExtras): void {
    this.put(column, { number: value }, extra);
  }

  // fields set one by one rather than spread in: a summary of 50,000 actions has 350,000 cells
  private put(column: number, value: WrittenCell["value"], extra: CellExtras | undefined): void {
    const cell: WrittenCell = { cell: cellAddress(this.row, column), value };
    if (extra?.look) cell.look = extra.look;
    if (extra?.link) cell.link = extra.link;
    if (extra?.wrap) cell.wrap = extra.wrap;
    this.cells.push(cell);
  }

  merge(from: number, to: number): void {
    this.mergedRows.push({ row: this.row, from, to });
  }

  /** Row merges of consecutive rows over the same columns as one range, merged row by row: one operation per block inside Excel */
  get merges(): string[] {
    const blocks: Array<{ top: number; bottom: number; from: number; to: number }> = [];
    for (const { row, from, to } of [...this.mergedRows].sort((a, b) => a.from - b.from || a.to - b.to || a.row - b.row)) {
      const last = blocks[blocks.length - 1];
      if (last && last.from === from && last.to === to && last.bottom === row - 1) last.bottom = row;
      else blocks.push({ top: row, bottom: row, from, to });
    }
    return blocks
      .sort((a, b) => a.top - b.top || a.from - b.from)
      .map((block) => `${cellAddress(block.top, block.from)}:${cellAddress(block.bottom, block.to)}`);
  }

  skip(rows = 1): void {
    this.row += rows;
  }
}

/** The committee appendix tab, written afresh on every refresh. */
export function buildSummary(report: Report, name: string, replaces: string | null, chartsBefore = 0): SummaryPlan {
  const sheet = new SheetWriter();
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

  const charts = [writeCountTable(sheet, report)];
  writeChanges(sheet, report);
  charts.push(writeOverTime(sheet, report));
  writeParagraph(sheet, report.paragraph);
  writeActionList(sheet, `Overdue actions (${report.totals.overdue})`, report.actions.filter((a) => a.overdue), messages.moreOverdue);
  // the same key actions the drafted paragraph and the committee report name: every red one, then the amber ones due by the next quarter's end
  const key = keyActionsForNextQuarter(report.actions, report.asAt);
  writeActionList(sheet, `Key actions for the next quarter: red, and amber due by ${longDate(nextQuarterEnd(report.asAt))} (${key.length})`, key, messages.moreKeyActions);
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
    print: { paper: "A4", orientation: "landscape", fitToWidth: 1, repeatRows: "1:3" },
  };
}

function writeCountTable(sheet: SheetWriter, report: Report): SummaryChart | null {
  sheet.text(0, "Actions by section and status", { look: BOLD });
  sheet.skip();
  sheet.text(0, "Section", { look: HEADING_LOOK });
  COUNT_COLUMNS.forEach(([label, key], index) => {
    const look = (STATUSES as readonly string[]).includes(key) ? { ...STATUS_LOOK[key as keyof typeof STATUS_LOOK], bold: true } : HEADING_LOOK;
    sheet.text(index + 1, label, { look });
  });
  sheet.skip();
  const firstSection = sheet.row;
  for (const section of report.sections) {
    sheet.text(0, section.name);
    COUNT_COLUMNS.forEach(([, key], index) => sheet.number(index + 1, section[key]));
    sheet.skip();
  }
  const lastSection = sheet.row - 1;
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
    from: cellAddress(sheet.row, 0),
    to: cellAddress(sheet.row + CHART_ROWS - 1, 6),
  };
  sheet.skip(CHART_ROWS + 1);
  return chart;
}

// each list on the summary stops here, so the appendix stays readable and its writes small however long the plan;
// the report, the command line and the pane keep every one
export const LIST_ROWS = 250;

/** The line that ends a list cut short, saying how to see the rest. */
function more(sheet: SheetWriter, text: string): void {
  sheet.wrapped(0, LAST_COLUMN, text);
  sheet.skip();
}

function writeActionList(sheet: SheetWriter, title: string, actions: ActionEntry[], rest: (count: number) => string): void {
  sheet.text(0, title, { look: BOLD });
  sheet.skip();
  ["Section", "Ref", "Status", "Due", "Lead", "Go to", "Action"].forEach((label, index) => sheet.text(index, label, { look: HEADING_LOOK }));
  sheet.merge(6, LAST_COLUMN);
  sheet.skip();
  if (actions.length === 0) {
    sheet.text(0, "None.");
    sheet.skip();
  }
  for (const action of actions.slice(0, LIST_ROWS)) {
    sheet.wrapped(0, 0, action.section);
    sheet.text(1, action.ref);
    sheet.text(2, action.statusText || STATUS_NAMES[action.status], isRated(action.status) ? { look: STATUS_LOOK[action.status] } : {});
    sheet.text(3, action.due ? shortDate(action.due) : "");
    sheet.text(4, action.lead);
    sheet.text(5, `${action.sheet} row ${action.row}`, { link: { sheet: action.sheet, cell: `A${action.row}` } });
    sheet.wrapped(6, LAST_COLUMN, action.action || action.aim);
    sheet.skip();
  }
  if (actions.length > LIST_ROWS) more(sheet, rest(actions.length - LIST_ROWS));
  sheet.skip();
}

function writeFindings(sheet: SheetWriter, report: Report): void {
  sheet.text(0, `Checks (${report.findings.length} findings)`, { look: BOLD });
  sheet.skip();
  ["Where", "Severity", "Check", "", "Message"].forEach((label, index) => label && sheet.text(index, label, { look: HEADING_LOOK }));
  sheet.merge(2, 3);
  sheet.merge(4, LAST_COLUMN);
  sheet.skip();
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

function statusCell(sheet: SheetWriter, column: number, status: ChangedAction["from"]): void {
  if (status === null) return;
  sheet.text(column, STATUS_NAMES[status], isRated(status) ? { look: STATUS_LOOK[status] } : {});
}

/** "Since <date>": what moved since the earlier refresh, a list per kind of change. */
function writeChanges(sheet: SheetWriter, report: Report): void {
  const changes = report.changes;
  if (!changes) {
    sheet.text(0, "Since the last report", { look: BOLD });
    sheet.skip();
    sheet.wrapped(0, LAST_COLUMN, messages.noEarlierQuarter);
    sheet.skip(2);
    return;
  }
  sheet.text(0, sinceHeading(changes), { look: BOLD });
  sheet.skip();
  const lists = CHANGE_KINDS.filter(([key]) => changes[key].length > 0);
  if (lists.length === 0) {
    sheet.text(0, nothingMoved(changes));
    sheet.skip(2);
    return;
  }
  ["Section", "Ref", "Was", "Now", "Lead", "Go to", "Action"].forEach((label, index) => sheet.text(index, label, { look: HEADING_LOOK }));
  sheet.merge(6, LAST_COLUMN);
  sheet.skip();
  for (const [key, title] of lists) {
    sheet.text(0, `${title} (${changes[key].length})`, { look: BOLD });
    sheet.skip();
    for (const change of changes[key].slice(0, LIST_ROWS)) {
      sheet.wrapped(0, 0, change.section);
      sheet.text(1, change.ref);
      statusCell(sheet, 2, change.from);
      statusCell(sheet, 3, change.to);
      sheet.text(4, change.lead);
      if (change.sheet !== null && change.row !== null) {
        sheet.text(5, `${change.sheet} row ${change.row}`, { link: { sheet: change.sheet, cell: `A${change.row}` } });
      }
      sheet.wrapped(6, LAST_COLUMN, `${change.action}${dueNote(key, change)}`);
      sheet.skip();
    }
    if (changes[key].length > LIST_ROWS) more(sheet, messages.moreChanges(changes[key].length - LIST_ROWS));
  }
  sheet.skip();
}

function dueNote(key: string, change: ChangedAction): string {
  if (key === "drift" && change.dueFrom && change.dueTo) return ` (due ${shortDate(change.dueFrom)}, now ${shortDate(change.dueTo)})`;
  if (key === "newlyOverdue" && change.dueTo) return ` (due ${shortDate(change.dueTo)})`;
  return "";
}

/** Counts at each refresh the workbook remembers, and a chart of them once there are two. */
function writeOverTime(sheet: SheetWriter, report: Report): SummaryChart | null {
  if (report.history.length < 2) return null;
  sheet.text(0, "Status over time", { look: BOLD });
  sheet.skip();
  const columns = [["As at", "asAt"], ...COUNT_COLUMNS.filter(([, key]) => key !== "dueSoon")] as const;
  columns.forEach(([label, key], index) => {
    const look = (STATUSES as readonly string[]).includes(key) ? { ...STATUS_LOOK[key as keyof typeof STATUS_LOOK], bold: true } : HEADING_LOOK;
    sheet.text(index, label, { look });
  });
  sheet.skip();
  const first = sheet.row;
  for (const point of report.history) {
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
    from: cellAddress(sheet.row, 0),
    to: cellAddress(sheet.row + CHART_ROWS - 1, 6),
  };
  sheet.skip(CHART_ROWS + 1);
  return chart;
}

/** The drafted committee paragraph, a line a row so it reads and copies as the report's own text. */
function writeParagraph(sheet: SheetWriter, paragraph: string): void {
  sheet.text(0, "Committee paragraph (drafted; check before pasting)", { look: BOLD });
  sheet.skip();
  for (const line of paragraph.split("\n")) {
    if (line) sheet.wrapped(0, LAST_COLUMN, line);
    sheet.skip();
  }
  sheet.skip();
}
