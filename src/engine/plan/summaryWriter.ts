import { cellAddress } from "../sheet/cellAddress";
import { WrittenCell } from "../model/editPlan";

// Excel's limit on the characters in one cell
const MAX_CELL_TEXT = 32767;
// points per line of 11pt text, and a little slack per line for proportional fonts
export const LINE_HEIGHT = 15;
const CHARACTERS_PER_WIDTH = 1.1;
// Excel's tallest row
const MAX_ROW_HEIGHT = 409;

// A4 landscape is 595 points tall, less Excel's default top and bottom margins of 0.75 inch, and a few points
// kept back, as Excel and LibreOffice measure a row's height a little differently
const PAGE_POINTS = 595 - 2 * 54 - 10;
// the page's width less the default side margins of 0.7 inch: a wider sheet prints smaller, so more rows fit
const PAGE_WIDTH_POINTS = 842 - 2 * 50.4;
// a column of w characters is 7w + 5 pixels of Calibri 11, at 0.75 points a pixel
const columnPoints = (width: number) => (width * 7 + 5) * 0.75;

type CellExtras = Omit<WrittenCell, "cell" | "value">;

/**
 * Writes the summary's rows top to bottom, as a person reads the committee appendix, and lays out its printed
 * pages as Excel would, A4 landscape one page wide: every page ends at a manual break placed here, so a heading
 * starts the page its table does, a table that runs on repeats its header row, and the pages are the same in any
 * program that honours the breaks.
 */
export class SummaryWriter {
  readonly cells: WrittenCell[] = [];
  private readonly mergedRows: Array<{ row: number; from: number; to: number }> = [];
  readonly rowHeights = new Map<number, number>();
  /** Rows (1-based) that start a printed page. */
  readonly breaks: number[] = [];
  row = 0;
  /** False once the rows below the print area begin. */
  private printing = true;
  // the points the current page's rows take, below the rows repeated on every page
  private used = 0;
  private readonly room: number;
  private readonly widthBefore: number[];

  constructor(
    readonly columnWidths: number[],
    private readonly repeatedRows: number,
  ) {
    this.widthBefore = columnWidths.reduce((before, width) => [...before, (before[before.length - 1] as number) + width], [0]);
    const scale = Math.min(1, PAGE_WIDTH_POINTS / columnWidths.reduce((sum, width) => sum + columnPoints(width), 0));
    this.room = PAGE_POINTS / scale - repeatedRows * LINE_HEIGHT;
  }

  text(column: number, text: string, extra?: CellExtras): void {
    this.put(column, { text: text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text }, extra);
  }

  /** The height in points wrapped text needs across these columns. */
  heightOf(from: number, to: number, text: string): number {
    const width = ((this.widthBefore[to + 1] as number) - (this.widthBefore[from] as number)) * CHARACTERS_PER_WIDTH;
    // most texts fit on one line: no need to count
    if (text.length <= width && !text.includes("\n")) return LINE_HEIGHT;
    const lines = text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
    return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
  }

  /**
   * Wrapped text in a merged area: Excel never fits a row's height to merged
   * cells, so the height is set from the text's length.
   */
  wrapped(from: number, to: number, text: string): void {
    this.text(from, text, { wrap: true });
    if (to > from) this.merge(from, to);
    const height = this.heightOf(from, to, text);
    if (height > LINE_HEIGHT) this.rowHeights.set(this.row + 1, Math.max(this.rowHeights.get(this.row + 1) ?? 0, height));
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

  /** Moves past the current row (and `rows - 1` empty ones), each taking its height on the page. */
  skip(rows = 1): void {
    for (let n = 0; n < rows; n++) {
      if (this.printing && this.row >= this.repeatedRows) {
        const height = this.rowHeights.get(this.row + 1) ?? LINE_HEIGHT;
        // a row that did not fit starts the next page, where Excel would have put it
        if (this.used > 0 && this.used + height > this.room) this.newPage();
        this.used += height;
      }
      this.row++;
    }
  }

  /**
   * Starts a new page unless `height` points fit on this one (or a page would not hold them anyway).
   * Returns whether it did, so a table can repeat its header row.
   */
  keep(height: number): boolean {
    if (!this.printing || this.used === 0 || this.used + height <= this.room || height > this.room) return false;
    this.newPage();
    return true;
  }

  private newPage(): void {
    this.breaks.push(this.row + 1);
    this.used = 0;
  }

  /** The rows written so far are all that prints; returns the last of them (0-based). */
  endPrinting(): number {
    this.printing = false;
    return this.row - 1;
  }
}
