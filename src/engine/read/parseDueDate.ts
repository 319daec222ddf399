import { endOfMonth } from "date-fns/endOfMonth";
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { CellSnapshot } from "../model/snapshot";
import { Memo } from "../sheet/memo";
import { dateToIso, formatShowsDay, isDateFormat, serialToDate, showDate } from "../sheet/excelDate";
import { IsoDate } from "../model/report";

export type DueReading =
  /** `monthFirst`: read month first (09/18/2025), as it reads no other way; the checks say so. */
  | { kind: "date"; iso: IsoDate; shown: string; monthFirst?: true }
  | { kind: "none"; shown: string }
  | { kind: "missing" }
  | { kind: "unreadable"; shown: string };

const NO_DATE = new Set(["on-going", "ongoing", "on going", "n/a", "na", "tbc", "tbd", "-", "continuous"]);

const MONTH_FORMATS = ["MMM-yy", "MMM yy", "MMM/yy", "MMM-yyyy", "MMM yyyy", "MMMM yyyy", "MMMM-yyyy", "MMMM yy", "MM/yyyy"];
const DAY_FORMATS = [
  "d/M/yyyy",
  "d/M/yy",
  "yyyy-MM-dd",
  "d MMM yyyy",
  "d MMMM yyyy",
  "d-MMM-yy",
  "d-MMM-yyyy",
  "d MMM yy",
  "d.M.yyyy",
];
// two-digit years ("Oct-19") are read in the century closest to 2000
const REFERENCE = new Date(2000, 0, 1);
// plausible serials for a plan's due date: 1 Jan 1990 to 31 Dec 2099
const FIRST_SERIAL = 32874;
const LAST_SERIAL = 73050;
// 31 Dec 1901
const LAST_PLACEHOLDER_SERIAL = 732;

// real trackers add the weekday ("2025-09-18 (Thursday)", "Thu, 18 Sep 2025") or a time ("2025-09-18T00:00:00")
const WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?";
const WEEKDAY_AFTER = new RegExp(`\\s*\\(\\s*${WEEKDAY}\\s*\\)$`, "i");
const WEEKDAY_BEFORE = new RegExp(`^${WEEKDAY},?\\s+`, "i");
const TIME_AFTER = /^(\d{4}-\d\d-\d\d)[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$/;

function tidy(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(WEEKDAY_AFTER, "")
    .replace(WEEKDAY_BEFORE, "")
    .replace(TIME_AFTER, "$1")
    .replace(/\.$/, "")
    .replace(/\bsept\b/i, "Sep")
    .replace(/(\d)(st|nd|rd|th)\b/i, "$1");
}

// a plan writes the same few months again and again ("Oct-19"): each is worked out once
const READ_BEFORE = new Memo<string, Readonly<{ date: Date; byMonth: boolean }> | null>();

/** A written date: "Oct-19", "Sept 2019", "October 2019", "31/10/2019" (UK day-first), "2019-10-31". */
export function parseDateText(written: string): Readonly<{ date: Date; byMonth: boolean }> | null {
  const read = READ_BEFORE.get(written, readDateText);
  return read && { date: new Date(read.date), byMonth: read.byMonth };
}

function readDateText(written: string): { date: Date; byMonth: boolean } | null {
  const text = tidy(written);
  for (const pattern of MONTH_FORMATS) {
    const date = parse(text, pattern, REFERENCE);
    if (plausible(date)) return { date, byMonth: true };
  }
  for (const pattern of DAY_FORMATS) {
    const date = parse(text, pattern, REFERENCE);
    if (plausible(date)) return { date, byMonth: false };
  }
  return null;
}

// "1/2/20" must not be read as the year 20 by the four-digit pattern
function plausible(date: Date): boolean {
  return isValid(date) && date.getFullYear() >= 1900;
}

/**
 * Reads a due-date cell. A real date formatted without a day ("mmm-yy", how
 * Excel stores a typed "Oct-19") means the end of that month, as the text
 * "Oct-19" does: the action is due by the end of October.
 */
export function parseDueDate(cell: CellSnapshot | undefined): DueReading {
  if (!cell || cell.error) {
    return cell?.error ? { kind: "unreadable", shown: cell.error } : { kind: "missing" };
  }
  const { value } = cell;
  if (value === null || value === "") return { kind: "missing" };
  // a plan's due dates are a few dozen values over and over: each value and format is read once, and its reading shared
  const key = typeof value === "number" ? `${value}\u0000${cell.format ?? ""}` : typeof value === "string" ? `\u0001${value}` : null;
  if (key === null) return readDueDate(value, cell.format);
  return READINGS.get(key, () => Object.freeze(readDueDate(value, cell.format)));
}

const READINGS = new Memo<string, Readonly<DueReading>>();

// "09/18/2025" is no day-first date (there is no 18th month), but a US one: read it so, and never swap a date silently
const MONTH_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;

function monthFirst(shown: string): DueReading | null {
  const match = MONTH_FIRST.exec(shown);
  if (!match || Number(match[1]) > 12 || Number(match[2]) <= 12) return null;
  const date = parse(shown, (match[3] as string).length === 4 ? "M/d/yyyy" : "M/d/yy", REFERENCE);
  return plausible(date) ? { kind: "date", iso: dateToIso(date), shown, monthFirst: true } : null;
}

function readDueDate(value: NonNullable<CellSnapshot["value"]>, format: string | undefined): DueReading {
  if (typeof value === "number") {
    // a date in 1900 or 1901 is a tracker's placeholder for "no date", as an empty date cell formatted as a date shows 00/01/1900
    if (isDateFormat(format) && value >= 0 && value <= LAST_PLACEHOLDER_SERIAL) return { kind: "none", shown: value < 1 ? "00/01/1900" : showDate(serialToDate(value), false) };
    const looksLikeDate = isDateFormat(format) || (Number.isInteger(value) && !format);
    if (!looksLikeDate || value < FIRST_SERIAL || value > LAST_SERIAL) {
      return { kind: "unreadable", shown: String(value) };
    }
    const day = serialToDate(value);
    const byMonth = format !== undefined && isDateFormat(format) && !formatShowsDay(format);
    const date = byMonth ? endOfMonth(day) : day;
    return { kind: "date", iso: dateToIso(date), shown: format ? showDate(day, byMonth) : dateToIso(day) };
  }
  const shown = String(value).replace(/\s+/g, " ").trim();
  if (shown === "") return { kind: "missing" };
  if (NO_DATE.has(shown.toLowerCase())) return { kind: "none", shown };
  const written = parseDateText(shown);
  if (!written) return monthFirst(shown) ?? { kind: "unreadable", shown };
  if (written.date.getFullYear() <= 1901) return { kind: "none", shown };
  const date = written.byMonth ? endOfMonth(written.date) : written.date;
  return { kind: "date", iso: dateToIso(date), shown };
}

