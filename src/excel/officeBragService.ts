import { Settings, buildReport, editedStatusCells, recolourEdits, settingsFor, splitReference } from "../engine";
import type { RefreshOutcome, Report } from "../engine";
import { BragService, CellPlace } from "../taskpane/BragService";
import { applyLookEdits } from "./applyOfficeEdits";
import { capabilitiesOfThisExcel } from "./capabilities";
import { loadExcelSettings, saveExcelSettings } from "./excelSettings";
import { eventsLeftOff, turnEventsBackOn } from "./events";
import { readExcelSnapshot } from "./readExcelSnapshot";
import { refreshWorkbook } from "./refreshWorkbook";
import { ExcelRun, isCellEditMode, runInExcel } from "./runInExcel";

// edits arriving within this long of each other are recoloured together
const RECOLOUR_DELAY_MS = 300;
// a recolour Excel refused (the user typing in a cell, where Excel cannot wait for them; a lost connection) is tried again after this long
const RECOLOUR_RETRY_MS = 1000;
// as long as the user types in a cell; other failures this many times, then the next refresh puts the colours right
const RECOLOUR_TRIES = 3;
// a minute of tries to turn events back on
const EVENTS_ON_TRIES = 60;

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

  /** `run` is this runtime's Excel.run: Office.js's own, unless a test runs several runtimes on one workbook. */
  constructor(private readonly run?: ExcelRun) {}

  private inExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return runInExcel(batch, this.run);
  }

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
  /** The settings the pane was last given: what its changes are made from, and merged against when it saves. */
  private settings: Settings | null = null;
  private report: Report | null = null;
  /** Addresses edited since the last recolouring, by worksheet id: a sheet renamed since keeps its id. */
  private pending = new Map<string, string[]>();
  private timer: number | undefined;
  private failedTries = 0;
  /** The worksheet ids whose onChanged this pane handles: a handler dies with its sheet, and a sheet added again under the same name is another sheet. */
  private listening = new Set<string>();
  private staleListener: (() => void) | null = null;
  private toldStale = false;

  async refresh(asAt: string, onProgress?: (step: string) => void, since?: string): Promise<RefreshOutcome> {
    try {
      return await this.refreshOnce(asAt, onProgress, since);
    } finally {
      if (eventsLeftOff()) this.turnEventsBackOnSoon();
    }
  }

  /**
   * A write that failed may leave this runtime's events off (turning them on
   * failed too: the user was typing in a cell); the pane would then hear no
   * status typed. They are turned on again as soon as Excel lets it.
   */
  private turnEventsBackOnSoon(tries = EVENTS_ON_TRIES): void {
    window.setTimeout(() => {
      this.inExcel(turnEventsBackOn).catch(() => {
        if (tries > 1) this.turnEventsBackOnSoon(tries - 1);
      });
    }, RECOLOUR_RETRY_MS);
  }

  private async refreshOnce(asAt: string, onProgress?: (step: string) => void, since?: string): Promise<RefreshOutcome> {
    onProgress?.("Reading the workbook");
    // the workbook's settings as they are now, a colleague's saved since included; the pane's own copy stays what it was given
    const settings = await this.inExcel((context) => loadExcelSettings(context));
    const outcome = await this.inExcel((context) => refreshWorkbook(context, { asAt, settings, ...(since ? { since } : {}) }, capabilitiesOfThisExcel()));
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
    return this.inExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(place.sheet);
      sheet.activate();
      sheet.getRange(place.cell).select();
      await context.sync();
    });
  }

  selectedCell(): Promise<CellPlace> {
    return this.inExcel(async (context) => {
      // Workbook.getActiveCell (ExcelApi 1.7): the top-left cell of the selection
      const cell = context.workbook.getActiveCell();
      cell.load("address");
      await context.sync();
      return placeOfAddress(cell.address);
    });
  }

  async loadSettings(): Promise<Settings> {
    this.settings = await this.inExcel((context) => loadExcelSettings(context));
    return this.settings;
  }

  async saveSettings(settings: Settings): Promise<Settings> {
    const base = this.settings ?? undefined;
    this.settings = await this.inExcel((context) => saveExcelSettings(context, settings, base));
    return this.settings;
  }

  sheetNames(): Promise<string[]> {
    return this.inExcel(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.filter((sheet) => sheet.visibility === "Visible").map((sheet) => sheet.name);
    });
  }

  /** While the pane is open, a status the user types is recoloured at once. */
  private async listenForStatusEdits(report: Report): Promise<void> {
    const names = new Set(report.plans.map((plan) => plan.sheet));
    if (names.size === 0) return;
    await this.inExcel(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      await context.sync();
      const added = sheets.items.filter((sheet) => names.has(sheet.name) && !this.listening.has(sheet.id));
      if (added.length === 0) return;
      for (const sheet of added) sheet.onChanged.add((event) => this.onChanged(event));
      await context.sync();
      for (const sheet of added) this.listening.add(sheet.id);
    });
  }

  private async onChanged(event: Excel.WorksheetChangedEventArgs): Promise<void> {
    // a co-author's edit is recoloured by their own Excel, where the add-in is installed for them: two runtimes writing one colour would fight
    if (event.changeType !== "RangeEdited" || event.source === "Remote" || !this.report) return;
    this.addPending(event.worksheetId, [event.address]);
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
    const { report } = this;
    if (!report) return;
    try {
      await this.inExcel(async (context) => {
        // each sheet as it is called now: renamed since, it is the same sheet; deleted, there is nothing to recolour
        const ids = [...pending.keys()];
        const worksheets = ids.map((id) => context.workbook.worksheets.getItemOrNullObject(id).load("name"));
        await context.sync();
        const names = new Map<string, string>();
        worksheets.forEach((sheet, index) => {
          if (!sheet.isNullObject) names.set(ids[index] as string, sheet.name);
        });
        if (names.size === 0) return;
        // the settings the workbook holds now (a colleague may have added a status word), read with the sheets
        const given = { includeSheets: [...names.values()] };
        const snapshot = await readExcelSnapshot(context, given, capabilitiesOfThisExcel());
        const settings = settingsFor(snapshot, given);
        const fresh = buildReport(snapshot, { asAt: report.asAt, settings });
        const { plans } = fresh;
        this.noticeRefreshElsewhere(report, fresh);
        const edits = [...names].flatMap(([id, sheet]) => (pending.get(id) ?? []).flatMap((address) => editedStatusCells(snapshot, plans, sheet, address)));
        const looks = recolourEdits(edits, plans, settings);
        if (looks.length > 0) await applyLookEdits(context, looks);
      });
      this.failedTries = 0;
    } catch (error) {
      // kept until a recolour gets through: a colour left to contradict its text is the one thing this must not do
      if (!isCellEditMode(error) && ++this.failedTries >= RECOLOUR_TRIES) return;
      for (const [id, addresses] of pending) this.addPending(id, addresses);
      this.recolourIn(RECOLOUR_RETRY_MS);
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
