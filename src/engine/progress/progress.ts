import { changesSince } from "./changesSince";
import { subDays } from "date-fns/subDays";
import { compareIso, dateToIso, isoToDate } from "../sheet/excelDate";
import { HISTORY_SHEET, HistoryRecord, planHistoryEdit, readHistory, refreshRow, stateAfter } from "./history";
import { Changes, Counts, HistoryPoint, ActionEntry, IsoDate } from "../model/report";
import { trackActions } from "./trackActions";
import { WorkbookSnapshot } from "../model/snapshot";
import { HistoryEdit } from "../model/editPlan";
import { REPORT_GAP_DAYS } from "../model/settings";

// points shown over time on the summary: six years of quarters
const MAX_POINTS = 24;

export interface Progress {
  changes: Changes | null;
  history: HistoryPoint[];
  /** Null when this refresh is already recorded as it is. */
  edit: HistoryEdit | null;
  /** The date asked for with `since` when the history holds no refresh on or before it. */
  missingSince: IsoDate | null;
}

/**
 * This refresh against the history the workbook keeps: what changed since the
 * chosen earlier refresh, the counts over time, and the rows that record
 * this refresh.
 */
export function trackProgress(
  snapshot: WorkbookSnapshot,
  actions: ActionEntry[],
  totals: Counts,
  asAt: IsoDate,
  since: IsoDate | undefined,
  freeSheetName: (wanted: string) => string,
): Progress {
  const log = readHistory(snapshot);
  const last = log.records.length - 1;
  const replacing = last >= 0 && log.records[last]?.point.asAt === asAt;
  const kept = log.records.slice(0, replacing ? last : last + 1);

  const previous = stateAfter(log, kept.length - 1);
  const { tracked, rows } = trackActions(previous.state, actions, asAt, previous.nextId);
  const point: HistoryPoint = {
    asAt,
    blue: totals.blue,
    red: totals.red,
    amber: totals.amber,
    green: totals.green,
    notStarted: totals.notStarted,
    unrated: totals.unrated,
    total: totals.total,
    overdue: totals.overdue,
  };
  const edit = planHistoryEdit(log, replacing, [refreshRow(point), ...rows], log.sheet ?? freeSheetName(HISTORY_SHEET));

  const cutoff = since ?? dateToIso(subDays(isoToDate(asAt), REPORT_GAP_DAYS));
  const base = latestOnOrBefore(kept, cutoff);
  const changes = base === -1 ? null : changesSince((kept[base] as HistoryRecord).point.asAt, stateAfter(log, base).state, actions, tracked);
  return { changes, history: overTime([...kept.map((record) => record.point), point]), edit, missingSince: since && base === -1 ? since : null };
}

function latestOnOrBefore(records: HistoryRecord[], cutoff: IsoDate): number {
  let found = -1;
  records.forEach((record, index) => {
    const best = records[found];
    if (record.point.asAt <= cutoff && (!best || record.point.asAt >= best.point.asAt)) found = index;
  });
  return found;
}

/** One point per as-at date (the latest refresh of it), oldest first. */
function overTime(points: HistoryPoint[]): HistoryPoint[] {
  const byDate = new Map<IsoDate, HistoryPoint>();
  for (const point of points) byDate.set(point.asAt, point);
  return [...byDate.values()].sort((a, b) => compareIso(a.asAt, b.asAt)).slice(-MAX_POINTS);
}
