import { TrackedAction, TrackedState } from "./history";
import { shortLabel } from "../words/labels";
import { ActionEntry, ChangeKind, ChangedAction, Changes, IsoDate } from "../model/report";
import { Status } from "../model/status";

/** The kinds of change in the order the summary, the pane and the CLI list them, with their names. */
export const CHANGE_KINDS: ReadonlyArray<readonly [ChangeKind, string]> = [
  ["completed", "Completed"],
  ["newlyRed", "Newly red"],
  ["improved", "Improved"],
  ["worsened", "Worsened"],
  ["newlyOverdue", "Newly overdue"],
  ["drift", "Due date moved later"],
  ["added", "Added"],
  ["removed", "Removed"],
];

// red is stuck, amber needs more work, green is going well, blue is done; not started and no status are below them all
const RANK: Record<Status, number> = { unrated: 0, notStarted: 0, red: 1, amber: 2, green: 3, blue: 4 };

/** An action counted overdue at an earlier refresh, by the same rule as today's (see findOverdue). */
function wasOverdue(action: TrackedAction, asAt: IsoDate): boolean {
  return action.due !== null && action.status !== "blue" && action.due < asAt;
}

/**
 * What moved between the earlier refresh and now. `tracked` is aligned with
 * `actions`: each current action as the history knows it.
 */
export function changesSince(since: IsoDate, earlier: TrackedState, actions: ActionEntry[], tracked: TrackedAction[]): Changes {
  const changes: Changes = { since, completed: [], newlyRed: [], improved: [], worsened: [], newlyOverdue: [], added: [], removed: [], drift: [] };
  const present = new Set<string>();
  actions.forEach((entry, index) => {
    const now = tracked[index] as TrackedAction;
    present.add(now.id);
    const before = earlier.get(now.id);
    const change: ChangedAction = {
      section: entry.section,
      ref: entry.ref,
      action: shortLabel(entry.action || entry.aim),
      lead: entry.lead,
      from: before?.status ?? null,
      to: entry.status,
      dueFrom: before?.due ?? null,
      dueTo: entry.due,
      sheet: entry.sheet,
      row: entry.row,
    };
    if (entry.overdue && !(before && wasOverdue(before, since))) changes.newlyOverdue.push(change);
    if (!before) {
      changes.added.push(change);
      return;
    }
    if (before.due !== null && entry.due !== null && entry.due > before.due) changes.drift.push(change);
    if (before.status === entry.status) return;
    if (entry.status === "blue") changes.completed.push(change);
    else if (entry.status === "red") changes.newlyRed.push(change);
    else if (RANK[entry.status] > RANK[before.status]) changes.improved.push(change);
    else changes.worsened.push(change);
  });
  for (const before of earlier.values()) {
    if (present.has(before.id)) continue;
    changes.removed.push({
      section: before.section,
      ref: before.ref,
      action: before.label,
      lead: before.lead,
      from: before.status,
      to: null,
      dueFrom: before.due,
      dueTo: null,
      sheet: null,
      row: null,
    });
  }
  return changes;
}
