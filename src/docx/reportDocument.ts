import {
  AlignmentType,
  Document,
  HeadingLevel,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { ChartRun } from "docx/charts";
import { CELL_MARGINS, appendixColumns } from "./appendixRows";
import { AppendixColumn, COUNT_COLUMNS, CommitteeReport, Counts, RatedStatus, ReportBlock, ReportText, STATUS_LOOK, STATUS_NAMES, SectionCounts } from "../engine";

// the seeds' plain style: Arial 12 pt, headings bold and black, A4
const FONT = "Arial";
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const STATUS_ORDER: readonly RatedStatus[] = ["blue", "red", "amber", "green"];
// twentieths of a point: the portrait page's width inside its margins, and a count's column
const TEXT_WIDTH = A4.width - 2 * MARGIN;
const COUNT_WIDTH = 900;
// a column headed by a longer word ("Overdue", bold at 10 pt, is 51 pt with the cell's margins): wide enough for it whole
const WIDE_COUNT_WIDTH = 1250;
const WIDE_LABEL = 6;

function runs(parts: ReportText[]): TextRun[] {
  // a gap to fill is highlighted, so it is seen and not sent as it is
  return parts.map((part) => new TextRun(part.placeholder ? { text: part.text, highlight: "yellow", italics: true } : { text: part.text }));
}

function text(value: string, options: { bold?: boolean; color?: string; size?: number } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: value, ...options })] });
}

function cell(children: Paragraph[], options: { fill?: string; width?: number } = {}): TableCell {
  return new TableCell({
    children,
    margins: CELL_MARGINS,
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, fill: options.fill, color: "auto" } } : {}),
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
  });
}

/** A status named in words on its own colour, never the colour alone. */
function statusCell(status: RatedStatus, words: string = STATUS_NAMES[status], options: { bold?: boolean; size?: number } = {}): TableCell {
  const look = STATUS_LOOK[status];
  return cell([text(words, { ...options, color: look.font as string })], { fill: look.fill as string });
}

function headerTable(report: CommitteeReport): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: report.header.map(
      (row) =>
        new TableRow({
          children: row.map((side, index) =>
            cell([new Paragraph({ children: [...(side.label ? [new TextRun({ text: `${side.label} `, bold: true })] : []), ...runs([side.value])] })], { width: index === 0 ? 70 : 30 }),
          ),
        }),
    ),
  });
}

// the table's text, in half-points: 10 pt, so "Overdue" fits its column on a portrait page
const TABLE_TEXT = 20;

/**
 * The committee table's columns, named as the summary sheet names them
 * (COUNT_COLUMNS): the four statuses, Not started and Unrated where the plan
 * has any (a column of noughts is left out to fit a portrait page), Total
 * and Overdue.
 */
function sectionTableColumns(totals: Counts): ReadonlyArray<{ label: string; status?: RatedStatus; value: (counts: Counts) => number }> {
  return COUNT_COLUMNS.filter(([, key]) => key !== "dueSoon" && !((key === "notStarted" || key === "unrated") && totals[key] === 0)).map(([label, key]) => ({
    label,
    ...((STATUS_ORDER as readonly string[]).includes(key) ? { status: key as RatedStatus } : {}),
    value: (counts: Counts) => counts[key],
  }));
}

function sectionTable(sections: SectionCounts[], totals: Counts): Table {
  const columns = sectionTableColumns(totals);
  const heading = new TableRow({
    tableHeader: true,
    children: [
      cell([text("Section", { bold: true, size: TABLE_TEXT })]),
      ...columns.map((column) => (column.status ? statusCell(column.status, column.label, { bold: true, size: TABLE_TEXT }) : cell([text(column.label, { bold: true, size: TABLE_TEXT })]))),
    ],
  });
  const row = (name: string, counts: Counts, bold = false) =>
    new TableRow({ cantSplit: true, children: [cell([text(name, { bold, size: TABLE_TEXT })]), ...columns.map((column) => cell([text(String(column.value(counts)), { bold, size: TABLE_TEXT })]))] });
  // the section's name wide enough for "Independence, involvement & choice", the counts alike
  const widths = columns.map((column) => (column.label.length > WIDE_LABEL ? WIDE_COUNT_WIDTH : COUNT_WIDTH));
  const columnWidths = [TEXT_WIDTH - widths.reduce((sum, width) => sum + width, 0), ...widths];
  return new Table({ columnWidths, layout: TableLayoutType.FIXED, rows: [heading, ...sections.map((section) => row(section.name, section)), row("Total", totals, true)] });
}

function sectionChart(sections: SectionCounts[]): Paragraph {
  return new Paragraph({
    children: [
      new ChartRun({
        type: "bar",
        title: "Actions by section and status",
        stacking: "stacked",
        categories: sections.map((section) => section.name),
        // the sections from the top down, in the plan's order, as the table above lists them
        categoryAxis: { reverseOrder: true },
        series: STATUS_ORDER.map((status) => ({ name: STATUS_NAMES[status], values: sections.map((section) => section[status]), color: STATUS_LOOK[status].fill as string })),
        legend: { position: "bottom" },
        transformation: { width: 600, height: Math.max(240, 60 + sections.length * 36) },
        altText: { name: "Actions by section and status", description: "A bar for each section, its actions by status; the table above gives the same numbers." },
      }),
    ],
  });
}

// the closing lines (the appendices' heading, Appendix 1, the author, the contact) kept on one page: no page holds only the contact line
const CLOSING_LINES = 4;

function block(item: ReportBlock, keepNext = false): Array<Paragraph | Table> {
  switch (item.kind) {
    // a heading is kept with what follows it, never left alone at a page's foot
    case "heading":
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(item.text)] })];
    case "subheading":
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(item.text)] })];
    case "paragraph":
      return [new Paragraph({ keepNext, children: runs(item.parts) })];
    case "bullets":
      return item.items.map((line) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line)] }));
    case "sectionTable":
      return [sectionTable(item.sections, item.totals), new Paragraph({})];
    case "sectionChart":
      return [sectionChart(item.sections)];
  }
}

// the heading row only: the actions' rows are written as text into the packed document (see appendixRows.ts)
function appendixTable(roles: readonly AppendixColumn[]): Table {
  const { columns, statusWidth } = appendixColumns(roles);
  const heading = new TableRow({
    tableHeader: true,
    children: [...columns.map((column) => cell([text(column.label, { bold: true })], { width: column.width })), cell([text("Status", { bold: true })], { width: statusWidth })],
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, layout: TableLayoutType.FIXED, rows: [heading] });
}

/**
 * The committee report as a Word document, in the seeds' plain shape: the
 * header table, the body, and the plan as Appendix 1 on landscape pages with
 * its header row repeated. Every text is a run of text: nothing from the
 * plan becomes a field or a formula, whatever it starts with.
 */
export function reportDocument(report: CommitteeReport): Document {
  const portrait = { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } };
  return new Document({
    creator: "BRAG Tracker",
    title: report.header[1]?.[0].value.text ?? "Committee report",
    styles: {
      default: {
        document: { run: { font: FONT, size: 24 }, paragraph: { spacing: { after: 160 } } },
        heading1: { run: { font: FONT, size: 28, bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: FONT, size: 24, bold: true, color: "000000" }, paragraph: { spacing: { before: 200, after: 100 } } },
      },
    },
    sections: [
      { properties: { page: portrait }, children: [headerTable(report), new Paragraph({}), ...report.body.flatMap((item, index) => block(item, index >= report.body.length - CLOSING_LINES && index < report.body.length - 1))] },
      {
        properties: { page: { ...portrait, size: { ...A4, orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(report.appendix.title)] }),
          new Paragraph({ alignment: AlignmentType.LEFT, keepNext: true, children: [new TextRun(`As at ${report.appendix.asAt}`)] }),
          // the plan's header block, as the real Appendix 1 opens: "Duration: April 2019-March 2020", each line as written
          ...report.appendix.details.map(
            ({ label, value }) => new Paragraph({ keepNext: true, spacing: { after: 40 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
          ),
          // the last table in the document, which packReport fills with the actions' rows
          appendixTable(report.appendix.columns),
        ],
      },
    ],
  });
}
