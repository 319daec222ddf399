import { isDateFormat, formatShowsDay, serialToDate, showDate } from "./excelDate";
import { cellText } from "./sheetGrid";
import { CellSnapshot } from "../model/snapshot";

/** A cell's value as the sheet shows it: a date formatted mmm-yy reads "Feb-19", not its serial number. */
export function displayText(cell: CellSnapshot | undefined): string {
  if (cell && typeof cell.value === "number" && isDateFormat(cell.format)) {
    return showDate(serialToDate(cell.value), !formatShowsDay(cell.format as string));
  }
  return cellText(cell);
}
