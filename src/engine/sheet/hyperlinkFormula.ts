import { quoteSheetName } from "./cellAddress";
import { WrittenCell } from "../model/editPlan";

/**
 * A link to a cell of the workbook as a HYPERLINK formula: it goes into the
 * same values write as the text around it (one operation in Excel, however
 * many links), and every spreadsheet program follows it. The sheet name and
 * the text are the only user words in it, both inside string literals with
 * their quotes doubled, so no user text can ever become formula.
 */
export function hyperlinkFormula(cell: WrittenCell & { link: NonNullable<WrittenCell["link"]> }): string {
  const text = "text" in cell.value ? cell.value.text : String(cell.value.number);
  const target = `#${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`;
  return `HYPERLINK(${stringLiteral(target)},${stringLiteral(text)})`;
}

function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
