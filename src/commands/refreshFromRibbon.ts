import { Report, dateToIso, messages } from "../engine";
import { ExcelCapabilities } from "../excel/capabilities";
import { loadExcelSettings } from "../excel/excelSettings";
import { refreshWorkbook } from "../excel/refreshWorkbook";

/** What the ribbon command needs from Office, passed in so it can run against the fake. */
export interface RibbonServices {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  notify(message: RibbonMessage): Promise<void> | void;
  today(): Date;
  /** What this Excel can do; everything, when not told. */
  capabilities?: ExcelCapabilities;
}

export interface RibbonMessage {
  kind: "success" | "refused" | "error";
  text: string;
}

/**
 * The ribbon's Refresh: runs the job with the workbook's saved settings and no
 * pane, says in words what happened, and always tells Office it is done.
 */
export async function refreshFromRibbon(event: { completed(): void }, services: RibbonServices): Promise<void> {
  let message: RibbonMessage;
  try {
    const asAt = dateToIso(services.today());
    const outcome = await services.run(async (context) => {
      const settings = await loadExcelSettings(context);
      return refreshWorkbook(context, { asAt, settings }, services.capabilities);
    });
    const refusal = outcome.refusal ? `${outcome.refusal.message}${outcome.refusal.pointTo ? ` ${messages.pointInPane}` : ""}` : null;
    message = refusal !== null ? { kind: "refused", text: refusal } : { kind: "success", text: successText(outcome.report) };
  } catch (error) {
    message = { kind: "error", text: messages.refreshFailed(reasonOf(error)) };
  }
  try {
    await services.notify(message);
  } finally {
    event.completed();
  }
}

function successText(report: Report): string {
  const { changes } = report;
  const since = changes ? messages.refreshedSince(changes.period?.label ?? changes.since ?? "", changes.completed.length, changes.newlyRed.length, changes.newlyOverdue.length) : "";
  return messages.refreshed(report.asAt, report.totals, report.findings.length) + since;
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
