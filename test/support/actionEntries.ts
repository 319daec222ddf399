import type { ActionEntry, Counts } from "../../src/engine/model/report";

/** An action as the report lists it, with only what a test cares about given. */
export function entry(fields: Partial<ActionEntry> = {}): ActionEntry {
  return {
    sheet: "Plan",
    row: 2,
    section: "Safe",
    ref: "1",
    aim: "An aim",
    action: "An action",
    status: "green",
    statusText: "Green",
    due: "2020-03-31",
    dueShown: "Mar-20",
    lead: "RG",
    measure: "",
    comments: "",
    overdue: false,
    dueSoon: false,
    ...fields,
  };
}

/** The totals of these actions, as countBySection makes them. */
export function totalsOf(actions: ActionEntry[]): Counts {
  const totals: Counts = { blue: 0, red: 0, amber: 0, green: 0, notStarted: 0, unrated: 0, total: actions.length, overdue: 0, dueSoon: 0 };
  for (const action of actions) {
    totals[action.status]++;
    if (action.overdue) totals.overdue++;
    if (action.dueSoon) totals.dueSoon++;
  }
  return totals;
}
