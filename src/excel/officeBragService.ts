import { Settings, buildReport, editedStatusCells, recolourEdits, splitReference } from "../engine";
import type { RefreshOutcome, Report } from "../engine";
import { BragService, CellPlace } from "../taskpane/BragService";
import { applyLookEdits } from "./applyOfficeEdits";
import { capabilitiesOfThisExcel } from "./capabilities";
import { loadExcelSettings, saveExcelSettings } from "./excelSettings";
import { readExcelSnapshot } from "./readExcelSnapshot";
import { refreshWorkbook } from "./refreshWorkbook";
import { runInExcel } from "./runInExcel";

// edits arriving within this long of each other are recoloured together
const RECOLOUR_DELAY_MS = 300;
// a recolour Excel refused (the user typing in a cell, where Excel cannot wait for them; a lost connection) is tried again after this long
const RECOLOUR_RETRY_MS = 1000;

/**
 * The dates of the refreshes a report knows of. A status typed since changes
 * the counts a fresh report gives for the pane's own date, but not the dates:
 * a refresh made elsewhere on another date adds one.
 */
function refreshDates(report: Report): string {
  return report.history.map((point) => point.asAt).join(",");
}

/** "'Sheet 1'!B25", as Excel gives the active cell's address, as its sheet and cell. */
function placeOfAddress(address: string): CellPlace {
  const reference = splitReference(address);
  if (!reference) throw new Error(`Excel gave the selected cell as '${address}', which names no sheet.`);
  return { sheet: reference.sheet, cell: reference.range };
}

/** The pane's door to the workbook open in Excel. */
export class OfficeBragService implements BragService {
  readonly where = "Excel";

  /**
   * Excel on Mac and iPad run the pane in WKWebView, which saves no download
   * by design (office-js issues #2700 and #3385); Excel on the web saves it as
   * the browser does, and on Windows WebView2 does (office-js #1793).
   */
  get savesFiles(): boolean {
    if (typeof Office === "undefined") return true;
    const platform = Office.context?.diagnostics?.platform;
    return platform !== Office.PlatformType.Mac && platform !== Office.PlatformType.iOS;
  }
  private settings: Settings | null = null;
  private report: Report | null = null;
  /** Addresses edited since the last recolouring, by sheet. */
  private pending = new Map<string, string[]>();
  private timer: number | undefined;
  private listening = new Set<string>();
  private staleListener: (() => void) | null = null;
  private toldStale = false;

  async refresh(asAt: string, onProgress?: (step: string) => void, since?: string): Promise<RefreshOutcome> {
    onProgress?.("Reading the workbook");
    const settings = await this.loadSettings();
    const outcome = await runInExcel((context) => refreshWorkbook(context, { asAt, settings, ...(since ? { since } : {}) }, capabilitiesOfThisExcel()));
    this.report = outcome.report;
    this.toldStale = false;
    onProgress?.("Watching status cells");
    await this.listenForStatusEdits(outcome.report);
    return outcome;
  }

  onStale(listener: () => void): void {
    this.staleListener = listener;
  }

  select(place: CellPlace): Promise<void> {
    return runInExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(place.sheet);
      sheet.activate();
      sheet.getRange(place.cell).select();
      await context.sync();
    });
  }

  selectedCell(): Promise<CellPlace> {
    return runInExcel(async (context) => {
      // Workbook.getActiveCell (ExcelApi 1.7): the top-left cell of the selection
      const cell = context.workbook.getActiveCell();
      cell.load("address");
      await context.sync();
      return placeOfAddress(cell.address);
    });
  }

  async loadSettings(): Promise<Settings> {
    this.settings = await runInExcel((context) => loadExcelSettings(context));
    return this.settings;
  }

  async saveSettings(settings: Settings): Promise<void> {
    await runInExcel((context) => saveExcelSettings(context, settings));
    this.settings = settings;
  }

  sheetNames(): Promise<string[]> {
    return runInExcel(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.filter((sheet) => sheet.visibility === "Visible").map((sheet) => sheet.name);
    });
  }

  /** While the pane is open, a status the user types is recoloured at once. */
  private async listenForStatusEdits(report: Report): Promise<void> {
    const sheets = [...new Set(report.plans.map((plan) => plan.sheet))].filter((sheet) => !this.listening.has(sheet));
    if (sheets.length === 0) return;
    await runInExcel(async (context) => {
      for (const name of sheets) context.workbook.worksheets.getItem(name).onChanged.add((event) => this.onChanged(name, event));
      await context.sync();
    });
    for (const sheet of sheets) this.listening.add(sheet);
  }

  private async onChanged(sheet: string, event: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (event.changeType !== "RangeEdited" || !this.report) return;
    this.addPending(sheet, [event.address]);
    this.recolourIn(RECOLOUR_DELAY_MS);
  }

  private addPending(sheet: string, addresses: string[]): void {
    this.pending.set(sheet, [...(this.pending.get(sheet) ?? []), ...addresses]);
  }

  private recolourIn(milliseconds: number): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.recolourPending(), milliseconds);
  }

  /**
   * Recolours from a fresh read of each edited sheet, never from the last
   * refresh's picture of it: rows or columns inserted, deleted or sorted
   * since (or a refresh from the ribbon) move the status column, and a cell
   * that is no status keeps its own fill. The edited addresses themselves
   * are not read: only where they meet a plan's status column.
   */
  private async recolourPending(): Promise<void> {
    const pending = this.pending;
    this.pending = new Map();
    const { report, settings } = this;
    if (!report || !settings) return;
    for (const [sheet, addresses] of pending) {
      try {
        await runInExcel(async (context) => {
          const snapshot = await readExcelSnapshot(context, { ...settings, includeSheets: [sheet] }, capabilitiesOfThisExcel());
          const fresh = buildReport(snapshot, { asAt: report.asAt, settings });
          const { plans } = fresh;
          this.noticeRefreshElsewhere(report, fresh);
          const edits = addresses.flatMap((address) => editedStatusCells(snapshot, plans, sheet, address));
          const looks = recolourEdits(edits, plans, settings);
          if (looks.length > 0) await applyLookEdits(context, looks);
        });
      } catch {
        // kept until a recolour gets through: a colour left to contradict its text is the one thing this must not do
        this.addPending(sheet, addresses);
        this.recolourIn(RECOLOUR_RETRY_MS);
      }
    }
  }

  /**
   * The ribbon's Refresh runs beside the pane, and its writes reach the
   * pane's handlers (events are switched per runtime): when the workbook's
   * history now holds a refresh the pane's report does not, what the pane
   * shows is no longer the workbook's, and it says so once.
   */
  private noticeRefreshElsewhere(mine: Report, fresh: Report): void {
    if (this.toldStale || this.report !== mine || refreshDates(fresh) === refreshDates(mine)) return;
    this.toldStale = true;
    this.staleListener?.();
  }
}
