import { cellAddress } from "../sheet/cellAddress";
import { Role } from "./columnRoles";
import { PlanLayout } from "./locatePlans";
import { StatusReading, normaliseStatusText } from "./normaliseStatus";
import { DueReading, parseDueDate } from "./parseDueDate";
import { Settings } from "../model/settings";
import { SheetGrid } from "../sheet/sheetGrid";
import { statusOfColour } from "./statusColour";
import { WorkbookSnapshot } from "../model/snapshot";

/** One action row of a plan, as read; rows are 0-based here and 1-based in the report. */
export interface PlanAction {
  sheet: string;
  row: number;
  section: string;
  ref: string;
  aim: string;
  action: string;
  lead: string;
  /** The measure or outcome the action is judged by, as written. */
  measure: string;
  comments: string;
  statusText: string;
  status: StatusReading;
  /** The status in the plan's column for the period before, where it rates each period in a column of its own. */
  earlierStatus?: StatusReading;
  /** A1 address of the status cell, or null when the plan has no status column. */
  statusCell: string | null;
  due: DueReading;
  dueCell: string | null;
  leadCell: string | null;
  refCell: string | null;
  /** Cells of the row showing an error value such as #N/A. */
  errorCells: Array<{ cell: string; error: string }>;
}

// a lone cell in one of these columns is part of an action, never a section heading
const NEVER_HEADING: readonly Role[] = ["ref", "action", "measure", "due", "lead", "comments", "status"];
const MAX_REF_LENGTH = 12;
const SEPARATOR_TEXT = /^[\s\-–—_=*.#~]+$/;

/**
 * The plan's actions, each with its section. `oneSheet` says the workbook's
 * plans are all on this plan's sheet: a title above a plan spread over
 * several sheets is the plan's title, not a section's, and each sheet is one.
 */
export function readActions(plan: PlanLayout, snapshot: WorkbookSnapshot, settings: Settings, oneSheet = true): PlanAction[] {
  const { grid, columns, left, right } = plan;
  const fills = snapshot.fills?.[plan.sheet] ?? {};
  const headerRows = new Set(plan.headerRows);
  const text = (row: number, role: Role): string => {
    const column = columns[role];
    return column === undefined ? "" : grid.text(row, column);
  };

  const actions: PlanAction[] = [];
  const doneFlags = columns.status !== undefined && isDoneFlagColumn(grid, plan.top, columns.status);
  const phased = hasSubNumbers(plan);
  // a heading above the table names its first block when others follow inside it, or the one plan of the workbook
  let heading: string | null = oneSheet || hasHeadingRows(plan) ? headingAbove(plan) : null;
  let headingIsTitle = heading !== null;
  let carriedSection: string | null = null;
  let blockTitle: string | null = null;
  let previousAim = "";

  for (let row = plan.top; row <= plan.bottom; row++) {
    if (headerRows.has(row)) {
      // a block sorted in Excel takes its section name along to whichever row it lands on
      carriedSection = firstSectionBelow(plan, row, text);
      blockTitle = titleOfHeader(grid, row, plan);
      // a block whose header names its section ("Safe | Ref | Aim ...") is that section, whatever the title above says
      if (blockTitle !== null && headingIsTitle) heading = null;
      continue;
    }
    const filled = grid.filledColumns(row, left, right);
    if (filled.length === 0 || filled.every((c) => SEPARATOR_TEXT.test(grid.text(row, c)))) continue;
    const phase = phased ? phaseOf(plan, row, text) : null;
    if (phase !== null) {
      // a numbered phase over its tasks (1 over 1.1, 1.2) names their section; its roll-up status is no action
      heading = sectionName(phase);
      headingIsTitle = false;
      carriedSection = null;
      continue;
    }
    if (isHeadingRow(grid, row, filled, plan)) {
      heading = sectionName(grid.text(row, filled[0] as number));
      headingIsTitle = false;
      carriedSection = null;
      continue;
    }

    const ownSection = text(row, "section");
    if (ownSection !== "") carriedSection = sectionName(ownSection);
    const section = carriedSection ?? heading ?? blockTitle ?? plan.sheet;

    const actionText = text(row, "action");
    let aim = text(row, "aim");
    // a continuation row (blank aim, but an action) belongs to the aim above it
    if (aim === "" && actionText !== "") aim = previousAim;
    previousAim = aim;

    const address = (role: Role): string | null => addressOf(columns[role], row);
    const statusCell = address("status");
    const statusText = text(row, "status");
    const earlier = plan.earlierRating?.column;
    const earlierCell = addressOf(earlier, row);
    actions.push({
      sheet: plan.sheet,
      row,
      section,
      ref: text(row, "ref"),
      aim,
      action: actionText,
      lead: text(row, "lead"),
      measure: text(row, "measure"),
      comments: text(row, "comments"),
      statusText,
      status: doneFlags ? readDoneFlag(grid, row, columns.status as number, statusText) : readStatus(grid, row, columns.status, statusText, statusCell ? fills[statusCell] : undefined, settings),
      ...(earlier !== undefined ? { earlierStatus: readStatus(grid, row, earlier, grid.text(row, earlier), earlierCell ? fills[earlierCell] : undefined, settings) } : {}),
      statusCell,
      due: columns.due === undefined ? { kind: "missing" } : parseDueDate(grid.cell(row, columns.due)),
      dueCell: address("due"),
      leadCell: address("lead"),
      refCell: address("ref"),
      errorCells: errorsIn(grid, row, filled),
    });
  }
  return actions;
}

function addressOf(column: number | undefined, row: number): string | null {
  return column === undefined ? null : cellAddress(row, column);
}

// a loop rather than flatMap: it runs for every row, and almost every row has no error
function errorsIn(grid: SheetGrid, row: number, columns: number[]): PlanAction["errorCells"] {
  const errors: PlanAction["errorCells"] = [];
  for (const column of columns) {
    const error = grid.cell(row, column)?.error;
    if (error) errors.push({ cell: cellAddress(row, column), error });
  }
  return errors;
}

/** The first section name in the block under a header row, before the next header or heading. */
function firstSectionBelow(plan: PlanLayout, header: number, text: (row: number, role: Role) => string): string | null {
  if (plan.columns.section === undefined) return null;
  const headers = new Set(plan.headerRows);
  for (let row = header + 1; row <= plan.bottom && !headers.has(row); row++) {
    const filled = plan.grid.filledColumns(row, plan.left, plan.right);
    if (isHeadingRow(plan.grid, row, filled, plan)) return null;
    const section = text(row, "section");
    if (section !== "") return sectionName(section);
  }
  return null;
}

// "Done?", "Complete?", "Completed": a column that says whether each action is finished, not how it goes
const DONE_LABEL = /^\s*(done|complete|completed|finished)\s*\??\s*$/i;
const YES = /^(true|yes|y|x|✓|✔)$/i;
const NO = /^(false|no|n)$/i;

function isDoneFlagColumn(grid: SheetGrid, header: number, column: number): boolean {
  return DONE_LABEL.test(grid.text(header, column));
}

/** A done flag: yes is finished (blue), no is work not finished, which says nothing of how it goes (not started). */
function readDoneFlag(grid: SheetGrid, row: number, column: number, text: string): StatusReading {
  if (grid.cell(row, column)?.error) return { status: "unrated", source: "error" };
  if (YES.test(text)) return { status: "blue", source: "text" };
  if (NO.test(text)) return { status: "notStarted", source: "text" };
  return { status: "unrated", source: text === "" ? "missing" : "unknown" };
}

function readStatus(
  grid: SheetGrid,
  row: number,
  column: number | undefined,
  statusText: string,
  fill: string | undefined,
  settings: Settings,
): StatusReading {
  if (column === undefined) return { status: "unrated", source: "missing" };
  if (grid.cell(row, column)?.error) return { status: "unrated", source: "error" };
  if (statusText !== "") return normaliseStatusText(statusText, settings.vocabulary);
  const byColour = fill ? statusOfColour(fill) : null;
  return byColour ? { status: byColour, source: "colour" } : { status: "unrated", source: "missing" };
}

/** "Recommendation 1: ..." alone on its row, often merged across the table. */
function isHeadingRow(grid: SheetGrid, row: number, filled: number[], plan: PlanLayout): boolean {
  if (filled.length !== 1) return false;
  const column = filled[0] as number;
  if (grid.cell(row, column)?.error !== undefined) return false;
  if (grid.mergeWidth(row, column) > 1) return true;
  if (!NEVER_HEADING.some((role) => plan.columns[role] === column)) return true;
  // unmerged headings often sit in the first column, even when that is the Ref column; a ref is short, and a code ("1.2", "SIP-04")
  const text = grid.text(row, column);
  return column === plan.left && (text.length > MAX_REF_LENGTH || !REF_CODE.test(text));
}

// what a ref looks like: a number or a short code with one ("3", "1.2", "A4", "SIP-04", "2b")
const REF_CODE = /^[A-Za-z]{0,5}[\s.\-_]?\d+([.\-/]\d+)*[A-Za-z]?\.?$/;

const PHASE_NUMBER = /^(\d+)\.?$/;

/** A phase row's name: its ref a whole number N, the next row's ref N.1; null for any other row. */
function phaseOf(plan: PlanLayout, row: number, roleText: (row: number, role: Role) => string): string | null {
  // without a ref column, the numbers stand in the table's first column
  const text = (at: number, role: Role) => (role === "ref" && plan.columns.ref === undefined ? plan.grid.text(at, plan.left) : roleText(at, role));
  const ref = text(row, "ref");
  if (ref === "" || ref.length > 6) return null;
  let next = "";
  for (let below = row + 1; below <= plan.bottom && next === ""; below++) next = text(below, "ref");
  // most rows are followed by the next number, not by a task of theirs: settled before any pattern is tried
  const dot = next.indexOf(".");
  if (dot < 1) return null;
  const number = PHASE_NUMBER.exec(ref)?.[1];
  // its first task is N.1: a "7" before a "7.2" is two values of a column that counts in tenths
  if (number === undefined || next.slice(0, dot) !== number || !/^0*1$/.test(next.slice(dot + 1))) return null;
  const name = text(row, "action") || text(row, "aim");
  return name === "" ? number : name;
}

/** Whether any ref is numbered within another (1.1, "2.3"): only then can a row be a phase over its tasks. */
function hasSubNumbers(plan: PlanLayout): boolean {
  const column = plan.columns.ref ?? plan.left;
  for (let row = plan.top + 1; row <= plan.bottom; row++) {
    const value = plan.grid.cell(row, column)?.value;
    if ((typeof value === "number" && !Number.isInteger(value)) || (typeof value === "string" && value.includes("."))) return true;
  }
  return false;
}

function hasHeadingRows(plan: PlanLayout): boolean {
  const headers = new Set(plan.headerRows);
  for (let row = plan.top + 1; row <= plan.bottom; row++) {
    if (!headers.has(row) && isHeadingRow(plan.grid, row, plan.grid.filledColumns(row, plan.left, plan.right), plan)) return true;
  }
  return false;
}

/**
 * A heading directly above the first header row (at most one blank row
 * between) names the first block. A row of group labels over some of the
 * columns ("Progress" over Comments and RAG) is the header's upper row, and
 * is looked past.
 */
function headingAbove(plan: PlanLayout): string | null {
  if (plan.columns.section !== undefined) return null;
  let last = Math.max(0, plan.top - 2);
  for (let row = plan.top - 1; row >= last; row--) {
    const filled = plan.grid.filledColumns(row, Math.max(0, plan.left - NEAR_LEFT), plan.right);
    if (filled.length === 0) continue;
    if (row === plan.top - 1 && isGroupRow(plan, row, filled)) {
      last = Math.max(0, last - 1);
      continue;
    }
    if (filled.length === 1) return sectionName(plan.grid.text(row, filled[0] as number));
    return null;
  }
  return null;
}

// a title stands at the table's left edge, or a little before it
const NEAR_LEFT = 2;

/** Labels each over a part of the table: merged over some of its columns, or standing over one that is not its first. */
function isGroupRow(plan: PlanLayout, row: number, filled: number[]): boolean {
  const width = plan.right - plan.left + 1;
  return filled.every((column) => {
    const merged = plan.grid.mergeWidth(row, column);
    return (merged > 1 && merged < width) || (merged <= 1 && column > plan.left);
  });
}

/**
 * A block whose repeated header starts with the section's name ("Safe | Ref |
 * Aim | ..."): the header's first cell, no column's label, with nothing
 * beneath it in the block. A tracker's own unrecognised first column
 * ("Start", "S.No") has its values beneath, and names no section.
 */
function titleOfHeader(grid: SheetGrid, row: number, plan: PlanLayout): string | null {
  const roleColumns = new Set(Object.values(plan.columns));
  const title = grid.filledColumns(row, plan.left, plan.right)[0];
  if (title === undefined || roleColumns.has(title)) return null;
  const headers = new Set(plan.headerRows);
  for (let below = row + 1; below <= plan.bottom && !headers.has(below); below++) if (grid.text(below, title) !== "") return null;
  return sectionName(grid.text(row, title));
}

function sectionName(text: string): string {
  return text.replace(/\s+/g, " ").replace(/:$/, "").trim();
}
