import { IsoDate } from "./excelDate";
import { Status } from "./status";

/** The engine's result, and the JSON `brag refresh --json` writes (see SPEC.md "The report"). */
export interface Report {
  asAt: IsoDate;
  plans: PlanEntry[];
  sections: SectionCounts[];
  totals: Counts;
  actions: ActionEntry[];
  findings: Finding[];
  sentence: string;
}

export interface PlanEntry {
  sheet: string;
  range: string;
  title: string;
  /** The status column's letter, when the plan has one; the pane recolours edits to it. */
  statusColumn?: string;
}

export interface Counts {
  blue: number;
  red: number;
  amber: number;
  green: number;
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
  lead: string;
  overdue: boolean;
  dueSoon: boolean;
}

export type Severity = "error" | "warning" | "info";

export type Rule =
  | "no-plan"
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
  | "summary-name-taken";

export interface Finding {
  severity: Severity;
  rule: Rule;
  sheet: string;
  /** A1 address; empty for a finding about the whole workbook. */
  cell: string;
  message: string;
}
