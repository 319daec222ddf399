import { Refusal, Report, ReportOptions, refresh } from "../engine";
import { applyExcelEdits } from "./applyExcelEdits";
import { ExcelCapabilities, readExcelSnapshot } from "./readExcelSnapshot";

export interface RefreshOutcome {
  report: Report;
  /** Set when nothing was written, and why. */
  refusal: Refusal | null;
}

/** The one-click job inside Excel: read, let the engine decide, apply. */
export async function refreshWorkbook(
  context: Excel.RequestContext,
  options: ReportOptions,
  capabilities?: ExcelCapabilities,
): Promise<RefreshOutcome> {
  const snapshot = await readExcelSnapshot(context, options.settings, capabilities);
  const { report, edits } = refresh(snapshot, options);
  if (edits.refusal) return { report, refusal: edits.refusal };
  await applyExcelEdits(context, edits);
  return { report, refusal: null };
}
