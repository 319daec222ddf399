import { Memo } from "../sheet/memo";
export const ROLES = ["section", "ref", "aim", "action", "measure", "due", "lead", "comments", "status"] as const;
export type Role = (typeof ROLES)[number];

const LABELS: Record<Role, readonly string[]> = {
  section: ["section", "theme", "priority", "priority area", "work stream", "workstream", "strand"],
  ref: ["ref", "reference", "no", "number", "#", "item"],
  aim: ["aim", "aims", "objective", "objectives", "specific aim", "area for development", "recommendation", "goal"],
  action: ["action", "actions", "what we will do", "action required", "key actions", "task", "tasks"],
  measure: ["measure", "measures", "outcome", "outcomes", "success measure", "how we will know", "success criteria", "measure of success", "impact"],
  due: ["due", "due date", "deadline", "target date", "by when", "timescale", "completion date", "date due"],
  lead: ["lead", "owner", "responsible", "responsible officer", "lead officer", "who"],
  comments: ["comments", "comment", "progress", "update", "commentary", "progress update", "notes", "latest update"],
  status: ["status", "rag", "brag", "rating", "rag status", "brag status", "rag rating", "brag rating"],
};

const BY_LABEL = new Map<string, Role>();
for (const role of ROLES) for (const label of LABELS[role]) BY_LABEL.set(label, role);

/** Case, colons, line breaks, full stops and surrounding space do not matter in a header. */
export function simplifyLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[:\r\n]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.?]+$/, "")
    .trim();
}

/**
 * The role of a header cell: its whole label, or one of its "/"-separated
 * parts ("Measure/outcome"), or its first words ("Lead officer (initials)").
 */
export function roleOfLabel(text: string): Role | null {
  // every row is asked whether it is a header, and its short texts (statuses, leads, dates) repeat
  return KNOWN.get(text, labelRole);
}

const KNOWN = new Memo<string, Role | null>(10_000);

function labelRole(text: string): Role | null {
  const label = simplifyLabel(text);
  if (label === "") return null;
  const whole = BY_LABEL.get(label);
  if (whole) return whole;
  for (const part of label.split(/\s*[/&]\s*|\s+or\s+/)) {
    const role = BY_LABEL.get(part.trim());
    if (role) return role;
  }
  const words = label.split(" ");
  // only short labels: a sentence starting "No new referrals" is no "No." header
  if (words.length > 4) return null;
  for (let n = Math.min(words.length - 1, 4); n >= 1; n--) {
    const role = BY_LABEL.get(words.slice(0, n).join(" "));
    if (role) return role;
  }
  return null;
}
