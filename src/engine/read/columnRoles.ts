import { Memo } from "../sheet/memo";
import { periodOfLabel } from "./periodLabel";
import { ROLES, Role } from "../model/roles";

export { ROLES };
export type { Role };

const LABELS: Record<Role, readonly string[]> = {
  section: ["section", "theme", "priority", "priority area", "work stream", "workstream", "strand"],
  ref: ["ref", "reference", "no", "number", "#", "item", "n", "nr"],
  aim: ["aim", "aims", "objective", "objectives", "specific aim", "area for development", "recommendation", "goal"],
  action: ["action", "actions", "what we will do", "action required", "key actions", "task", "tasks"],
  measure: ["measure", "measures", "outcome", "outcomes", "success measure", "how we will know", "success criteria", "measure of success", "impact"],
  due: ["due", "due date", "deadline", "target date", "by when", "timescale", "completion date", "date due"],
  lead: ["lead", "owner", "responsible", "responsible officer", "lead officer", "who"],
  comments: ["comments", "comment", "progress", "update", "commentary", "progress update", "notes", "latest update"],
  status: ["status", "rag", "brag", "rating", "rag status", "brag status", "rag rating", "brag rating"],
};

/**
 * The labels of real project trackers (project lists, milestone lists, risk
 * registers, action logs). Each is matched only as the whole label: "Team"
 * is a section column, but "Health & Wellbeing" is a section's name, not a
 * status column, and "Task ID" is a ref, not the action "Task".
 */
const TRACKER_LABELS: Record<Role, readonly string[]> = {
  section: ["category", "team", "phase", "project", "bucket", "planner bucket", "sprint", "work package"],
  ref: ["id", "task id", "risk id", "wbs id", "wbs", "s no", "s.no", "sno", "sl no", "serial no", "item no", "action no", "ref no"],
  aim: [],
  action: ["task name", "task description", "description", "milestone", "milestone name", "project name", "recommended action", "mitigation action", "mitigation", "deliverable", "activity", "risk description", "risk title", "issue description", "action description"],
  measure: [],
  due: ["end date", "planned end", "planned end date", "finish date", "finish", "target resolution", "target resolution date", "required by", "live date", "due by", "end"],
  lead: ["task owner", "risk owner", "action owner", "assigned to", "assignee", "owners", "accountable"],
  comments: ["remarks", "remark", "notes and updates", "latest position"],
  status: ["current status", "health", "overall status", "done", "complete", "completed", "finished"],
};

const REF_ENDINGS = new Set(["id", "ref", "reference", "no", "number", "#"]);
const GROUP_ENDINGS = new Set(["category", "team", "workstream", "theme", "strand", "programme", "area"]);

const BY_LABEL = new Map<string, Role>();
for (const role of ROLES) for (const label of LABELS[role]) BY_LABEL.set(label, role);
const WHOLE_ONLY = new Map<string, Role>();
for (const role of ROLES) for (const label of TRACKER_LABELS[role]) if (!BY_LABEL.has(label)) WHOLE_ONLY.set(label, role);
// the first word of a tracker's longer label is no role by itself: "Task Category" is not the action, "Risk Level" not a status
const NO_PREFIX = new Set(["task", "risk", "project", "milestone"]);

/**
 * Case, colons, line breaks, full stops, underscores ("RAG_Status",
 * "Planned_End"), a plural "(s)" and surrounding space do not matter in a
 * header.
 */
export function simplifyLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(s\)/g, "s")
    .replace(/[:\r\n_]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.?]+$/, "")
    .trim();
}

// a score on a scale ("Impact (1-5)", "Likelihood (1–5)") rates a risk: it is no column of a plan
const RATING_SCALE = /\(\s*\d+\s*[-–—]\s*\d+\s*\)/;

/** A header cell's role, and how surely its label says so: the whole label is surer than its first words. */
export interface LabelMatch {
  role: Role;
  /** 3 for the whole label, 2 for one of its parts, 1 for its first words. */
  strength: number;
  /** The label is a project tracker's word (TRACKER_LABELS), not a plan's. */
  tracker: boolean;
  /** The period the label names beside its role ("Aug 2018" of "Update Aug 2018"), or null. */
  period: string | null;
}

/**
 * The role of a header cell: its whole label, or one of its "/"-separated
 * parts ("Measure/outcome"), or its first words ("Lead officer (initials)").
 */
export function roleOfLabel(text: string): Role | null {
  return matchLabel(text)?.role ?? null;
}

export function matchLabel(text: string): LabelMatch | null {
  // every row is asked whether it is a header, and its short texts (statuses, leads, dates) repeat
  return KNOWN.get(text, labelMatch);
}

const KNOWN = new Memo<string, LabelMatch | null>(10_000);

// a label may name its period too: "Update Aug 2018" is the comments of August 2018, "RAG Q3" the status of the third quarter
function labelMatch(text: string): LabelMatch | null {
  if (RATING_SCALE.test(text)) return null;
  if (mayNamePeriod(text)) {
    const { label, period } = periodOfLabel(text);
    const match = period === null ? null : roleOfWords(label);
    if (match) return { ...match, period };
  }
  const plain = roleOfWords(text) ?? (text.trimEnd().endsWith(")") ? roleOfWords(text.replace(UNIT, "")) : null);
  return plain ? { ...plain, period: null } : null;
}

// a unit or a format after the label says how, not what: "End date (dd/mm/yy)", "Lead (initials)", "Budget (£)"
const UNIT = /\s*\([^()]*\)\s*$/;

// a label naming its period is short and holds a number or a month: most of a plan's cells are neither, and are passed by at once
const PERIOD_HINT = /\d|\b(?:q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const mayNamePeriod = (text: string) => text.length <= 40 && PERIOD_HINT.test(text);

function roleOfWords(text: string): Omit<LabelMatch, "period"> | null {
  const label = simplifyLabel(text);
  if (label === "") return null;
  const whole = BY_LABEL.get(label);
  if (whole) return { role: whole, strength: 3, tracker: false };
  const tracker = WHOLE_ONLY.get(label);
  if (tracker) return { role: tracker, strength: 3, tracker: true };
  const words = label.split(" ");
  if (words.length > 1 && words.length <= 4) {
    const ending = words[words.length - 1] as string;
    // "Milestone ID", "Action ref", "Project number": whatever the thing, its identifier is the ref
    if (REF_ENDINGS.has(ending)) return { role: "ref", strength: 2, tracker: true };
    // "Task Category", "Delivery team", "Programme workstream": whatever groups the items is the section
    if (GROUP_ENDINGS.has(ending)) return { role: "section", strength: 1, tracker: true };
  }
  if (NO_PREFIX.has(words[0] as string)) return null;
  for (const part of label.split(/\s*[/&]\s*|\s+or\s+/)) {
    const role = BY_LABEL.get(part.trim());
    if (role) return { role, strength: 2, tracker: false };
  }
  // only short labels: a sentence starting "No new referrals" is no "No." header
  if (words.length > 4) return null;
  for (let n = Math.min(words.length - 1, 4); n >= 1; n--) {
    const role = BY_LABEL.get(words.slice(0, n).join(" "));
    if (role) return { role, strength: 1, tracker: false };
  }
  return null;
}
