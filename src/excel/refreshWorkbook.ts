import { EditPlan, RefreshOutcome, ReportOptions, Settings, WorkbookSnapshot, messages, recolourEdits, refresh, settingsFor, statusRanges, statusesTypedSince, writesNothing } from "../engine";
import { applyLookEdits, applyOfficeEdits } from "./applyOfficeEdits";
import { ExcelCapabilities } from "./capabilities";
import { queueSettingsRead } from "./excelSettings";
import { readExcelSnapshot } from "./readExcelSnapshot";

// a refresh whose write met a colleague's refresh of the same moment is read and written again this many times at most
const TRIES = 3;

/**
 * The one-click job inside Excel: read, let the engine decide, apply. With
 * co-authors, another runtime may refresh between this one's read and its
 * write (Excel keeps no add-in state in step between them,
 * docs/excel/co-authoring-in-excel-add-ins.md): where its write fails on what
 * the other made meanwhile (the history sheet, the summary), it reads again
 * and writes what the workbook now needs, and where both wrote the summary,
 * the older charts are taken off.
 */
export async function refreshWorkbook(
  context: Excel.RequestContext,
  options: ReportOptions,
  capabilities?: ExcelCapabilities,
  /** Told as the first write is about to be queued. */
  onWriting?: () => void,
): Promise<RefreshOutcome> {
  let given = options;
  for (let attempt = 1; ; attempt++) {
    const snapshot = await readExcelSnapshot(context, given.settings, capabilities);
    const { report, edits } = refresh(snapshot, given);
    if (edits.refusal) return { report, refusal: edits.refusal };
    // the counts are read all the same; nothing is written, and the user is told why in words of their own
    if (capabilities?.readOnly && !writesNothing(edits)) return { report, refusal: { sheet: "", message: messages.readOnlyWorkbook } };
    onWriting?.();
    let saved: Settings | null;
    try {
      saved = await write(context, snapshot, edits, report.plans);
    } catch (error) {
      if (attempt >= TRIES || !madeMeanwhile(error)) throw error;
      continue;
    }
    // a colleague saved settings as this refresh ran (a status word, a table chosen): what it wrote is in the old ones
    if (saved === null || attempt >= TRIES) return { report, refusal: null };
    given = { ...given, ...(given.settings ? { settings: saved } : {}) };
  }
}

/** Excel refused to add what another runtime added since this one read the workbook, or to take away what it took away. */
function madeMeanwhile(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "ItemAlreadyExists" || code === "ItemNotFound";
}

/**
 * Applies the edits, reading back in the last request what others may have
 * done meanwhile: a status typed (coloured by what it had been), the
 * summary's charts (two refreshes at once each add theirs), and the saved
 * settings. Gives the settings where a colleague saved others meanwhile, to
 * refresh again with; null where they are as read.
 */
async function write(context: Excel.RequestContext, snapshot: WorkbookSnapshot, edits: EditPlan, plans: RefreshOutcome["report"]["plans"]): Promise<Settings | null> {
  const readBack = statusRanges(plans).map(({ sheet, range }) => ({ sheet, range, cells: context.workbook.worksheets.getItem(sheet).getRange(range) }));
  const summary = edits.summary;
  // what the summary holds once written, as a count Excel gives back with the request
  let chartsNow = (): number => summary?.charts.length ?? 0;
  let settingsNow = (): Settings => settingsFor(snapshot);
  const wrote = await applyOfficeEdits(context, edits, undefined, () => {
    readBack.forEach(({ cells }) => cells.load("values"));
    if (summary) {
      const count = context.workbook.worksheets.getItem(summary.name).charts.getCount();
      // read only once applyOfficeEdits has synced the request this is queued in
      // eslint-disable-next-line office-addins/call-sync-before-read
      chartsNow = () => count.value;
    }
    settingsNow = queueSettingsRead(context);
  });
  if (!wrote) return null;
  const settings = settingsNow();
  const typed = statusesTypedSince(snapshot, readBack.map(({ sheet, range, cells }) => ({ sheet, range, values: cells.values })));
  // in the words the workbook knows now: a colleague may have saved a new status word since the read
  const looks = recolourEdits(typed, plans, settings);
  const extra = summary ? chartsNow() - summary.charts.length : 0;
  // charts are added last, so the older ones come first
  if (summary && extra > 0) for (let index = extra - 1; index >= 0; index--) context.workbook.worksheets.getItem(summary.name).charts.getItemAt(index).delete();
  if (looks.length > 0) await applyLookEdits(context, looks);
  else if (extra > 0) await context.sync();
  return sameSettings(settings, settingsFor(snapshot)) ? null : settings;
}

function sameSettings(a: Settings, b: Settings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
