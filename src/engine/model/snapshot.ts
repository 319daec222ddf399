/**
 * A workbook as plain data, the only thing the engine ever sees. Both adapters
 * (the add-in inside Excel and ExcelJS) produce it; it follows the Office JavaScript API conventions so the
 * Excel path needs no translation: dates are Excel serial numbers, merged cells
 * hold their value only in the top-left cell, errors are their display string.
 */
export type CellValue = string | number | boolean | null;

export interface CellSnapshot {
  value: CellValue;
  /** Excel number format, e.g. "mmm-yy"; absent means General. */
  format?: string;
  /** The formula text when the cell holds one; `value` is then its result. */
  formula?: string;
  /** An error value such as "#N/A"; `value` is then null. */
  error?: string;
}

export interface SheetSnapshot {
  name: string;
  visible: boolean;
  protected: boolean;
  /** rows[r][c], 0-based from A1; missing entries are empty cells. */
  rows: Array<Array<CellSnapshot | undefined> | undefined>;
  /** Merged areas as A1 ranges, e.g. "A5:I5". */
  merges: string[];
  /** Set when the adapter could not read the sheet's merged areas (Excel gives none past 512); `merges` is then empty. */
  mergesUnread?: boolean;
  /** 1-based numbers of hidden rows. */
  hiddenRows: number[];
  /** How many charts the sheet holds, where the adapter can tell (ExcelJS cannot: it drops charts). */
  charts?: number;
  /** The A1 ranges of the sheet's Excel tables (ListObjects), header row included. */
  tables?: string[];
}

export interface DefinedName {
  name: string;
  /** The formula it refers to, e.g. "'BRAG summary'!$A$1". */
  refersTo: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: DefinedName[];
  /** Review > Protect Workbook is on: no sheet may be added or deleted. */
  structureProtected?: boolean;
  /**
   * Solid fill colours ("RRGGBB") of the cells the engine asked for through
   * `cellsNeedingFill`, by sheet name then A1 address. Cells with no fill are absent.
   */
  fills?: Record<string, Record<string, string>>;
  /** Text colours ("RRGGBB") of the same cells, where set; absent means automatic. */
  fonts?: Record<string, Record<string, string>>;
}
