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

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: string[];
  charts: FakeChart[];
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  verticalAlignment: Record<string, string>;
  pageLayout: { orientation?: string; paperSize?: string; zoom?: unknown; printTitleRows?: string };
}

export interface FakeWorkbookModel {
  sheets: FakeSheet[];
  /** Workbook-scoped names: name → formula ("=Plan!$J$16:$J$111"). */
  names: Map<string, string>;
  enableEvents: boolean;
}

export function emptyCell(): FakeCell {
  return { value: "", numberFormat: "General", fill: null, fontColor: null, bold: false, wrap: false };
}

export function newSheet(name: string): FakeSheet {
  return {
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
  };
}

export function key(row: number, column: number): string {
  return `${row},${column}`;
}
