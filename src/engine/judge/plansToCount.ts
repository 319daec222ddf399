import { areaAddress } from "../sheet/cellAddress";
import { PlanAction } from "../read/readActions";
import { PlanLayout } from "../read/locatePlans";
import { Finding } from "../model/report";
import { messages } from "../words/messages";

export interface PlanRead {
  layout: PlanLayout;
  actions: PlanAction[];
}

// most of a table's items in an earlier plan: the same projects again (a Timeline beside the Projects list)
const REPEATED_SHARE = 0.8;
const MIN_ITEMS = 3;
// what a BRAG rating is written as: its colour, in a word or a letter
const COLOUR_WORD = /^(blue|red|amber|green|b|r|a|g)\b/i;

/**
 * Of the tables found, those a person counts: not a table that lists an
 * earlier one's items again, nor a log of open and closed items kept beside
 * a plan rated in BRAG colours. Each one left out is named in a finding, so
 * the user can point to it instead.
 */
export function plansToCount(plans: PlanRead[]): { counted: PlanRead[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const where = (plan: PlanRead) => `${plan.layout.sheet}!${areaAddress(plan.layout)}`;
  const own: PlanRead[] = [];
  for (const plan of plans) {
    // the same items again, whether they were one earlier table's or spread over a sheet per section
    const repeated = own.find((earlier) => repeats(plan, [earlier])) ?? (repeats(plan, own) ? own[0] : undefined);
    if (repeated) findings.push(finding(plan, "repeated-table", messages.repeatedTable(where(plan), where(repeated))));
    else own.push(plan);
  }
  // one plan is counted as it is: which tables to leave out is a question only where there are several
  if (own.length < 2) return { counted: own, findings };
  const rated = own.filter(ratedInColours);
  const counted = own.filter((plan) => {
    if (rated.length === 0 || rated.includes(plan) || !isLog(plan, rated)) return true;
    findings.push(finding(plan, "log-beside-plan", messages.logBesideRatedPlan(where(plan))));
    return false;
  });
  return { counted, findings };
}

function finding(plan: PlanRead, rule: Finding["rule"], message: string): Finding {
  return { severity: "info", rule, sheet: plan.layout.sheet, cell: areaAddress(plan.layout).split(":")[0] as string, message };
}

/** What names an action: its ref with its text (else its aim); a plan a sheet per section numbers each from 1 again. */
function itemOf(action: PlanAction): string {
  const text = (action.action || action.aim).toLowerCase().replace(/\s+/g, " ").trim();
  return text === "" ? "" : `${action.ref.trim().toLowerCase()}|${text}`;
}

function repeats(plan: PlanRead, earlier: PlanRead[]): boolean {
  if (earlier.length === 0) return false;
  const items = plan.actions.map(itemOf).filter((item) => item !== "");
  if (new Set(items).size < MIN_ITEMS) return false;
  const known = new Set(earlier.flatMap((other) => other.actions.map(itemOf)));
  return items.filter((item) => known.has(item)).length >= items.length * REPEATED_SHARE;
}

/** Most of its statuses are colours: written Green, G, or shown by a fill. */
function ratedInColours(plan: PlanRead): boolean {
  const rated = plan.actions.filter((action) => action.status.status !== "unrated");
  const colours = rated.filter((action) => action.status.source === "colour" || COLOUR_WORD.test(action.statusText.trim()));
  return colours.length > 0 && colours.length * 2 >= rated.length;
}

// the words of an item's life, not of how it goes
const LIFECYCLE = /^(open|closed|in progress|resolved|done|to do|complete|completed|not started|on hold|cancelled)$/i;

/** Statuses of a lifecycle only (open, in progress, closed), under a header of its own: not another section of the rated plan. */
function isLog(plan: PlanRead, rated: PlanRead[]): boolean {
  const written = plan.actions.map((action) => action.statusText.trim()).filter((text) => text !== "");
  if (written.length === 0 || !written.every((text) => LIFECYCLE.test(text))) return false;
  const shape = (p: PlanRead) => JSON.stringify(Object.keys(p.layout.columns).sort());
  return rated.every((other) => shape(other) !== shape(plan));
}
