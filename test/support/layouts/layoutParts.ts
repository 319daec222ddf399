import fc from "fast-check";

/**
 * The parts a generated plan is assembled from, each a way real plans are
 * laid out. A generated workbook names the parts it used, so a failure says
 * which kind of layout broke.
 */

export type Role = "section" | "ref" | "aim" | "action" | "measure" | "due" | "lead" | "comments" | "status";

/** Header vocabularies: the SPEC's words, councils' synonyms and project trackers' words. */
export const VOCABULARIES: Record<"spec" | "council" | "tracker", Partial<Record<Role, readonly string[]>>> = {
  spec: {
    section: ["Section", "Theme", "Priority", "Work stream"],
    ref: ["Ref", "No.", "#"],
    aim: ["Aim", "Objective", "Specific aim", "Area for development", "Recommendation"],
    action: ["Action", "What we will do"],
    measure: ["Measure", "Outcome", "Success measure", "How we will know"],
    due: ["Due", "Deadline", "Target date", "By when"],
    lead: ["Lead", "Owner", "Responsible officer"],
    comments: ["Comments", "Progress", "Update", "Commentary"],
    status: ["Status", "RAG", "BRAG", "Rating", "RAG status", "BRAG rating"],
  },
  council: {
    section: ["Priority area", "Strand", "Workstream"],
    ref: ["Reference", "Number"],
    aim: ["Objectives", "Goal", "Aims"],
    action: ["Key actions", "Action required", "Actions"],
    measure: ["Success criteria", "Measure of success", "Outcomes", "Impact"],
    due: ["Completion date", "Timescale", "Date due"],
    lead: ["Lead officer", "Responsible"],
    comments: ["Progress update", "Latest update", "Notes"],
    status: ["RAG rating", "BRAG status"],
  },
  tracker: {
    section: ["Category", "Team", "Phase", "Workstream"],
    ref: ["ID", "Task ID", "S.No"],
    action: ["Task name", "Task description", "Description", "Milestone", "Deliverable", "Project", "Activity"],
    due: ["End date", "Finish date", "Planned end", "Due by"],
    lead: ["Assigned to", "Task owner", "Assignee"],
    comments: ["Remarks", "Latest position"],
    status: ["Current status", "Overall status", "Status"],
  },
};

/** How a label is written: as it is, in capitals, with a line break or a colon, with its unit or its period. */
export type LabelStyle = "plain" | "capitals" | "lower" | "line break" | "colon" | "unit" | "period";

// units and periods a label carries in real plans: "Due (dd/mm/yy)", "Update Aug 2018", "RAG Q3 2019/20"
const UNITS: Partial<Record<Role, string>> = { due: " (dd/mm/yy)", lead: " (initials)", ref: " no." };
const PERIODS: Partial<Record<Role, string>> = { comments: " Aug 2018", status: " Q3 2019/20", due: " 2019/20", measure: " 2019/20" };

export function styleLabel(label: string, role: Role, style: LabelStyle): string {
  switch (style) {
    case "capitals":
      return label.toUpperCase();
    case "lower":
      return label.toLowerCase();
    case "line break":
      return label.includes(" ") ? label.replace(" ", "\n") : label;
    case "colon":
      return `${label}:`;
    case "unit":
      // "Ref no." is a label; "No. no." is not
      return /^(ref|reference)$/i.test(label) || role !== "ref" ? `${label}${UNITS[role] ?? ""}` : label;
    case "period":
      return `${label}${PERIODS[role] ?? ""}`;
    default:
      return label;
  }
}

/** Columns real plans carry beside the plan's own: IDs, dates, money, progress, ranks and scores. */
export const EXTRA_COLUMNS = ["Start date", "Budget (£)", "% complete", "Priority", "Risk score", "Date raised"] as const;
export type ExtraColumn = (typeof EXTRA_COLUMNS)[number];

/** How the plan is cut into sections. */
export const SECTIONINGS = ["column", "unsorted column", "heading rows", "repeated headers", "sheet per section", "none"] as const;
export type Sectioning = (typeof SECTIONINGS)[number];

/** How the statuses are written. */
export const STATUS_FORMS = ["words", "letters", "tracker words", "fills", "legend codes", "period columns", "periods alone", "done flags"] as const;
export type StatusForm = (typeof STATUS_FORMS)[number];

/** How due dates are written: each action picks one. */
export const DUE_FORMS = ["serial", "mmm-yy text", "month year text", "day first text", "iso text", "no date word"] as const;
export type DueForm = (typeof DUE_FORMS)[number];

/** How the plan's table is shaped and placed: one table, a two-row header, tables side by side or stacked, numbered phases over their tasks, a second sheet listing the same items. */
export const SHAPES = ["plain", "plain", "plain", "two-row header", "side by side", "stacked", "phase rows", "timeline copy"] as const;
export type Shape = (typeof SHAPES)[number];

/** What stands above the table. */
export const TOPS = ["nothing", "title", "title and header block"] as const;
export type Top = (typeof TOPS)[number];

/** What stands beside the plan: nothing, a legend, a lookup list, a dashboard of counts. */
export const BESIDES = ["nothing", "lookup list", "dashboard", "notes"] as const;
export type Beside = (typeof BESIDES)[number];

export const SECTION_NAMES = ["Safe", "Potential", "Health & Wellbeing", "Community", "System Development", "Ofsted"];
export const LEADS = ["RG", "JS", "Jane Smith", "Head of Service", "AB/CD", "Early Help manager"];
export const AIMS = [
  "Children are safe at home and in school",
  "Care leavers have a home and a job",
  "Every child's plan is reviewed on time",
  "Families get help early",
  "Staff are supported and stay",
];
export const ACTIONS = [
  "Audit supervision records each quarter",
  "Review the front door's thresholds with partners",
  "Train every social worker in the new assessment model",
  "Publish the care leavers' offer",
  "Run a survey of children's views and act on it",
  "Recruit two permanent team managers",
];

export const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);
