import { addDays } from "date-fns/addDays";
import { IsoDate } from "../model/report";
import { Memo } from "./memo";

// Excel's day 0 is 30 Dec 1899 once its 1900 leap-year bug is accounted for.
const EXCEL_EPOCH = new Date(1899, 11, 30);

export function serialToDate(serial: number): Date {
  return addDays(EXCEL_EPOCH, Math.floor(serial));
}

export function dateToIso(date: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An ISO date's year, month (1-based) and day. */
function partsOf(iso: IsoDate): [year: number, month: number, day: number] {
  return iso.split("-").map(Number) as [number, number, number];
}

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** ISO dates sort as plain strings; localeCompare would ask the locale about every pair, and load ICU's collation data to do it. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// a plan's actions share a few dozen due dates: each is written out once
const SHORT_DATES = new Memo<IsoDate, string>();

/** "2019-10-31" → "31 Oct 2019", as the summary lists due dates. */
export function shortDate(iso: IsoDate): string {
  return SHORT_DATES.get(iso, showShortDate);
}

function showShortDate(iso: IsoDate): string {
  const [y, m, d] = partsOf(iso);
  return `${d} ${SHORT_MONTHS[m - 1]} ${y}`;
}

const LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2019-10-31" → "31 October 2019", as the committee reports write a date. */
export function longDate(iso: IsoDate): string {
  const [y, m, d] = partsOf(iso);
  return `${d} ${LONG_MONTHS[m - 1]} ${y}`;
}

/** "2019-10-31" → "October 2019". */
export function longMonth(iso: IsoDate): string {
  const [y, m] = partsOf(iso);
  return `${LONG_MONTHS[m - 1]} ${y}`;
}

export function isoToDate(iso: IsoDate): Date {
  const [y, m, d] = partsOf(iso);
  return new Date(y, m - 1, d);
}

/**
 * The serial of a calendar day given by its parts (month 0-based), counted in
 * UTC so no time zone or summer time can move it.
 */
export function dayToSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The serial of the local calendar day a date falls on. */
export function dateToSerial(date: Date): number {
  return dayToSerial(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Whether an Excel number format shows a date (as opposed to a number or a time of day). */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  const bare = numberFormat.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "").toLowerCase();
  return /[dy]/.test(bare) || /mmm/.test(bare);
}

/** A date format that shows no day ("mmm-yy") means "by the end of that month". */
export function formatShowsDay(numberFormat: string): boolean {
  const bare = numberFormat.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "").toLowerCase();
  return /d/.test(bare);
}

/** How a date cell looks in the sheet, for messages ("Jan-19", "31/10/2019"); plain arithmetic, as it runs for every date cell. */
export function showDate(date: Date, byMonth: boolean): string {
  const yy = String(date.getFullYear()).slice(-2);
  if (byMonth) return `${SHORT_MONTHS[date.getMonth()]}-${yy}`;
  const dd = String(date.getDate()).padStart(2, "0");
  const mm = String(date.getMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getFullYear()}`;
}

/**
 * A date written the way the plan writes its due dates, judged from one it shows: "Oct-19" → "Feb-20",
 * "31/10/2019" → "29/02/2020", anything else as "29 Feb 2020". An earlier due date, which the history keeps only
 * as a date, then reads beside today's as the plan shows both.
 */
export function dueLike(iso: IsoDate, shown: string): string {
  const [y, m, d] = partsOf(iso);
  if (/^[A-Z][a-z]{2}-\d{2}$/.test(shown.trim())) return `${SHORT_MONTHS[m - 1]}-${String(y).slice(-2)}`;
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(shown.trim())) return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
  return shortDate(iso);
}
