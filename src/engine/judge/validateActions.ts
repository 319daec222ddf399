import { addYears } from "date-fns/addYears";
import { format } from "date-fns/format";
import { isoToDate, longDate } from "../sheet/excelDate";
import { HeaderBlock } from "../read/headerBlock";
import { messages } from "../words/messages";
import { PlanAction } from "../read/readActions";
import { Finding, Rule, Severity } from "../model/report";

type Check = (action: PlanAction, context: CheckContext) => Finding[];

interface CheckContext {
  header: HeaderBlock;
  /** The header's initials as compared, worked out once per plan rather than per action. */
  knownInitials: Set<string>;
  /** The initials each lead names that the header does not: a plan names the same few leads again and again. */
  unknownByLead: Map<string, string[]>;
  /** "Apr 2019 – Mar 2020", as messages name the plan's period. */
  periodText: string | null;
}

function contextOf(header: HeaderBlock, aliases: Record<string, string>): CheckContext {
  const period = header.period;
  const known = new Set(header.initials.map(simplifyInitials));
  // "SaC" is "SC" when the manager says so: an alias counts as known when the initials it stands for are
  for (const [alias, initials] of Object.entries(aliases)) if (known.has(simplifyInitials(initials))) known.add(simplifyInitials(alias));
  return {
    header,
    knownInitials: known,
    unknownByLead: new Map(),
    periodText: period ? `${format(isoToDate(period.start), "MMM yyyy")} – ${format(isoToDate(period.end), "MMM yyyy")}` : null,
  };
}

function finding(severity: Severity, rule: Rule, action: PlanAction, cell: string | null, message: string): Finding {
  return { severity, rule, sheet: action.sheet, cell: cell ?? `A${action.row + 1}`, message };
}

const statusChecks: Check = (action) => {
  const { status, statusCell } = action;
  if (statusCell === null) return [];
  switch (status.source) {
    case "missing":
      return [finding("error", "missing-status", action, statusCell, messages.missingStatus(action.ref || `in row ${action.row + 1}`))];
    case "unknown":
      return [finding("error", "unknown-status", action, statusCell, messages.unknownStatus(action.statusText))];
    case "ambiguous":
      return [finding("error", "unknown-status", action, statusCell, messages.ambiguousStatus(action.statusText))];
    case "error":
      return [finding("error", "cell-error", action, statusCell, messages.statusError(action.statusText))];
    case "colour":
      return [finding("warning", "status-by-colour", action, statusCell, messages.statusByColour(status.status))];
    default:
      return [];
  }
};

const leadChecks: Check = (action, { header, knownInitials, unknownByLead }) => {
  if (action.leadCell === null || hasError(action, action.leadCell)) return [];
  if (action.lead === "") return [finding("warning", "missing-lead", action, action.leadCell, messages.missingLead())];
  if (header.initials.length === 0) return [];
  let unknown = unknownByLead.get(action.lead);
  if (unknown === undefined) {
    unknown = leadInitials(action.lead).filter((initials) => !knownInitials.has(simplifyInitials(initials)));
    unknownByLead.set(action.lead, unknown);
  }
  return unknown.length === 0
    ? []
    : [{ ...finding("warning", "unknown-lead", action, action.leadCell, messages.unknownLead(action.lead, unknown, header.initials)), initials: unknown }];
};

/** "HS/AM/SaC" → HS, AM, SaC; "SaC/R G" → SaC, R G. */
export function leadInitials(lead: string): string[] {
  return lead
    .split(/\s*[/,;&+]\s*|\s+and\s+/i)
    .map((part) => part.trim())
    .filter(Boolean);
}

// "R G" is RG written with a space
function simplifyInitials(initials: string): string {
  return initials.replace(/[\s.]/g, "").toUpperCase();
}

const dueChecks: Check = (action, { header, periodText }) => {
  const { due, dueCell } = action;
  if (dueCell === null) return [];
  if (due.kind === "missing") return [finding("warning", "missing-due", action, dueCell, messages.missingDue())];
  if (due.kind === "unreadable") return [finding("warning", "unreadable-due", action, dueCell, messages.unreadableDue(due.shown))];
  const order = due.kind === "date" && due.monthFirst ? [finding("warning", "month-first-due", action, dueCell, messages.monthFirstDue(due.shown, longDate(due.iso)))] : [];
  if (due.kind !== "date" || !header.period || periodText === null) return order;
  const { start, end } = header.period;
  if (due.iso >= start && due.iso <= end) return order;
  const side = due.iso < start ? "before" : "after";
  const shifted = addYears(isoToDate(due.iso), side === "before" ? 1 : -1);
  const shiftedIso = format(shifted, "yyyy-MM-dd");
  const suggestion = shiftedIso >= start && shiftedIso <= end ? format(shifted, "MMM-yy") : null;
  return [...order, finding("warning", "due-outside-period", action, dueCell, messages.dueOutsidePeriod(due.shown, side, periodText, suggestion))];
};

const evidenceChecks: Check = (action) => {
  if (action.comments !== "") return [];
  const cell = action.statusCell;
  if (action.status.status === "blue") return [finding("warning", "blue-without-comment", action, cell, messages.blueWithoutComment())];
  if (action.status.status === "red") return [finding("warning", "red-without-comment", action, cell, messages.redWithoutComment())];
  return [];
};

function hasError(action: PlanAction, cell: string): boolean {
  return action.errorCells.some((error) => error.cell === cell);
}

// the status and due cells have rules of their own that already name the error
const errorChecks: Check = (action) =>
  action.errorCells
    .filter(({ cell }) => cell !== action.statusCell && cell !== action.dueCell)
    .map(({ cell, error }) => finding("warning", "cell-error", action, cell, messages.cellError(error)));

const CHECKS: readonly Check[] = [statusChecks, leadChecks, dueChecks, evidenceChecks, errorChecks];

export function validateActions(actions: PlanAction[], header: HeaderBlock, aliases: Record<string, string> = {}): Finding[] {
  const context = contextOf(header, aliases);
  const findings: Finding[] = [];
  for (const action of actions) for (const check of CHECKS) findings.push(...check(action, context));
  return [...findings, ...duplicateRefs(actions)];
}

function duplicateRefs(actions: PlanAction[]): Finding[] {
  const firstSeen = new Map<string, PlanAction>();
  const findings: Finding[] = [];
  for (const action of actions) {
    if (action.ref === "") continue;
    const key = `${action.section}\u0000${action.ref}`;
    const first = firstSeen.get(key);
    if (!first) {
      firstSeen.set(key, action);
      continue;
    }
    const firstCell = `${first.sheet === action.sheet ? "" : `${first.sheet}!`}${first.refCell}`;
    findings.push(finding("warning", "duplicate-ref", action, action.refCell, messages.duplicateRef(action.ref, action.section, firstCell)));
  }
  return findings;
}
