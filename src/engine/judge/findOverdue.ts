import { addDays } from "date-fns/addDays";
import { dateToIso, isoToDate } from "../sheet/excelDate";
import { Status } from "../model/status";
import { IsoDate } from "../model/report";

// every action of a refresh shares one window: work it out once
let lastWindow: { asAt: IsoDate; days: number; end: IsoDate } | null = null;

function windowEndOf(asAt: IsoDate, days: number): IsoDate {
  if (lastWindow?.asAt !== asAt || lastWindow.days !== days) lastWindow = { asAt, days, end: dateToIso(addDays(isoToDate(asAt), days)) };
  return lastWindow.end;
}

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
  const windowEnd = windowEndOf(asAt, dueSoonDays);
  return { overdue: due < asAt, dueSoon: due >= asAt && due <= windowEnd };
}
