import type { NearestTable } from "./report";
import { DefinedName } from "./snapshot";

/**
 * Every change a refresh makes, decided by the engine as plain data; the
 * adapters apply it and decide nothing. Applying the same plan twice gives
 * the same workbook.
 */
export interface EditPlan {
  /** Set when nothing may be written (a protected sheet, no plan); adapters then write nothing at all. */
  refusal: Refusal | null;
  /** Colours for status and due-date cells on the plan sheets, grouped by look so adapters can batch them. */
  looks: LookEdit[];
  /** Cells the add-in wrote last time (its old flags columns), emptied and unstyled before the new ones go in. */
  clear: Array<{ sheet: string; range: string }>;
  flags: FlagColumn[];
  summary: SummaryPlan | null;
  /** This refresh recorded in the workbook's history sheet. */
  history: HistoryEdit | null;
  /** The add-in's names from before, deleted before `names` are defined. */
  removeNames: string[];
  /** The add-in's defined names to define, the history's among them when the history is made. */
  names: DefinedName[];
  /**
   * The settings to save on the add-in's very hidden settings sheet with this refresh (status words given on the
   * command line, saved with --out or --in-place); null leaves the sheet as it is. The pane saves its settings itself.
   */
  settings?: SettingsEdit | null;
}

/** The settings sheet's cells, and the name that marks it. */
export interface SettingsEdit {
  sheet: string;
  cells: WrittenCell[];
  name: DefinedName;
}

export interface Refusal {
  sheet: string;
  message: string;
  /** Where no plan was found: the most plan-like table, for the door to offer pointing to it. */
  pointTo?: NearestTable;
}

export interface LookEdit {
  sheet: string;
  look: CellLook;
  cells: string[];
}

/** A value written by the add-in. Text is always literal text, even when it starts with "=". */
export type WrittenValue = { text: string } | { number: number };

export interface WrittenCell {
  cell: string;
  value: WrittenValue;
  look?: CellLook;
  /** An internal hyperlink to a cell of the workbook, written as a HYPERLINK formula (see `hyperlinkFormula`). */
  link?: { sheet: string; cell: string };
  wrap?: boolean;
}

export interface FlagColumn {
  sheet: string;
  /** The column's extent, e.g. "J16:J111", named by `name` so the next refresh finds it. */
  range: string;
  name: string;
  cells: WrittenCell[];
}

export interface SummaryChart {
  /** Office's names: bars across for sections, columns up for refreshes over time. */
  type: "BarStacked" | "ColumnStacked";
  title: string;
  /** Ranges on the summary sheet, e.g. "A9:A15". */
  categories: string;
  series: Array<{ name: string; values: string; colour: string }>;
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
}

/** The committee appendix sheet. */
export interface SummaryPlan {
  name: string;
  /**
   * The add-in's previous summary sheet (never a user's sheet): of the same
   * name, it is cleared and written again where it is, so that formulas of
   * the user's pointing at it keep working; of another, it is removed.
   */
  replaces: string | null;
  /** How many charts the previous summary holds, removed before the new ones go in; 0 when unknown. */
  chartsBefore: number;
  cells: WrittenCell[];
  /** Ranges whose every row is merged across (Excel's "Merge Across"). */
  merges: string[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Heights in points of rows whose wrapped text needs more than one line (1-based rows). */
  rowHeights: Array<{ row: number; height: number }>;
  charts: SummaryChart[];
  /** Every cell's vertical alignment; "bottom" is Excel's own default. */
  verticalAlignment: "top" | "bottom";
  /**
   * How the sheet prints: the paper, which way round, how many pages wide (0: as many as it takes), the rows
   * repeated on every page, the area that prints (the committee's part; the manager's lists below it do not),
   * and the rows (1-based) that start a new page, so a heading is never left at a page's foot.
   */
  print: { paper: "A4" | "Letter"; orientation: "landscape" | "portrait"; fitToWidth: number; repeatRows: string; area: string; breaks: number[] };
}

/** Every writer's first line: a refused plan is a bug in the caller, never something to write part of. */
export function assertNotRefused(edits: EditPlan, writer: string): void {
  if (edits.refusal) throw new Error(`${writer} was given a refused plan: ${edits.refusal.message}`);
}

/** A plan with nothing to write: the workbook already shows this refresh. */
export function writesNothing(edits: EditPlan): boolean {
  return (
    edits.looks.length === 0 &&
    edits.clear.length === 0 &&
    edits.flags.length === 0 &&
    edits.summary === null &&
    edits.history === null &&
    edits.removeNames.length === 0 &&
    edits.names.length === 0
  );
}

/**
 * A cell's look as the add-in sets it: fill and text colour ("RRGGBB"). Null
 * takes the add-in's fill off or puts the text back to automatic; a colour
 * left out is left as the user has it.
 */
export interface CellLook {
  fill?: string | null;
  font?: string | null;
  bold?: boolean;
}

/** What a refresh adds to the history: rows from `fromRow` on, and older rows after them emptied. */
export interface HistoryEdit {
  sheet: string;
  /** Set on the first refresh: the sheet is made, very hidden, and marked by a name in `names`. */
  create: boolean;
  /** 1-based. */
  fromRow: number;
  /** Every value is text. */
  rows: string[][];
  /** Rows after the written ones, up to this one, held a record now replaced; null when none. */
  clearThrough: number | null;
  columns: number;
}
