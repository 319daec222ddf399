import type { RefreshOutcome, Settings } from "../engine";

export interface CellPlace {
  sheet: string;
  cell: string;
}

/**
 * The one door between the pane and a workbook. The pane never knows
 * whether Excel or the preview workbook is behind it.
 */
export interface BragService {
  /** Where the pane is working, in words ("Excel", "Preview of the sample plan"). */
  readonly where: string;
  /**
   * Whether the pane can save a file it makes (the committee report) as a
   * download: yes in a browser, Excel on the web and Excel on Windows; no in
   * Excel on Mac or iPad, whose web view saves no download.
   */
  readonly savesFiles: boolean;
  /** `since` compares with the latest refresh on or before that date; by default the latest at least 28 days before. */
  refresh(asAt: string, onProgress?: (step: string) => void, since?: string): Promise<RefreshOutcome>;
  select(place: CellPlace): Promise<void>;
  /** The cell the user has selected, to point to a plan's header row with. */
  selectedCell(): Promise<CellPlace>;
  loadSettings(): Promise<Settings>;
  /** Saves the settings, merged with any a colleague saved since they were loaded; gives what was saved. */
  saveSettings(settings: Settings): Promise<Settings>;
  sheetNames(): Promise<string[]>;
  /** Called when the workbook was refreshed elsewhere (the ribbon's Refresh) since the pane's own refresh. */
  onStale(listener: () => void): void;
}
