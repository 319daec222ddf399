import { longDate } from "../sheet/excelDate";
import { Changes } from "../model/report";

/**
 * What "since" is, in words: the earlier refresh's date, or the period the
 * plan rated its actions in before ("Q2"), where the workbook keeps no
 * refresh and the plan keeps a column a period.
 */
export function sinceWhen(changes: Changes): string {
  return changes.period ? changes.period.label : longDate(changes.since ?? "");
}

/** The heading over what moved: "Since 31 October 2019", or "Since Q2 (the plan's own ratings in column E)". */
export function sinceHeading(changes: Changes): string {
  if (changes.period) return `Since ${changes.period.label} (the plan's own ratings in column ${changes.period.column})`;
  return changes.copy ? `Since ${sinceWhen(changes)} (the saved copy '${changes.copy}')` : `Since ${sinceWhen(changes)}`;
}

/** Where the comparison comes from when it is not a kept refresh, so the reader knows what "since" means; null for a kept refresh. */
export function measuredAgainst(changes: Changes): string | null {
  const period = changes.period;
  return period ? `the plan's own ${period.label} ratings (column ${period.column}), as the workbook keeps no earlier refresh` : null;
}

/** What to say when nothing moved: a period column tells only of ratings. */
export function nothingMoved(changes: Changes): string {
  return changes.period ? `No action's rating changed since ${changes.period.label}.` : "No action changed status or due date, and none was added or removed.";
}
