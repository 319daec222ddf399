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
  const counted: PlanRead[] = [];
  const findings: Finding[] = [];
  const where = (plan: PlanRead) => `${plan.layout.sheet}!${areaAddress(plan.layout)}`;
  const rated = plans.filter(ratedInColours);
  for (const plan of plans) {
    const repeated = counted.find((earlier) => repeats(plan, earlier));
    if (repeated) {
      findings.push(finding(plan, "repeated-table", messages.repeatedTable(where(plan), where(repeated))));
      continue;
    }
    if (rated.length > 0 && !rated.includes(plan) && isLog(plan, rated)) {
      findings.push(finding(plan, "log-beside-plan", messages.logBesideRatedPlan(where(plan))));
      continue;
    }
    counted.push(plan);
  }
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

function repeats(plan: PlanRead, earlier: PlanRead): boolean {
  const items = plan.actions.map(itemOf).filter((item) => item !== "");
  if (new Set(items).size < MIN_ITEMS) return false;
  const known = new Set(earlier.actions.map(itemOf));
  return items.filter((item) => known.has(item)).length >= items.length * REPEATED_SHARE;
}

/** Most of its statuses are colours: written Green, G, or shown by a fill. */
function ratedInColours(plan: PlanRead): boolean {
  const rated = plan.actions.filter((action) => action.status.status !== "unrated");
  const colours = rated.filter((action) => action.status.source === "colour" || COLOUR_WORD.test(action.statusText.trim()));
  return colours.length > 0 && colours.length * 2 >= rated.length;
}

/** Statuses of a lifecycle only (open, in progress, closed), under a header of its own: not another section of the rated plan. */
function isLog(plan: PlanRead, rated: PlanRead[]): boolean {
  if (plan.actions.some((action) => COLOUR_WORD.test(action.statusText.trim()) || action.status.source === "colour")) return false;
  const shape = (p: PlanRead) => JSON.stringify(Object.keys(p.layout.columns).sort());
  return rated.every((other) => shape(other) !== shape(plan));
}
