import { ActionEntry, IsoDate } from "../model/report";
import { TrackedState } from "./history";
import { Changes } from "../model/report";
import { changesSince } from "./changesSince";
import { trackActions } from "./trackActions";

/**
 * An earlier copy of the workbook kept as a file of its own ("SIP Q2.xlsx"): the actions it reported as at its
 * date, to compare this refresh with in place of a refresh the workbook remembers.
 */
export interface EarlierCopy {
  /** The copy's file name, as the report names it. */
  name: string;
  asAt: IsoDate;
  actions: ActionEntry[];
}

/**
 * What moved between the earlier copy and now, its actions matched to today's as the history matches them
 * (section and ref with the same words, then section and ref, then the words alone).
 */
export function changesSinceCopy(copy: EarlierCopy, actions: ActionEntry[], asAt: IsoDate): Changes {
  const then = trackActions(new Map(), copy.actions, copy.asAt, 1).tracked;
  const earlier: TrackedState = new Map(then.map((action) => [action.id, action]));
  const { tracked } = trackActions(earlier, actions, asAt, then.length + 1);
  return { ...changesSince(copy.asAt, earlier, actions, tracked), copy: copy.name };
}
