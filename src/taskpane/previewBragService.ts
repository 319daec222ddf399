import { Settings, WorkbookSnapshot, displayText, parseAddress, refresh, settingsFor, withHistoryEdit } from "../engine";
import type { RefreshOutcome } from "../engine";
import { BragService, CellPlace } from "./BragService";

/**
 * The pane's door to the bundled sample workbook, for a browser with no
 * Excel: the same engine, run here on the sample's snapshot. Settings and
 * the history of refreshes are kept for the session; the workbook itself is
 * never written.
 */
export class PreviewBragService implements BragService {
  private settings: Settings;
  // the preview runs in a browser, which saves downloads
  readonly savesFiles = true;
  private selected: CellPlace | null = null;

  constructor(
    private snapshot: WorkbookSnapshot,
    private readonly onSelect: (place: CellPlace, text: string) => void = () => undefined,
    readonly where = "Preview of the sample plan",
  ) {
    this.settings = settingsFor(snapshot);
  }

  async refresh(asAt: string, onProgress?: (step: string) => void, since?: string): Promise<RefreshOutcome> {
    onProgress?.("Reading the sample workbook");
    await Promise.resolve();
    const { report, edits } = refresh(this.snapshot, { asAt, settings: this.settings, ...(since ? { since } : {}) });
    if (edits.history) this.snapshot = withHistoryEdit(this.snapshot, edits.history);
    return { report, refusal: edits.refusal };
  }

  async select(place: CellPlace): Promise<void> {
    this.selected = place;
    const sheet = this.snapshot.sheets.find((s) => s.name === place.sheet);
    const { row, column } = parseAddress(place.cell);
    const cell = sheet?.rows[row]?.[column];
    this.onSelect(place, displayText(cell));
  }

  // the preview has no grid to click: the last cell a finding went to stands for the selection
  async selectedCell(): Promise<CellPlace> {
    return this.selected ?? { sheet: this.snapshot.sheets.find((sheet) => sheet.visible)?.name ?? "", cell: "A1" };
  }

  async loadSettings(): Promise<Settings> {
    return this.settings;
  }

  async saveSettings(settings: Settings): Promise<Settings> {
    this.settings = settings;
    return settings;
  }

  async sheetNames(): Promise<string[]> {
    return this.snapshot.sheets.filter((sheet) => sheet.visible).map((sheet) => sheet.name);
  }

  // the preview's workbook has no ribbon beside it: nothing else refreshes it
  onStale(): void {}
}
