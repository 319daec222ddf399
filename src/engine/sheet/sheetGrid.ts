import { CellSnapshot, SheetSnapshot } from "../model/snapshot";
import { CellArea, parseArea } from "./cellAddress";

/** Read access to a sheet snapshot: cell text, row extent, merges. */
export class SheetGrid {
  readonly rowCount: number;
  readonly columnCount: number;
  private readonly mergeByTopLeft = new Map<string, CellArea>();

  constructor(readonly sheet: SheetSnapshot) {
    this.rowCount = sheet.rows.length;
    this.columnCount = sheet.rows.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
    for (const range of sheet.merges) {
      const area = parseArea(range);
      this.mergeByTopLeft.set(`${area.top},${area.left}`, area);
    }
  }

  cell(row: number, column: number): CellSnapshot | undefined {
    return this.sheet.rows[row]?.[column];
  }

  /** What a person reads in the cell, trimmed; errors read as their code ("#N/A"). */
  text(row: number, column: number): string {
    return cellText(this.cell(row, column));
  }

  /** Columns of the row holding any text. */
  filledColumns(row: number, from = 0, to = this.columnCount - 1): number[] {
    const cells = this.sheet.rows[row];
    if (!cells) return [];
    const filled: number[] = [];
    for (let c = from; c <= Math.min(to, cells.length - 1); c++) {
      if (cellText(cells[c]) !== "") filled.push(c);
    }
    return filled;
  }

  /** How many columns a merge starting at this cell spans (1 when not merged). */
  mergeWidth(row: number, column: number): number {
    const area = this.mergeByTopLeft.get(`${row},${column}`);
    return area ? area.right - area.left + 1 : 1;
  }
}

export function cellText(cell: CellSnapshot | undefined): string {
  if (!cell) return "";
  if (cell.error) return cell.error;
  const { value } = cell;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}
