import { Report, dateToIso, messages } from "../engine";
import { ExcelCapabilities } from "../excel/capabilities";
import { loadExcelSettings } from "../excel/excelSettings";
import { refreshWorkbook } from "../excel/refreshWorkbook";
import { OutOfTime, limitRequests } from "../excel/timeLimit";

/** What the ribbon command needs from Office, passed in so it can run against the fake. */
export interface RibbonServices {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  notify(message: RibbonMessage): Promise<void> | void;
  today(): Date;
  /** What this Excel can do; everything, when not told. */
  capabilities?: ExcelCapabilities;
  /** The time in milliseconds, and a promise kept after a while: the clock the five minutes are counted on. */
  now(): number;
  after(milliseconds: number): Promise<void>;
}

/**
 * Excel closes a ribbon command's runtime five minutes after it starts
 * (office-js-docs-pr docs/design/add-in-commands.md). The work stops in time
 * to leave the notification its twenty seconds and a margin.
 */
export const RIBBON_WORK_MS = 4 * 60_000;

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
    const endsAt = services.now() + RIBBON_WORK_MS;
    const work = services.run(async (context) => {
      const limit = limitRequests(context, services.now, endsAt);
      try {
        const settings = await loadExcelSettings(context);
        return await refreshWorkbook(context, { asAt, settings }, services.capabilities, limit.writing);
      } finally {
        limit.release();
      }
    });
    // a request Excel never answers (office-js #6678, #6150) would otherwise keep the user from any word until the runtime closes
    const outcome = await Promise.race([
      work,
      services.after(RIBBON_WORK_MS).then(() => {
        throw new NoAnswer();
      }),
    ]);
    const refusal = outcome.refusal ? `${outcome.refusal.message}${outcome.refusal.pointTo ? ` ${messages.pointInPane}` : ""}` : null;
    message = refusal !== null ? { kind: "refused", text: refusal } : { kind: "success", text: successText(outcome.report) };
  } catch (error) {
    message = { kind: "error", text: failureText(error) };
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

/** Excel answered no request for as long as the ribbon has. */
class NoAnswer extends Error {}

function failureText(error: unknown): string {
  if (error instanceof OutOfTime) return error.duringWrite ? messages.ribbonOutOfTimeWriting : messages.ribbonOutOfTimeReading;
  if (error instanceof NoAnswer) return messages.ribbonNoAnswer;
  return messages.refreshFailed(reasonOf(error));
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
