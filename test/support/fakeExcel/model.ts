/** The workbook behind the fake: what Excel would hold, cell by cell. */
export interface FakeCell {
  /** "" for an empty cell, as Office.js reports it. */
  value: string | number | boolean;
  formula?: string;
  error?: string;
  numberFormat: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  wrap: boolean;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  legend: string;
  reversePlotOrder: boolean;
  seriesColours: Record<number, string>;
  position: [string, string] | null;
}

/** An onChanged handler, with the runtime that registered it (whose events switch it on and off). */
export interface FakeChangeHandler {
  runtime: { eventsOn: boolean };
  handler: (event: FakeChangeEvent) => Promise<unknown> | unknown;
}

export interface FakeSheet {
  /** Excel's worksheet id: kept through a rename, new for a sheet added again under an old name. */
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: string[];
  charts: FakeChart[];
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  verticalAlignment: Record<string, string>;
  pageLayout: { orientation?: string; paperSize?: string; zoom?: unknown; printTitleRows?: string; printArea?: string };
  /** The rows (1-based) a manual page break starts, as Worksheet.horizontalPageBreaks holds them. */
  pageBreaks: number[];
  /**
   * Handlers of this sheet's onChanged: they belong to the worksheet, not its
   * name, and die with it ("Work with events using the Excel JavaScript API":
   * an event handler is registered on an object, and is removed with it).
   */
  changeHandlers: FakeChangeHandler[];
  /**
   * The sheet's Excel tables (ListObjects). A value written into the column
   * just right of one, or the row just below, makes it part of the table, as
   * typing there does ("Include new rows and columns in table", on by
   * default; AutoCorrect applies to add-ins' writes too, office-js #6745).
   */
  tables: Array<{ name: string; top: number; left: number; bottom: number; right: number }>;
}

/** What Office.js hands an onChanged handler (WorksheetChangedEventArgs), as far as the add-in reads it. */
export interface FakeChangeEvent {
  type: "WorksheetChanged";
  changeType: "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted";
  address: string;
  worksheetId: string;
  /** "Remote" for a co-author's edit arriving (WorksheetChangedEventArgs.source, Excel.EventSource; docs/excel/co-authoring-in-excel-add-ins.md). */
  source: "Local" | "Remote";
  /** Given for an edit of a single cell only (ExcelApi 1.9). */
  details?: { valueBefore: unknown; valueAfter: unknown };
}

export interface FakeWorkbookModel {
  sheets: FakeSheet[];
  /** Workbook-scoped names: name → formula ("=Plan!$J$16:$J$111"). */
  names: Map<string, string>;
  enableEvents: boolean;
  /**
   * The 1904 date system (workbooks begun in Excel for Mac before 2011):
   * a date's serial counts from 1 January 1904, 1,462 days fewer than in the
   * 1900 system, and Range.values gives the serial as stored ("Date systems
   * in Excel", Microsoft Support). No released API says which system a
   * workbook uses (Workbook.use1904DateSystem is preview only).
   */
  dates1904?: boolean;
  /**
   * Opened read-only or in Excel on the web's View mode
   * (Office.context.document.mode is ReadOnly, office.document.yml): every
   * write is refused with Office's bare AccessDenied.
   */
  readOnly?: boolean;
  /**
   * Excel's undo list, a record per request that changed the workbook, or
   * one for a whole Excel.run that asked for RunOptions.mergeUndoGroup where
   * ExcelApi 1.20 is supported ("When false, each context.sync() call creates
   * an undo record", excel.runoptions.yml). Each names the run it came from.
   */
  undoRecords?: Array<{ run: number }>;
  /** Whether this Excel has ExcelApi 1.20 (RunOptions.mergeUndoGroup); where not, the option is ignored. */
  mergesUndoGroups?: boolean;
  /** Simulated time in milliseconds, moved on by each request's round trip (FakeContext.latencyMs). */
  now?: number;
  /** Review > Protect Workbook: no sheet may be added, deleted, renamed, hidden or unhidden. */
  structureProtected?: boolean;
  /**
   * Set while the user is typing in a cell (cell-edit mode): a request that
   * reaches Excel then fails, unless its Excel.run asked to wait
   * (RunOptions.delayForCellEdit), when it waits until the user leaves the
   * cell (office-js-docs-reference excel.runoptions.yml; office-js #3388,
   * #625, #792). `left` resolves when they do.
   */
  cellEdit?: { sheet: string; address: string; left: Promise<void>; leave: () => void };
  /** A host that fails a request in cell-edit mode whatever the run asked (office-js #3019, Excel on the web in December 2022). */
  ignoresDelayForCellEdit?: boolean;
  /** The active sheet and the selected cell on it (0-based); the first sheet's A1 until something is selected. */
  selection?: { sheet: string; row: number; column: number };
}

/**
 * A workbook name, looked up as Excel looks names up: without regard to case
 * (Excel's "Define and use names in formulas": names are not case-sensitive).
 */
export function findName(model: FakeWorkbookModel, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const key of model.names.keys()) if (key.toLowerCase() === wanted) return key;
  return undefined;
}

/**
 * What deleting a sheet does to the workbook names that pointed at it: Excel
 * keeps each name, by design, its formula now `=#REF!$A$1:$C$4` (office-js
 * issues #263 and #4772: "deleting the bound sheet will not trigger the whole
 * NamedItem to be deleted ... the second time insertion will not success").
 */
export function namesAfterSheetDeleted(model: FakeWorkbookModel, sheet: string): void {
  for (const [name, formula] of model.names) {
    const reference = /^=(?:'((?:[^']|'')+)'|([^!'"]+))!(.*)$/.exec(formula);
    const target = reference ? (reference[1]?.replace(/''/g, "'") ?? reference[2]) : null;
    if (target?.toLowerCase() === sheet.toLowerCase()) model.names.set(name, `=#REF!${reference?.[3] ?? ""}`);
  }
}

/**
 * What deleting a sheet does to formulas elsewhere that pointed at it: each
 * such reference becomes #REF! and the cell shows the #REF! error, as Excel
 * does; adding a sheet of the same name afterwards does not mend them.
 */
export function formulasAfterSheetDeleted(model: FakeWorkbookModel, sheet: string): void {
  const quoted = `'${sheet.replace(/'/g, "''")}'!`;
  for (const other of model.sheets) {
    for (const cell of other.cells.values()) {
      if (!cell.formula) continue;
      const broken = cell.formula.split(quoted).join("#REF!").replace(new RegExp(`(^|[^A-Za-z0-9_.'])${sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}!`, "g"), "$1#REF!");
      if (broken === cell.formula) continue;
      cell.formula = broken;
      cell.error = "#REF!";
    }
  }
}

export function emptyCell(): FakeCell {
  return { value: "", numberFormat: "General", fill: null, fontColor: null, bold: false, wrap: false };
}

let sheetsMade = 0;

export function newSheet(name: string): FakeSheet {
  sheetsMade++;
  return {
    // Excel writes worksheet ids as braced GUIDs
    id: `{00000000-0001-0000-0000-${String(sheetsMade).padStart(12, "0")}}`,
    changeHandlers: [],
    tables: [],
    name,
    visibility: "Visible",
    protected: false,
    cells: new Map(),
    merges: [],
    charts: [],
    columnWidths: {},
    rowHeights: {},
    verticalAlignment: {},
    pageLayout: {},
    pageBreaks: [],
  };
}

export function key(row: number, column: number): string {
  return `${row},${column}`;
}
