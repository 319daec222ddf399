import { buildReport } from "./buildReport";
import { IsoDate } from "./model/report";
import { Settings } from "./model/settings";
import { WorkbookSnapshot } from "./model/snapshot";
import { EarlierCopy } from "./progress/earlierCopy";
import { readHistory } from "./progress/history";
import { longDate } from "./sheet/excelDate";
import { messages } from "./words/messages";

/**
 * Last quarter's copy of the workbook, read as it reported then: as at its own last refresh (the history it
 * keeps), or as at `dated` when it was never refreshed. Its actions are read with its own saved settings and
 * the ones given for this run, as today's are.
 */
export function earlierCopyOf(
  snapshot: WorkbookSnapshot,
  name: string,
  options: { asAt: IsoDate; dated?: IsoDate; settings?: Partial<Settings> },
): EarlierCopy | { problem: string; undated: boolean } {
  const records = readHistory(snapshot).records;
  const asAt = records.reduce<IsoDate | undefined>((latest, record) => (latest === undefined || record.point.asAt > latest ? record.point.asAt : latest), undefined) ?? options.dated;
  if (asAt === undefined) return { problem: messages.copyUndated(name), undated: true };
  if (asAt >= options.asAt) return { problem: messages.copyNotEarlier(name, longDate(asAt), longDate(options.asAt)), undated: false };
  const report = buildReport(snapshot, { asAt, ...(options.settings ? { settings: options.settings } : {}) });
  if (report.actions.length === 0) return { problem: messages.copyWithoutPlan(name), undated: false };
  return { name, asAt, actions: report.actions };
}
