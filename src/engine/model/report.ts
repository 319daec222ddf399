import { Refusal } from "./editPlan";
import { Role } from "./roles";
import { RatedStatus, Status } from "./status";

/** A calendar day as "YYYY-MM-DD": compared and sorted as text. */
export type IsoDate = string;

/** The engine's result, and the JSON `brag refresh --json` writes (see SPEC.md "The report"). */
export interface Report {
  asAt: IsoDate;
  plans: PlanEntry[];
  sections: SectionCounts[];
  totals: Counts;
  actions: ActionEntry[];
  findings: Finding[];
  sentence: string;
  /** What moved since an earlier refresh kept in the workbook, or else since the plan's own ratings of the period before; null when there is neither. */
  changes: Changes | null;
  /** Counts at each refresh the workbook remembers, oldest first, ending with this one. */
  history: HistoryPoint[];
  /** The committee paragraph drafted from the counts and changes, ready to paste. */
  paragraph: string;
  /** Where no plan was found, the most plan-like table's header and what it lacks, for each door to offer pointing to it in its own way. */
  nearest?: NearestTable;
  /** The workbook's own key to its colours, where it has one: the committee report defines the statuses in its words. */
  key?: StatusKey;
  /** Findings the manager dismissed (settings.dismissed) whose cells are unchanged since: not among `findings`. */
  dismissed?: Finding[];
}

/** The header row nearest to a plan's when none was found: its first labelled cell and what it lacks. */
export interface NearestTable {
  sheet: string;
  /** A1 address of the header's first labelled cell. */
  cell: string;
  lacks: "action" | "status" | "columns";
  /** Where it is and what it lacks, in a sentence no door's own. */
  message: string;
}

/** One refresh remembered: its as-at date and what it counted (due soon depends on settings, so it is not kept). */
export interface HistoryPoint extends Omit<Counts, "dueSoon"> {
  asAt: IsoDate;
}

/** An action as it was at the earlier refresh and as it is now; `sheet` and `row` are null for a removed action. */
export interface ChangedAction {
  section: string;
  ref: string;
  /** The action's words (its aim when the action cell is empty), shortened. */
  action: string;
  lead: string;
  from: Status | null;
  to: Status | null;
  dueFrom: IsoDate | null;
  dueTo: IsoDate | null;
  /** The due cell as the sheet shows it now ("Oct-19"); empty for an action removed. */
  dueShown: string;
  sheet: string | null;
  row: number | null;
}

export type ChangeKind = keyof Omit<Changes, "since" | "period" | "copy">;

/** The period column a plan rated its actions in before the latest ("RAG Q2" of RAG Q1 | RAG Q2 | RAG Q3). */
export interface PeriodColumn {
  /** The period as its label names it ("Q2", "Oct-19"). */
  label: string;
  sheet: string;
  /** The column's letter. */
  column: string;
}

/** Since the earlier refresh: each list in plan order; an action may be in more than one list (worsened and drifted, say). */
/** The plan's own key to its colours ("R = off track, A = some slippage"): what each status means, in its words. */
export interface StatusKey {
  sheet: string;
  /** The cell the key starts in. */
  cell: string;
  /** Its first and last rows (0-based). */
  rows: [number, number];
  meanings: Partial<Record<RatedStatus, string>>;
}

export interface Changes {
  /** The earlier refresh's as-at date; null when compared with the plan's own ratings of a period before (see `period`). */
  since: IsoDate | null;
  /**
   * Set when the workbook keeps no refresh early enough and the plan rates
   * each period in a column of its own: the column before the latest is the
   * last report. Only statuses are compared then, as the column says nothing
   * of due dates or of rows added and removed.
   */
  period?: PeriodColumn;
  /** Set when compared with an earlier copy of the workbook saved as a file of its own: the file's name. */
  copy?: string;
  /** Now blue, and was not. */
  completed: ChangedAction[];
  /** Now red, and was not. */
  newlyRed: ChangedAction[];
  /** Moved up red → amber → green, short of blue. */
  improved: ChangedAction[];
  /** Moved down, short of red (blue → amber, green → amber, a status taken away). */
  worsened: ChangedAction[];
  /** Overdue now, and was not then (or was not in the plan). */
  newlyOverdue: ChangedAction[];
  added: ChangedAction[];
  removed: ChangedAction[];
  /** Due date moved later. */
  drift: ChangedAction[];
}

export interface PlanEntry {
  sheet: string;
  range: string;
  title: string;
  /**
   * The plan's name as a committee report gives it: its header block's name,
   * else the title standing above the table; none where the plan has neither
   * (the title is then its sheet's name, which a report should not give as a subject).
   */
  subject?: string;
  /** The plan's period as its header block writes it ("April 2019-March 2020"). */
  period?: string;
  /** Who owns the plan and who monitors it, as its header block says: the committee report's header names them. */
  owner?: string;
  board?: string;
  /** The status column's letter, when the plan has one; the pane recolours edits to it. */
  statusColumn?: string;
  /** The initials of the people the header block names as delivering the plan. */
  people?: string[];
  /** The header block's lines above the table, each a label and what it says ("Duration:", "April 2019-March 2020"), as the plan's Appendix 1 carries them. */
  details?: Array<{ label: string; value: string }>;
  /** The header row's cells, left to right, and the role each column was read as: what the pane shows for the user to correct. */
  columns?: PlanColumn[];
}

export interface PlanColumn {
  /** The column's letter, such as "B". */
  column: string;
  /** Its header's text; empty for a column with none. */
  label: string;
  role: Role | null;
}

export interface Counts {
  blue: number;
  red: number;
  amber: number;
  green: number;
  /** Actions not started: no BRAG status yet, and none expected. */
  notStarted: number;
  /** Actions with no recognised status (none, an unknown word, an error). */
  unrated: number;
  total: number;
  overdue: number;
  dueSoon: number;
}

export interface SectionCounts extends Counts {
  name: string;
}

export interface ActionEntry {
  sheet: string;
  /** 1-based worksheet row. */
  row: number;
  section: string;
  ref: string;
  aim: string;
  action: string;
  status: Status;
  statusText: string;
  due: IsoDate | null;
  /** The due cell as the sheet shows it ("Oct-19", "Ongoing"); empty when it holds nothing. */
  dueShown: string;
  lead: string;
  /** The measure or outcome cell's text. */
  measure: string;
  /** The comments cell's text, as text whatever it starts with. */
  comments: string;
  overdue: boolean;
  dueSoon: boolean;
}

export type Severity = "error" | "warning" | "info";

export type Rule =
  | "no-plan"
  | "pointed-not-header"
  | "no-status-column"
  | "hidden-plan-sheet"
  | "missing-status"
  | "unknown-status"
  | "status-by-colour"
  | "missing-lead"
  | "unknown-lead"
  | "missing-due"
  | "unreadable-due"
  | "due-outside-period"
  | "duplicate-ref"
  | "blue-without-comment"
  | "red-without-comment"
  | "cell-error"
  | "protected-sheet"
  | "summary-name-taken"
  | "no-earlier-refresh"
  | "merges-unread"
  | "protected-workbook"
  | "summary-name-invalid"
  | "month-first-due"
  | "legend-read"
  | "repeated-table"
  | "log-beside-plan";

export interface Finding {
  severity: Severity;
  rule: Rule;
  sheet: string;
  /** A1 address; empty for a finding about the whole workbook. */
  cell: string;
  message: string;
  /** The cell's text as it stands: what a dismissal of the finding keeps, so it holds until the cell changes. */
  text?: string;
  /** For a lead the header does not name: the initials not known, each of which the manager may say is one of the plan's people. */
  initials?: string[];
}

/** What a door tells its user after a refresh: the report, and why nothing was written when nothing was. */
export interface RefreshOutcome {
  report: Report;
  /** Set when nothing was written, and why. */
  refusal: Refusal | null;
}
