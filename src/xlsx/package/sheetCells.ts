import { columnLetters, parseAddress } from "../../engine";
import { CELL, ROW, USUAL_ATTRIBUTES, cellAttributesOf, rowNumberOf, sheetDataOf } from "./sheetXml";
import { attribute, withAttribute } from "./xmlText";

/** One `<c>` element of a worksheet, as the patch writer reads and writes it. */
export interface CellXml {
  /** Index into styles.xml's cell formats; 0 is the workbook's default. */
  style: number;
  /** The `t` attribute: "s", "str", "inlineStr", "b", "e", or none for a number. */
  type?: string;
  /** Everything inside the element (`<f>`, `<v>`, `<is>`), or "" for an empty cell. */
  inner: string;
  /** Any other attributes, kept as they were. */
  extra: string;
  /** For a cell the add-in emptied in this refresh, the format it had before. */
  emptiedFrom?: number;
}

/** What to do to one cell: given the cell as it is (null when absent), the cell it becomes (null to leave none). */
export type CellRewrite = (cell: CellXml | null) => CellXml | null;


/**
 * Edits to cells of one worksheet, applied in a single pass over its XML.
 * Rows and cells nobody edits are copied through untouched, whatever they
 * hold (formulas, rich text, data types the writer knows nothing of).
 */
export class SheetCellEdits {
  private readonly rows = new Map<number, Map<number, CellRewrite>>();
  /** Whether applying the edits took a formula out of a cell (Excel's calculation chain may then name a cell with none). */
  formulaRemoved = false;

  get size(): number {
    return this.rows.size;
  }

  /** Adds an edit to the cell at an A1 address; a second edit of the same cell applies to what the first made. */
  edit(address: string, edit: CellRewrite): void {
    const { row, column } = parseAddress(address);
    let cells = this.rows.get(row + 1);
    if (!cells) this.rows.set(row + 1, (cells = new Map()));
    const earlier = cells.get(column);
    cells.set(column, earlier ? (cell) => edit(earlier(cell)) : edit);
  }

  apply(xml: string): string {
    if (this.rows.size === 0) return xml;
    const sheetData = sheetDataOf(xml);
    const content = xml.slice(sheetData.contentStart, sheetData.contentEnd);

    const pending = [...this.rows.keys()].sort((a, b) => a - b);
    let next = 0;
    const out: string[] = [];
    let last = 0;
    for (const match of content.matchAll(ROW)) {
      const number = rowNumberOf(match[1] as string);
      const at = match.index as number;
      if ((pending[next] ?? Infinity) < number) {
        out.push(content.slice(last, at));
        while ((pending[next] ?? Infinity) < number) out.push(this.newRow(pending[next++] as number));
        last = at;
      }
      if (pending[next] === number) {
        out.push(content.slice(last, at), this.editedRow(number, match[1] as string, match[2] ?? ""));
        next++;
        last = at + match[0].length;
      }
    }
    out.push(content.slice(last));
    while (next < pending.length) out.push(this.newRow(pending[next++] as number));
    return `${xml.slice(0, sheetData.start)}<sheetData>${out.join("")}</sheetData>${xml.slice(sheetData.end)}`;
  }

  private newRow(number: number): string {
    const cells = this.editedCells(number, "");
    return cells ? `<row r="${number}">${cells}</row>` : "";
  }

  private editedRow(number: number, attributes: string, inner: string): string {
    // spans is only a hint, and a new cell past it would make it wrong
    const kept = withAttribute(attributes, "spans", undefined);
    const cells = this.editedCells(number, inner);
    return cells || /\S/.test(kept.replace(/\sr="\d+"/, "")) ? `<row${kept}>${cells}</row>` : "";
  }

  private editedCells(number: number, inner: string): string {
    const edits = this.rows.get(number) as Map<number, CellRewrite>;
    const pending = [...edits.keys()].sort((a, b) => a - b);
    let next = 0;
    const out: string[] = [];
    let last = 0;
    for (const match of inner.matchAll(CELL)) {
      const attributes = match[1] as string;
      const column = columnOf(attributes);
      const at = match.index as number;
      if ((pending[next] ?? Infinity) <= column) out.push(inner.slice(last, at));
      else continue;
      while ((pending[next] ?? Infinity) < column) put(out, edits, number, pending[next++] as number, null);
      if (pending[next] === column) {
        const cell = parsedCell(attributes, match[2] ?? "");
        if (put(out, edits, number, column, cell) !== cell.inner && cell.inner.includes("<f")) this.formulaRemoved = true;
        next++;
        last = at + match[0].length;
      } else {
        last = at;
      }
    }
    out.push(inner.slice(last));
    while (next < pending.length) put(out, edits, number, pending[next++] as number, null);
    return out.join("");
  }
}

/** Writes the edited cell; what it holds now ("" for nothing). */
function put(out: string[], edits: Map<number, CellRewrite>, row: number, column: number, cell: CellXml | null): string {
  const edited = (edits.get(column) as CellRewrite)(cell);
  // a cell left holding nothing, in the default format, is left out, as Excel leaves it out
  if (edited && (edited.inner || edited.style || edited.extra)) out.push(cellXml(column, row, edited));
  return edited?.inner ?? "";
}

function parsedCell(attributes: string, inner: string): CellXml {
  // the usual cell (only r, s and t, as Excel writes them) is read in one match, with nothing else to keep
  const usual = USUAL_ATTRIBUTES.exec(attributes);
  if (usual) return { style: usual[2] ? Number(usual[2]) : 0, ...(usual[3] ? { type: usual[3] } : {}), inner, extra: "" };
  const type = attribute(attributes, "t");
  const extra = ["r", "s", "t"].reduce((rest, name) => withAttribute(rest, name, undefined), attributes).replace(/\s+$/, "");
  return { style: Number(attribute(attributes, "s") ?? 0), ...(type ? { type } : {}), inner, extra };
}

export function cellXml(column: number, row: number, cell: CellXml): string {
  const reference = columnLetters(column) + row;
  const style = cell.style ? ` s="${cell.style}"` : "";
  const type = cell.type ? ` t="${cell.type}"` : "";
  return `<c r="${reference}"${style}${type}${cell.extra}${cell.inner ? `>${cell.inner}</c>` : "/>"}`;
}

function columnOf(attributes: string): number {
  return parseAddress(cellAttributesOf(attributes).address).column;
}
