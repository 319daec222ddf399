import { TrackedAction, TrackedState, actionRow, removedRow } from "./history";
import { storable, storedLabel } from "../words/labels";
import { ActionEntry, IsoDate } from "../model/report";

export interface Tracking {
  /** Each current action as the history knows it, in report order. */
  tracked: TrackedAction[];
  /** Rows for the history: the actions added or changed since the last record, and those removed. */
  rows: string[][];
}

/**
 * Finds each current action in the last record, so an action keeps its
 * identity when rows are inserted, moved or sorted: first by section and ref
 * with the same words, then by section and ref alone (its words were edited),
 * then by its words alone (its section or ref changed). Whatever is left is
 * added or removed.
 */
export function trackActions(previous: TrackedState, actions: ActionEntry[], asAt: IsoDate, firstNewId: number): Tracking {
  const current = actions.map(describe);
  const ids: Array<string | undefined> = new Array(actions.length);
  const unmatched = new Map(previous);

  const pass = (keyOf: (action: Omit<TrackedAction, "id">) => string | null, uniqueOnly: boolean) => {
    const earlier = new Map<string, string[]>();
    for (const action of unmatched.values()) {
      const key = keyOf(action);
      if (key === null) continue;
      const listed = earlier.get(key);
      if (listed) listed.push(action.id);
      else earlier.set(key, [action.id]);
    }
    const now = new Map<string, number[]>();
    current.forEach((action, index) => {
      const key = ids[index] === undefined ? keyOf(action) : null;
      if (key === null) return;
      const indices = now.get(key);
      if (indices) indices.push(index);
      else now.set(key, [index]);
    });
    for (const [key, indices] of now) {
      const candidates = earlier.get(key) ?? [];
      if (uniqueOnly && (candidates.length !== 1 || indices.length !== 1)) continue;
      indices.slice(0, candidates.length).forEach((index, n) => {
        const id = candidates[n] as string;
        ids[index] = id;
        unmatched.delete(id);
      });
    }
  };
  pass((a) => (a.ref ? `${a.section}\u0001${a.ref}\u0001${a.fingerprint}` : null), false);
  pass((a) => (a.ref ? `${a.section}\u0001${a.ref}` : null), true);
  pass((a) => a.fingerprint, true);

  let nextId = firstNewId;
  const rows: string[][] = [];
  const tracked = current.map((action, index) => {
    const id = ids[index] ?? String(nextId++);
    const now: TrackedAction = { id, ...action };
    const before = previous.get(id);
    if (!before || !sameRecord(before, now)) rows.push(actionRow(asAt, now));
    return now;
  });
  for (const id of unmatched.keys()) rows.push(removedRow(asAt, id));
  return { tracked, rows };
}

/** An action as the history would store it, so that what is read back compares equal. */
function describe(entry: ActionEntry): Omit<TrackedAction, "id"> {
  return {
    section: storable(entry.section),
    ref: storable(entry.ref),
    fingerprint: fingerprintOf(entry.aim, entry.action),
    status: entry.status,
    due: entry.due,
    lead: storable(entry.lead),
    label: storedLabel(entry.action || entry.aim),
  };
}

function sameRecord(a: TrackedAction, b: TrackedAction): boolean {
  return (
    a.section === b.section &&
    a.ref === b.ref &&
    a.fingerprint === b.fingerprint &&
    a.status === b.status &&
    a.due === b.due &&
    a.lead === b.lead &&
    a.label === b.label
  );
}

/** A short code for an action's words (32-bit FNV-1a), unmoved by case and spacing: the history keeps this, not the words. */
export function fingerprintOf(aim: string, action: string): string {
  const words = storable(`${aim} ${action}`.toLowerCase());
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) {
    hash ^= words.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
