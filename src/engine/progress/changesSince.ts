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

/** An action whose status moved, in the list that says how: completed, newly red, improved or worsened. */
export function addStatusMove(changes: Changes, change: ChangedAction, from: Status, to: Status): void {
  if (from === to) return;
  if (to === "blue") changes.completed.push(change);
  else if (to === "red") changes.newlyRed.push(change);
  else if (RANK[to] > RANK[from]) changes.improved.push(change);
  else changes.worsened.push(change);
}

/** A current action as it was and as it is. */
export function changeOf(entry: ActionEntry, from: Status | null, dueFrom: IsoDate | null): ChangedAction {
  return {
    section: entry.section,
    ref: entry.ref,
    action: shortLabel(entry.action || entry.aim),
    lead: entry.lead,
    from,
    to: entry.status,
    dueFrom,
    dueTo: entry.due,
    dueShown: entry.dueShown,
    sheet: entry.sheet,
    row: entry.row,
  };
}

/** No change yet, since the given refresh or period. */
export function noChanges(since: IsoDate | null): Changes {
  return { since, completed: [], newlyRed: [], improved: [], worsened: [], newlyOverdue: [], added: [], removed: [], drift: [] };
}

/**
 * What moved between the earlier refresh and now. `tracked` is aligned with
 * `actions`: each current action as the history knows it.
 */
export function changesSince(since: IsoDate, earlier: TrackedState, actions: ActionEntry[], tracked: TrackedAction[]): Changes {
  const changes = noChanges(since);
  const present = new Set<string>();
  actions.forEach((entry, index) => {
    const now = tracked[index] as TrackedAction;
    present.add(now.id);
    const before = earlier.get(now.id);
    const change = changeOf(entry, before?.status ?? null, before?.due ?? null);
    if (entry.overdue && !(before && wasOverdue(before, since))) changes.newlyOverdue.push(change);
    if (!before) {
      changes.added.push(change);
      return;
    }
    if (before.due !== null && entry.due !== null && entry.due > before.due) changes.drift.push(change);
    addStatusMove(changes, change, before.status, entry.status);
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
      dueShown: "",
      sheet: null,
      row: null,
    });
  }
  return changes;
}
