import { DEFAULT_VOCABULARY, StatusVocabulary } from "./status";
import { Role } from "./roles";

/**
 * A plan table the user pointed to, or a correction to the columns of the
 * plans found. Letters and addresses as Excel shows them, so the saved
 * setting reads as the sheet does.
 */
export interface TableChoice {
  /** The sheet of the header row; absent: every sheet. */
  sheet?: string;
  /** Any cell of the header row, such as "B25"; absent: the plans found, with their columns corrected. */
  header?: string;
  /** Column letters by role; null takes a role away from the column guessed for it. */
  columns: Partial<Record<Role, string | null>>;
}

/**
 * What the committee report's header says that the plan itself does not:
 * typed once in the pane (or given to `brag report`), saved with the other
 * settings. Anything left out is a marked placeholder in the report.
 */
export interface ReportDetails {
  /** "Safeguarding Sub Committee – For Information" */
  committee?: string;
  /** The committee's date, as the report's header shows it ("19/09/2018"). */
  dated?: string;
  /** "Andrew Carter, Director of Community and Children's Services" */
  reportOf?: string;
  /** "Rachel Green, Service Manager Children's Social Care and Early Help" */
  author?: string;
  /** The author's telephone and email, as the report ends. */
  contact?: string;
  /** The statuses' definitions in the author's words, over the plan's key and the seeds' wording. */
  definitions?: string;
  /** Which optional sections the report has; one not given takes its default (DEFAULT_SECTIONS). */
  include?: Partial<Record<OptionalSection, boolean>>;
}

/** The details the author writes, each a line of text. */
export const REPORT_DETAILS = ["committee", "dated", "reportOf", "author", "contact", "definitions"] as const satisfies ReadonlyArray<keyof ReportDetails>;

/** The report's sections an author may leave out. */
export const OPTIONAL_SECTIONS = ["keyActions", "chart", "stuckAndLate"] as const;
export type OptionalSection = (typeof OPTIONAL_SECTIONS)[number];
/** As the seeds' reports are: key actions, and no count of late actions in the text (a chart is ours, on unless left out). */
export const DEFAULT_SECTIONS: Record<OptionalSection, boolean> = { keyActions: true, chart: true, stuckAndLate: false };

/** What a service manager can change per workbook; saved in the workbook so it travels with the file. */
export interface Settings {
  vocabulary: StatusVocabulary;
  dueSoonDays: number;
  /** Sheet names to read; null reads every visible sheet. */
  includeSheets: string[] | null;
  summarySheetName: string;
  /** Plan tables the user pointed to, and corrections to the columns of the plans found. */
  tables: TableChoice[];
  /** The committee report's details (see ReportDetails). */
  report: ReportDetails;
  /** Other ways the plan writes a person's initials, each to the initials its header names ("SaC" → "SC"). */
  aliases: Record<string, string>;
  /** Findings the manager dismissed: each stays dismissed while its cell still says what it said then. */
  dismissed: Dismissal[];
}

/** A finding dismissed: its rule and cell, and the cell's text when it was dismissed. */
export interface Dismissal {
  rule: string;
  sheet: string;
  cell: string;
  text: string;
}

export const DEFAULT_SETTINGS: Settings = {
  vocabulary: DEFAULT_VOCABULARY,
  dueSoonDays: 30,
  includeSheets: null,
  summarySheetName: "BRAG summary",
  tables: [],
  report: {},
  aliases: {},
  dismissed: [],
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
