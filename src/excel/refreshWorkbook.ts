import { RefreshOutcome, ReportOptions, refresh } from "../engine";
import { applyOfficeEdits } from "./applyOfficeEdits";
import { ExcelCapabilities } from "./capabilities";
import { readExcelSnapshot } from "./readExcelSnapshot";

/** The one-click job inside Excel: read, let the engine decide, apply. */
export async function refreshWorkbook(
  context: Excel.RequestContext,
  options: ReportOptions,
  capabilities?: ExcelCapabilities,
): Promise<RefreshOutcome> {
  const snapshot = await readExcelSnapshot(context, options.settings, capabilities);
  const { report, edits } = refresh(snapshot, options);
  if (edits.refusal) return { report, refusal: edits.refusal };
  await applyOfficeEdits(context, edits);
  return { report, refusal: null };
}
