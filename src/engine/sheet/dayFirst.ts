import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { IsoDate } from "../model/report";
import { dateToIso, isoToDate } from "./excelDate";

// the ways a manager in the UK types a date: day first, whatever the browser's locale
const FORMATS = ["d/M/yyyy", "d/M/yy", "d-M-yyyy", "d.M.yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd"];

/** "31/01/2020", "31-1-2020", "31 January 2020" → "2020-01-31"; null for text that is no such date. */
export function parseDayFirst(text: string): IsoDate | null {
  const typed = text.trim();
  for (const format of FORMATS) {
    const date = parse(typed, format, new Date(2000, 0, 1));
    if (isValid(date) && date.getFullYear() >= 1900) return dateToIso(date);
  }
  return null;
}

/** "2020-01-31" → "31/01/2020", as the date field shows it. */
export function dayFirst(iso: IsoDate): string {
  const date = isoToDate(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}
