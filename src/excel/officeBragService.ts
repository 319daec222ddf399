import { Settings, cellAddress, recolourEdits } from "../engine";
import type { RefreshOutcome, Report, UserEdit } from "../engine";
import { BragService, CellPlace } from "../taskpane/BragService";
import { applyLookEdits } from "./applyOfficeEdits";
import { capabilitiesOfThisExcel } from "./capabilities";
import { loadExcelSettings, saveExcelSettings } from "./excelSettings";
import { refreshWorkbook } from "./refreshWorkbook";

// edits arriving within this long of each other are recoloured together
const RECOLOUR_DELAY_MS = 300;

/** The pane's door to the workbook open in Excel. */
export class OfficeBragService implements BragService {
  readonly where = "Excel";
  private settings: Settings | null = null;
  private report: Report | null = null;
  private pending: UserEdit[] = [];
  private timer: number | undefined;
  private listening = new Set<string>();

  async refresh(asAt: string, onProgress?: (step: string) => void, since?: string): Promise<RefreshOutcome> {
    onProgress?.("Reading the workbook");
    const settings = await this.loadSettings();
    const outcome = await Excel.run((context) => refreshWorkbook(context, { asAt, settings, ...(since ? { since } : {}) }, capabilitiesOfThisExcel()));
    this.report = outcome.report;
    onProgress?.("Watching status cells");
    await this.listenForStatusEdits(outcome.report);
    return outcome;
  }

  select(place: CellPlace): Promise<void> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(place.sheet);
      sheet.activate();
      sheet.getRange(place.cell).select();
      await context.sync();
    });
  }

  async loadSettings(): Promise<Settings> {
    this.settings = await Excel.run((context) => loadExcelSettings(context));
    return this.settings;
  }

  async saveSettings(settings: Settings): Promise<void> {
    await Excel.run((context) => saveExcelSettings(context, settings));
    this.settings = settings;
  }

  sheetNames(): Promise<string[]> {
    return Excel.run(async (context) => {
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
    await Excel.run(async (context) => {
      for (const name of sheets) context.workbook.worksheets.getItem(name).onChanged.add((event) => this.onChanged(name, event));
      await context.sync();
    });
    for (const sheet of sheets) this.listening.add(sheet);
  }

  private async onChanged(sheet: string, event: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (event.changeType !== "RangeEdited" || !this.report) return;
    // a single cell's new value comes with the event: no read needed
    const single = !event.address.includes(":") && event.details;
    if (single) this.pending.push({ sheet, cell: event.address, text: String(event.details.valueAfter ?? "") });
    else await this.readEditedRange(sheet, event.address);
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.recolourPending(), RECOLOUR_DELAY_MS);
  }

  private async readEditedRange(sheet: string, address: string): Promise<void> {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.load("values,rowIndex,columnIndex");
      await context.sync();
      range.values.forEach((row, r) =>
        row.forEach((value, c) => {
          this.pending.push({ sheet, cell: cellAddress(range.rowIndex + r, range.columnIndex + c), text: String(value ?? "") });
        }),
      );
    });
  }

  private async recolourPending(): Promise<void> {
    const edits = this.pending;
    this.pending = [];
    if (!this.report || !this.settings) return;
    const looks = recolourEdits(edits, this.report.plans, this.settings);
    if (looks.length > 0) await Excel.run((context) => applyLookEdits(context, looks));
  }
}
