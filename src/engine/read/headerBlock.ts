import { endOfMonth } from "date-fns/endOfMonth";
import { startOfMonth } from "date-fns/startOfMonth";
import { dateToIso } from "../sheet/excelDate";
import { parseDateText } from "./parseDueDate";
import { SheetGrid } from "../sheet/sheetGrid";
import { IsoDate } from "../model/report";

/** What the block of "Label: value" rows above a plan table says about the plan. */
export interface HeaderBlock {
  title: string | null;
  /** The title standing alone above the table ("Action Plan 2017 – Ofsted recommendations" in A1): the first text in a row of its own. */
  heading?: string | null;
  period: { start: IsoDate; end: IsoDate; shown: string } | null;
  /** Initials of the people named as delivering the plan; empty when it names none. */
  initials: string[];
  /** Who owns the plan ("Owner: Service Manager … - Rachel Green"), as written. */
  owner: string | null;
  /** Who monitors it ("Board responsible for monitoring action plan: …"), as written. */
  board: string | null;
  /** Every labelled line of the block, top to bottom: a label and what it says beside it, as written. */
  lines: Array<{ label: string; value: string }>;
}

const TITLE_LABEL = /^(name|title|plan|plan name|plan title)$/;
const PERIOD_LABEL = /^(duration|period|plan period|timescale|timeframe|time frame|plan duration)$/;
const PEOPLE_LABEL = /people|leads?\b|officers|initials|delivering|team members/;
const OWNER_LABEL = /^(owner|plan owner|owned by|accountable officer)$/;
const BOARD_LABEL = /^(board|board responsible|monitored by|governance)\b|\bresponsible for monitoring\b/;

// rows with nothing in them that part a plan's own header block from whatever else is on the sheet above it
const GAP = 2;

/**
 * The header block of the plan whose table starts below `toRow`: the rows
 * just above the table, up to `fromRow` or to a gap of empty rows, whichever
 * comes first. Whatever sits above such a gap (another table, notes, dates
 * of something else) is not the plan's, and says nothing of its period.
 */
export function readHeaderBlock(grid: SheetGrid, fromRow: number, toRow: number): HeaderBlock {
  const block: HeaderBlock = { title: null, heading: null, period: null, initials: [], owner: null, board: null, lines: [] };
  let empty = 0;
  let start = toRow + 1;
  for (let row = toRow; row >= fromRow && empty < GAP; row--) {
    empty = grid.filledColumns(row).length === 0 ? empty + 1 : 0;
    if (empty === 0) start = row;
  }
  for (let row = start; row <= toRow; row++) {
    const filled = grid.filledColumns(row);
    if (filled.length === 1 && !block.heading) block.heading = headingIn(grid.text(row, filled[0] as number));
    if (filled.length < 2) continue;
    const written = grid.text(row, filled[0] as number).replace(/\s+/g, " ").trim();
    const label = written.toLowerCase().replace(/[:*]+/g, "").trim();
    const values = filled.slice(1).map((column) => grid.text(row, column));
    const value = values.map((text) => text.trim()).filter(Boolean).join(" ");
    // a line of the block reads "Label: what it says"; a header row of the table itself never gets here
    if (value && written.length <= 80) block.lines.push({ label: written.replace(/:?$/, ""), value });
    if (!block.title && TITLE_LABEL.test(label)) block.title = values[0] ?? null;
    else if (!block.period && PERIOD_LABEL.test(label)) block.period = parsePeriod(values[0] ?? "");
    else if (!block.owner && OWNER_LABEL.test(label)) block.owner = values[0] ?? null;
    else if (!block.board && BOARD_LABEL.test(label)) block.board = values[0] ?? null;
    else if (block.initials.length === 0 && PEOPLE_LABEL.test(label)) block.initials = initialsIn(values);
  }
  return block;
}

// a title is a line of words, not a label waiting for its value ("Owner:") nor a paragraph of notes
const MAX_HEADING = 200;
function headingIn(text: string): string | null {
  const line = text.replace(/\s+/g, " ").trim();
  return line !== "" && line.length <= MAX_HEADING && !/:$/.test(line) && /[A-Za-z]/.test(line) ? line : null;
}

/** "April 2019-March 2020", "Apr-19 to Mar-20", "01/04/2019 - 31/03/2020", or a financial year "2019-20". */
export function parsePeriod(text: string): HeaderBlock["period"] {
  const shown = text.replace(/\s+/g, " ").trim();
  const splits = [/\s+(?:to|until)\s+|\s+[-–—]\s+|\s*[–—]\s*/i, /-/];
  for (const separator of splits) {
    const parts = shown.split(separator);
    if (parts.length !== 2) continue;
    const from = parseDateText(parts[0] as string);
    const to = parseDateText(parts[1] as string);
    if (from && to && from.date <= to.date) {
      return {
        start: dateToIso(from.byMonth ? startOfMonth(from.date) : from.date),
        end: dateToIso(to.byMonth ? endOfMonth(to.date) : to.date),
        shown,
      };
    }
  }
  return financialYear(shown);
}

/** A UK public-sector year written "2019-20" or "2019/2020" runs April to March. */
export function financialYear(text: string): HeaderBlock["period"] {
  const match = /\b(20\d\d)\s*[-/–]\s*(20\d\d|\d\d)\b/.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  const second = Number((match[2] as string).length === 2 ? `20${match[2]}` : match[2]);
  if (second !== first + 1) return null;
  return { start: `${first}-04-01`, end: `${second}-03-31`, shown: `April ${first} – March ${second}` };
}

// capitals, at most one small letter between two ("RG", "SaC"), never a name ("Rachel")
const INITIALS = /^(?=[A-Za-z.]{1,5}$)[A-Z](?:[a-z]?[A-Z])*\.?$/;

// "RG HS AM SC": every word short and capitalised, like initials
function initialsIn(values: string[]): string[] {
  for (const value of values) {
    const words = value.split(/[\s,;/]+/).filter(Boolean);
    if (words.length > 0 && words.every((word) => INITIALS.test(word))) {
      return words.map((word) => word.replace(/\./g, ""));
    }
  }
  return [];
}
