import { tasks } from "./messages";
import { Counts } from "../model/report";
import { SENTENCE_ORDER } from "../model/status";

/** The counts as the committee reports list them after "There are:": "20 tasks marked amber", "45 tasks marked green", … */
export function countParts(totals: Counts): string[] {
  const parts = SENTENCE_ORDER.map((status) => `${tasks(totals[status])} marked ${status}`);
  if (totals.notStarted > 0) parts.push(`${tasks(totals.notStarted)} not started`);
  if (totals.unrated > 0) parts.push(`${tasks(totals.unrated)} with no recognised status`);
  return parts;
}

/** The count in the committee reports' own words: "There are: 20 tasks marked amber, 45 tasks marked green, 0 tasks marked red, 2 tasks marked blue". */
export function committeeSentence(totals: Counts): string {
  return `${COUNTS_LEAD} ${countParts(totals).join(", ")}`;
}

export const COUNTS_LEAD = "There are:";
