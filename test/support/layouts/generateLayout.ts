import fc from "fast-check";
import type { Report } from "../../../src/engine";
import {
  ACTIONS,
  AIMS,
  BESIDES,
  Beside,
  DUE_FORMS,
  DueForm,
  EXTRA_COLUMNS,
  ExtraColumn,
  LEADS,
  LabelStyle,
  Role,
  SECTIONINGS,
  SECTION_NAMES,
  SHAPES,
  Shape,
  STATUS_FORMS,
  Sectioning,
  StatusForm,
  TOPS,
  Top,
  VOCABULARIES,
  pick,
} from "./layoutParts";

/** The as-at date every generated plan is refreshed with. */
export const AS_AT = "2020-01-31";

export type Rating = "blue" | "red" | "amber" | "green" | "notStarted" | "none";

/** A cell of a generated sheet, as a user's Excel would hold it. */
export type LayoutCell =
  | { text: string; fill?: string }
  | { number: number; format?: string }
  | { date: string; format: string }
  | { fill: string }
  | { boolean: boolean };

export interface LayoutSheet {
  name: string;
  /** Rows of cells, 0-based; undefined is an empty cell. */
  rows: Array<Array<LayoutCell | undefined>>;
  /** Merged ranges as [row, first column, last column]. */
  merges: Array<[number, number, number]>;
  /** An Excel table over the plan: its first row (the header), last row, first and last column. */
  table?: { top: number; bottom: number; left: number; right: number };
}

/** What a careful reader counts in the generated plan: sections in order of first appearance, and the overdue refs. */
export interface LayoutAnswer {
  sections: Array<{ name: string; blue: number; red: number; amber: number; green: number; other: number; total: number }>;
  overdue: string[];
  /**
   * The refs completed since the last report, where the plan keeps a column
   * a quarter and so is its own last report; null where there is none to
   * compare with (no series, or no quarter rated before the current one).
   */
  completed: string[] | null;
}

/** A report in the answer's terms: each section's counts in order, the refs of the overdue actions and of those completed. */
export function answerOfReport(report: Report): LayoutAnswer {
  return {
    sections: report.sections.map((s) => ({ name: s.name, blue: s.blue, red: s.red, amber: s.amber, green: s.green, other: s.total - s.blue - s.red - s.amber - s.green, total: s.total })),
    overdue: report.actions.filter((action) => action.overdue).map((action) => action.ref),
    completed: report.changes ? report.changes.completed.map((change) => change.ref) : null,
  };
}

export interface GeneratedLayout {
  /** The parts this workbook was assembled from, by name. */
  parts: string[];
  sheets: LayoutSheet[];
  answer: LayoutAnswer;
}

interface PlannedAction {
  section: string;
  ref: string;
  aim: string;
  action: string;
  measure: string;
  due: string | null;
  dueCell: LayoutCell;
  lead: string;
  comment: string;
  rating: Rating;
  /** The earlier quarters' ratings, oldest first, for period columns. */
  earlier: Rating[];
  extras: Record<ExtraColumn, LayoutCell>;
}

export interface LayoutChoice {
  vocabulary: keyof typeof VOCABULARIES;
  styles: LabelStyle[];
  roles: Role[];
  extras: ExtraColumn[];
  sectioning: Sectioning;
  carryDown: boolean;
  statusForm: StatusForm;
  /** The status column headed by a word no vocabulary has ("STATE"): found by the status words beneath. */
  oddStatusLabel: boolean;
  shape: Shape;
  top: Top;
  beside: Beside;
  offsetRow: number;
  offsetColumn: number;
  excelTable: boolean;
  sectionCount: number;
  /** Which of its vocabulary's labels each role takes. */
  labelPicks: number[];
  actions: Array<{ rating: Rating; dueDay: number; dueForm: DueForm; text: number; section: number; earlier: Rating[] }>;
}

const rating: fc.Arbitrary<Rating> = fc.constantFrom<Rating>("blue", "red", "amber", "green", "green", "amber", "notStarted", "none");

/** The choices behind one generated plan; fast-check shrinks a failure to the fewest and plainest. */
export const layoutChoice: fc.Arbitrary<LayoutChoice> = fc
  .record({
    vocabulary: pick(["spec", "council", "tracker"] as const),
    styles: fc.array(pick<LabelStyle>(["plain", "plain", "plain", "capitals", "lower", "line break", "colon", "unit", "period"]), { minLength: 9, maxLength: 9 }),
    optional: fc.record({ section: fc.boolean(), aim: fc.boolean(), measure: fc.boolean(), comments: fc.boolean(), lead: fc.boolean() }),
    extras: fc.subarray([...EXTRA_COLUMNS], { maxLength: 3 }),
    sectioning: pick(SECTIONINGS),
    carryDown: fc.boolean(),
    statusForm: pick(STATUS_FORMS),
    oddStatusLabel: fc.boolean(),
    shape: pick(SHAPES),
    top: pick(TOPS),
    beside: pick(BESIDES),
    offsetRow: fc.integer({ min: 0, max: 5 }),
    offsetColumn: fc.integer({ min: 0, max: 3 }),
    excelTable: fc.boolean(),
    sectionCount: fc.integer({ min: 1, max: 4 }),
    labelPicks: fc.array(fc.nat({ max: 9 }), { minLength: 9, maxLength: 9 }),
    actions: fc.array(
      fc.record({
        rating,
        dueDay: fc.integer({ min: 0, max: 600 }),
        dueForm: pick(DUE_FORMS),
        text: fc.nat(),
        section: fc.nat(),
        earlier: fc.array(rating, { minLength: 3, maxLength: 3 }),
      }),
      { minLength: 3, maxLength: 14 },
    ),
  })
  .map(({ optional, ...input }) => {
    // a shape brings its own sections: tables side by side or stacked, and phases, each name one
    const ownSections = input.shape === "side by side" || input.shape === "stacked" || input.shape === "phase rows";
    const choice = {
      ...input,
      sectioning: ownSections ? ("none" as const) : input.sectioning,
      sectionCount: ownSections ? Math.max(2, input.sectionCount) : input.sectionCount,
      // an odd label is found by the words beneath it: words there must be
      oddStatusLabel: input.oddStatusLabel && (input.statusForm === "words" || input.statusForm === "tracker words"),
      excelTable: input.excelTable && input.shape === "plain",
    };
    const tracker = choice.vocabulary === "tracker";
    const roles: Role[] = ["ref"];
    if (optional.aim && !tracker) roles.push("aim");
    roles.push("action");
    if (optional.measure && !tracker) roles.push("measure");
    roles.push("due");
    if (optional.lead) roles.push("lead");
    if (optional.comments) roles.push("comments");
    roles.push("status");
    return { ...choice, roles };
  });

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function isoDay(days: number): string {
  const date = new Date(Date.UTC(2019, 3, 1) + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

function monthEnd(iso: string): string {
  const [year, month] = iso.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The due cell in its form, and the date a reader takes it for (a month alone is its last day). */
function dueOf(day: number, form: DueForm): { cell: LayoutCell; due: string | null } {
  const iso = isoDay(day);
  const [year, month, dom] = iso.split("-") as [string, string, string];
  const m = Number(month) - 1;
  switch (form) {
    case "serial":
      return { cell: { date: iso, format: "dd/mm/yyyy" }, due: iso };
    case "mmm-yy text":
      return { cell: { text: `${SHORT[m]}-${year.slice(2)}` }, due: monthEnd(iso) };
    case "month year text":
      return { cell: { text: `${m === 8 ? "Sept" : MONTHS[m]} ${year}` }, due: monthEnd(iso) };
    case "day first text":
      return { cell: { text: `${dom}/${month}/${year}` }, due: iso };
    case "iso text":
      return { cell: { text: iso }, due: iso };
    default:
      return { cell: { text: ["ongoing", "On-going", "tbc", "n/a"][day % 4] as string }, due: null };
  }
}

function extraCell(extra: ExtraColumn, index: number): LayoutCell {
  switch (extra) {
    case "Start date":
    case "Date raised":
      return { date: isoDay(index * 7), format: "dd/mm/yyyy" };
    case "Budget (£)":
      return { number: 1000 * (index + 1), format: "£#,##0" };
    case "% complete":
      return { number: (index % 5) / 4, format: "0%" };
    case "Priority":
      return { text: ["High", "Medium", "Low"][index % 3] as string };
    default:
      return { number: (index % 5) * 5 + 1 };
  }
}

function planActions(choice: LayoutChoice): PlannedAction[] {
  const ownSections = choice.shape === "side by side" || choice.shape === "stacked" || choice.shape === "phase rows";
  const sections = SECTION_NAMES.slice(0, choice.sectioning === "none" && !ownSections ? 1 : choice.sectionCount);
  const actions = choice.actions.map((a, index): PlannedAction => {
    const { cell, due } = dueOf(a.dueDay, a.dueForm);
    const extras = Object.fromEntries(choice.extras.map((extra) => [extra, extraCell(extra, index)])) as Record<ExtraColumn, LayoutCell>;
    return {
      section: sections[a.section % sections.length] as string,
      ref: `${index + 1}`,
      aim: AIMS[a.text % AIMS.length] as string,
      action: `${ACTIONS[a.text % ACTIONS.length]} (${index + 1})`,
      measure: "Audit shows improvement",
      due,
      dueCell: cell,
      lead: LEADS[a.text % LEADS.length] as string,
      comment: a.rating === "blue" ? "Done and evidenced" : "Work continues",
      // letters, fills and codes have nothing for not started: it is left blank, and counted as no status
      rating:
        choice.statusForm === "done flags" && a.rating !== "blue"
          ? "none"
          : a.rating === "notStarted" && ["letters", "fills", "legend codes", "period columns", "periods alone"].includes(choice.statusForm)
            ? "none"
            : a.rating,
      earlier: a.earlier.map((r) => (r === "notStarted" ? "none" : r)),
      extras,
    };
  });
  // a series by period is current up to the latest quarter that holds a rating, and a status column under an odd
  // label is known by the words beneath it: each table has one
  if (choice.statusForm === "period columns" || choice.statusForm === "periods alone" || choice.oddStatusLabel) {
    for (const section of sections) {
      const first = actions.find((a) => a.section === section);
      if (first && first.rating === "none") first.rating = "green";
    }
  }
  // sections as blocks keep their actions together; an unsorted column interleaves them
  if (choice.sectioning === "unsorted column") return actions;
  return sections.flatMap((section) => actions.filter((a) => a.section === section));
}

/**
 * The answer by construction. `current` is the quarter a series is rated up
 * to, where statuses are kept a column a quarter: the latest quarter before
 * it that holds any rating is the last report.
 */
function answerOf(actions: PlannedAction[], sectionName: (section: string) => string, current: number | null): LayoutAnswer {
  const sections: LayoutAnswer["sections"] = [];
  for (const action of actions) {
    const name = sectionName(action.section);
    let counts = sections.find((s) => s.name === name);
    if (!counts) sections.push((counts = { name, blue: 0, red: 0, amber: 0, green: 0, other: 0, total: 0 }));
    if (action.rating === "blue" || action.rating === "red" || action.rating === "amber" || action.rating === "green") counts[action.rating]++;
    else counts.other++;
    counts.total++;
  }
  const overdue = actions.filter((a) => a.due !== null && a.due < AS_AT && a.rating !== "blue").map((a) => a.ref);
  return { sections, overdue, completed: current === null ? null : completedSince(actions, current) };
}

function completedSince(actions: PlannedAction[], current: number): string[] | null {
  const rated = (quarter: number) => actions.some((a) => a.earlier[quarter] !== undefined && a.earlier[quarter] !== "none");
  let last = current - 1;
  while (last >= 0 && !rated(last)) last--;
  if (last < 0) return null;
  return actions.filter((a) => a.rating === "blue" && a.earlier[last] !== "blue").map((a) => a.ref);
}

export { planActions, answerOf };
export type { PlannedAction };
