import { RefreshOutcome, ReportOptions, messages, recolourEdits, refresh, settingsFor, statusRanges, statusesTypedSince, writesNothing } from "../engine";
import { applyLookEdits, applyOfficeEdits } from "./applyOfficeEdits";
import { ExcelCapabilities } from "./capabilities";
import { readExcelSnapshot } from "./readExcelSnapshot";

/** The one-click job inside Excel: read, let the engine decide, apply. */
export async function refreshWorkbook(
  context: Excel.RequestContext,
  options: ReportOptions,
  capabilities?: ExcelCapabilities,
  /** Told as the first write is about to be queued. */
  onWriting?: () => void,
): Promise<RefreshOutcome> {
  const snapshot = await readExcelSnapshot(context, options.settings, capabilities);
  const { report, edits } = refresh(snapshot, options);
  if (edits.refusal) return { report, refusal: edits.refusal };
  // the counts are read all the same; nothing is written, and the user is told why in words of their own
  if (capabilities?.readOnly && !writesNothing(edits)) return { report, refusal: { sheet: "", message: messages.readOnlyWorkbook } };
  onWriting?.();
  // the status cells as the last write leaves them, read in its own request: a status typed meanwhile was coloured by what it had been
  const ranges = statusRanges(report.plans);
  const readBack = ranges.map(({ sheet, range }) => ({ sheet, range, cells: context.workbook.worksheets.getItem(sheet).getRange(range) }));
  const wrote = await applyOfficeEdits(context, edits, undefined, () => readBack.forEach(({ cells }) => cells.load("values")));
  if (wrote) {
    const typed = statusesTypedSince(snapshot, readBack.map(({ sheet, range, cells }) => ({ sheet, range, values: cells.values })));
    const looks = recolourEdits(typed, report.plans, settingsFor(snapshot, options.settings));
    if (looks.length > 0) await applyLookEdits(context, looks);
  }
  return { report, refusal: null };
}
