import { addDays } from "date-fns";
import { IsoDate, dateToIso, isoToDate } from "./excelDate";
import { Status } from "./status";

/**
 * An action is overdue when its due date is before the as-at date and it is
 * not blue; due soon when due within the window from the as-at date.
 */
export function findOverdue(
  due: IsoDate | null,
  status: Status,
  asAt: IsoDate,
  dueSoonDays: number,
): { overdue: boolean; dueSoon: boolean } {
  if (due === null || status === "blue") return { overdue: false, dueSoon: false };
  const windowEnd = dateToIso(addDays(isoToDate(asAt), dueSoonDays));
  return { overdue: due < asAt, dueSoon: due >= asAt && due <= windowEnd };
}
