import { CellLook, WrittenCell, hyperlinkFormula } from "../../../engine";
import { CellRewrite, CellXml } from "../sheetCells";
import { Alignment, StyleSheet } from "../styleSheet";
import { spreadsheetText } from "../xmlText";

const EMPTY: CellXml = { style: 0, inner: "", extra: "" };
const TOP: Alignment = { vertical: "top" };
const TOP_WRAPPED: Alignment = { vertical: "top", wrapText: true };

/** The cell's value kept, its format swapped for one showing `look`. */
export function lookEdit(look: CellLook, styles: StyleSheet): CellRewrite {
  return (cell) => {
    const current = cell ?? EMPTY;
    return { ...current, style: styles.withLook(current.style, look) };
  };
}

/**
 * A cell the add-in wrote last time, emptied; a fill or border of the
 * user's stays. Its format is worked out only when the cell stays empty: a
 * cell written again starts from the format it had (see StyleSheet.rewritten).
 */
export function clearEdit(styles: StyleSheet): CellRewrite {
  return (cell) => {
    if (!cell) return null;
    let style: number | undefined;
    return {
      inner: "",
      extra: cell.extra,
      emptiedFrom: cell.style,
      get style() {
        return (style ??= styles.cleared(cell.style));
      },
    };
  };
}

/**
 * A value the add-in writes. Text is always stored as text, whatever it
 * starts with; the only formulas are the engine's own links.
 */
export function writtenEdit(written: WrittenCell, styles: StyleSheet, alignTop = false): CellRewrite {
  return (cell) => {
    if (cell?.emptiedFrom !== undefined) return { style: styles.rewritten(cell.emptiedFrom, written.look, alignment(written, alignTop)), extra: "", ...writtenValue(written) };
    return { style: writtenStyle(written, styles, cell?.style ?? 0, alignTop), extra: "", ...writtenValue(written) };
  };
}

/** The format a written cell takes, made from the one it had. */
export function writtenStyle(written: WrittenCell, styles: StyleSheet, base: number, alignTop = false): number {
  const shown = alignment(written, alignTop);
  return written.look || shown ? styles.withLook(base, written.look, shown) : base;
}

function alignment(written: WrittenCell, alignTop: boolean): Alignment | undefined {
  return written.wrap ? TOP_WRAPPED : alignTop ? TOP : undefined;
}

/** A plain text cell with the workbook's default look, as in the history log; empty text leaves no cell. */
export function plainText(text: string): CellXml | null {
  return text ? { style: 0, extra: "", ...inlineText(text) } : null;
}

/** The cell becomes plain text, whatever it held. */
export function textEdit(text: string): CellRewrite {
  return () => plainText(text);
}

/** The value part of a written cell: its type and what goes inside the element. */
export function writtenValue(written: WrittenCell): Pick<CellXml, "type" | "inner"> {
  const text = "text" in written.value ? written.value.text : String(written.value.number);
  if (written.link) {
    return { type: "str", inner: `<f>${spreadsheetText(hyperlinkFormula({ ...written, link: written.link }))}</f><v>${spreadsheetText(text)}</v>` };
  }
  if ("number" in written.value) return { inner: `<v>${written.value.number}</v>` };
  return inlineText(text);
}

/** Text as an inline string, the way the writer stores every text it writes. */
function inlineText(text: string): Pick<CellXml, "type" | "inner"> {
  // Excel's own rule: spaces at the ends, runs of them and line breaks need preserving
  const space = /^\s|\s$|\s\s|\n/.test(text) ? ' xml:space="preserve"' : "";
  return { type: "inlineStr", inner: `<is><t${space}>${spreadsheetText(text)}</t></is>` };
}

