import { DEFAULT_VOCABULARY, StatusVocabulary } from "./status";

/** What a service manager can change per workbook; saved in the workbook so it travels with the file. */
export interface Settings {
  vocabulary: StatusVocabulary;
  dueSoonDays: number;
  /** Sheet names to read; null reads every visible sheet. */
  includeSheets: string[] | null;
  summarySheetName: string;
}

export const DEFAULT_SETTINGS: Settings = {
  vocabulary: DEFAULT_VOCABULARY,
  dueSoonDays: 30,
  includeSheets: null,
  summarySheetName: "BRAG summary",
};

// by default a refresh is compared with the last at least this long before: a quarter's reports are about a month apart or more
export const REPORT_GAP_DAYS = 28;

/** Settings with anything not given taken from the defaults; vocabulary keys are matched lower-case. */
export function withDefaults(partial: Partial<Settings> = {}): Settings {
  const vocabulary = Object.fromEntries(
    Object.entries(partial.vocabulary ?? DEFAULT_SETTINGS.vocabulary).map(([word, status]) => [
      word.toLowerCase().replace(/\s+/g, " ").trim(),
      status,
    ]),
  );
  return { ...DEFAULT_SETTINGS, ...partial, vocabulary };
}
