import { RefreshOutcome, ReportOptions, messages, refresh, writesNothing } from "../engine";
import { applyOfficeEdits } from "./applyOfficeEdits";
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
  await applyOfficeEdits(context, edits);
  return { report, refusal: null };
}
