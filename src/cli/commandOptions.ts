import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";
import { dateToIso } from "../engine";

/** A mistake in how the command was called: one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function asAtDate(option: string | undefined, today: Date = new Date()): string {
  if (option === undefined) return dateToIso(today);
  return isoDate("--as-at", option);
}

export function isoDate(flag: string, option: string): string {
  const date = parseISO(option);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(option) || !isValid(date)) {
    throw new UsageError(`${flag} must be a date written YYYY-MM-DD, such as 2020-01-31 (got '${option}').`);
  }
  return option;
}
