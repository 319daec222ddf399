import { addStatusMove, changeOf, noChanges } from "./changesSince";
import { ActionEntry, Changes, PeriodColumn } from "../model/report";
import { Status } from "../model/status";

/**
 * What moved since the period before, read from the plan's own columns
 * ("RAG Q2" beside "RAG Q3") where the workbook keeps no earlier refresh.
 * `earlier` is aligned with `actions`: each one's status in the column of
 * the period before, or undefined where its plan keeps none. Only statuses
 * are compared: the column holds no due dates, and every row was there then.
 */
export function changesSincePeriod(period: PeriodColumn, actions: ActionEntry[], earlier: Array<Status | undefined>): Changes {
  const changes: Changes = { ...noChanges(null), period };
  actions.forEach((entry, index) => {
    const from = earlier[index];
    if (from === undefined) return;
    addStatusMove(changes, changeOf(entry, from, entry.due), from, entry.status);
  });
  return changes;
}
