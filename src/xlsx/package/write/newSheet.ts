/**
 * Cells of a sheet being written from nothing, each rendered to XML as it
 * is put: no object per cell is kept, which matters for a summary of
 * hundreds of thousands of cells. Columns are array indexes, so each row
 * comes out in column order without sorting.
 */
export class NewSheetRows {
  private readonly rows = new Map<number, string[]>();
  private readonly heights = new Map<number, number>();

  /** Puts a rendered cell at a 1-based row and 0-based column, unless one is there already. */
  put(row: number, column: number, xml: string): void {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = []));
    cells[column] ??= xml;
  }

  height(row: number, points: number): void {
    this.heights.set(row, points);
    if (!this.rows.has(row)) this.rows.set(row, []);
  }

  /** The inside of `<sheetData>`, rows in order. */
  toXml(): string {
    const out: string[] = [];
    for (const row of [...this.rows.keys()].sort((a, b) => a - b)) {
      const height = this.heights.get(row);
      out.push(`<row r="${row}"${height === undefined ? "" : ` ht="${height}" customHeight="1"`}>`);
      for (const cell of this.rows.get(row) as string[]) if (cell !== undefined) out.push(cell);
      out.push("</row>");
    }
    return out.join("");
  }
}

/** The start of a worksheet part the writer makes, up to its first element. */
export const WORKSHEET_START =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`;

/** A new sheet holding only these rows, for the history log's first record. */
export function plainSheetXml(rows: NewSheetRows): string {
  return `${WORKSHEET_START}<sheetData>${rows.toXml()}</sheetData></worksheet>`;
}
