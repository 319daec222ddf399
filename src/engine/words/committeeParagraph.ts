import { tasks } from "./messages";
import { committeeSentence } from "./committeeSentence";
import { addQuarters } from "date-fns/addQuarters";
import { endOfQuarter } from "date-fns/endOfQuarter";
import { compareIso, dateToIso, isoToDate, longDate, longMonth } from "../sheet/excelDate";
import { shortLabel } from "./labels";
import { measuredAgainst, sinceWhen } from "./sinceWords";
import { ActionEntry, ChangedAction, Changes, Counts, IsoDate } from "../model/report";

/** The key actions' lead line: the pasted paragraph's own heading, which the report's subheading stands in for. */
export const KEY_ACTIONS_LEAD = "Key actions being undertaken in the next quarter:";

// the committee reports name a handful of actions and let the appendix hold the rest
const NAMED = 5;

function where(section: string, ref: string): string {
  return ref ? `${section} ${ref}` : section;
}

function bullets<T>(items: T[], line: (item: T) => string): string[] {
  const named = items.slice(0, NAMED).map(line);
  // the appendix names each action's status in words and marks the overdue ones, so the rest can be found there
  if (items.length > NAMED) named.push(`and ${items.length - NAMED} more, marked in Appendix 1.`);
  return named;
}

function changed(change: ChangedAction): string {
  return `${change.action} (${where(change.section, change.ref)}${change.lead ? `, lead ${change.lead}` : ""})`;
}

function planned(action: ActionEntry): string {
  const details = [where(action.section, action.ref), action.due ? `due ${longMonth(action.due)}` : "", action.lead ? `lead ${action.lead}` : ""];
  return `${shortLabel(action.action || action.aim)} (${details.filter(Boolean).join(", ")})`;
}

/** An action as a key action names it: what, where, when and who, then the latest word its comments give (the last line written). */
function withComment(action: ActionEntry): string {
  const latest = action.comments
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .pop();
  return latest ? `${planned(action)}: ${shortLabel(latest, COMMENT_LENGTH)}` : planned(action);
}

const COMMENT_LENGTH = 160;

/** The last day of the quarter after the one `asAt` falls in: "for the next quarter" means due by then. */
export function nextQuarterEnd(asAt: IsoDate): IsoDate {
  return dateToIso(endOfQuarter(addQuarters(isoToDate(asAt), 1)));
}

/**
 * The key actions for the next quarter: every red one (stuck, whenever it
 * is due), then the amber ones due by the end of the next quarter (the
 * overdue among them); soonest due first within each.
 */
export function keyActionsForNextQuarter(actions: ActionEntry[], asAt: IsoDate): ActionEntry[] {
  const end = nextQuarterEnd(asAt);
  return keyActions(actions).filter((action) => action.status === "red" || (action.due !== null && compareIso(action.due, end) <= 0));
}

/** Red first, then amber; soonest due first, undated last. */
export function keyActions(actions: ActionEntry[]): ActionEntry[] {
  const rank = (a: ActionEntry) => (a.status === "red" ? 0 : 1);
  return actions
    .filter((a) => a.status === "red" || a.status === "amber")
    .map((action, order) => ({ action, order }))
    .sort((x, y) => rank(x.action) - rank(y.action) || compareIso(x.action.due ?? "9999", y.action.due ?? "9999") || x.order - y.order)
    .map(({ action }) => action);
}

function movement(changes: Changes): string | null {
  const parts = [
    changes.improved.length ? `${tasks(changes.improved.length)} moved up a status` : "",
    changes.worsened.length ? `${tasks(changes.worsened.length)} moved down a status` : "",
    changes.added.length ? `${tasks(changes.added.length)} ${changes.added.length === 1 ? "was" : "were"} added` : "",
    changes.removed.length ? `${tasks(changes.removed.length)} ${changes.removed.length === 1 ? "was" : "were"} removed` : "",
    changes.drift.length ? `${tasks(changes.drift.length)} had ${changes.drift.length === 1 ? "its due date" : "their due dates"} moved later` : "",
  ].filter(Boolean);
  if (parts.length === 0) return null;
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return `Since ${sinceWhen(changes)}, ${listed}.`;
}

/** What the paragraph says about one thing, and the report's section for it: its lines, then the actions it names. */
export interface ParagraphBlock {
  part: "counts" | "basis" | "achievements" | "movement" | "red" | "overdue" | "keyActions";
  lines: string[];
  /** The actions named, at most five, then how many more there are. */
  bullets: string[];
}

/**
 * What the committee paragraph says, block by block, in the reports' own
 * plain words: the counts, what was achieved, what is stuck or late and who
 * leads it, and the key actions for the next quarter. The pasted paragraph
 * and the committee report's document say it from here alike.
 */
export function paragraphBlocks(totals: Counts, actions: ActionEntry[], changes: Changes | null, asAt?: IsoDate): ParagraphBlock[] {
  const blocks: ParagraphBlock[] = [{ part: "counts", lines: [`${committeeSentence(totals)}.`], bullets: [] }];

  if (changes) {
    const basis = measuredAgainst(changes);
    if (basis) blocks.push({ part: "basis", lines: [`Progress is measured against ${basis}.`], bullets: [] });
    const completed = changes.completed;
    blocks.push(
      completed.length > 0
        ? { part: "achievements", lines: [`Key achievements since ${sinceWhen(changes)}: ${tasks(completed.length)} completed.`], bullets: bullets(completed, changed) }
        : { part: "achievements", lines: [`No tasks were completed since ${sinceWhen(changes)}.`], bullets: [] },
    );
    const moved = movement(changes);
    if (moved) blocks.push({ part: "movement", lines: [moved], bullets: [] });
  }

  const red = actions.filter((a) => a.status === "red");
  if (red.length > 0) {
    const newly = changes ? changes.newlyRed.length : 0;
    const note = changes && newly > 0 ? `; ${newly} became red since ${sinceWhen(changes)}` : "";
    blocks.push({ part: "red", lines: [`${tasks(red.length)} ${red.length === 1 ? "is" : "are"} marked red (fully stuck)${note}:`], bullets: bullets(red, planned) });
  }
  const overdue = actions.filter((a) => a.overdue);
  if (overdue.length > 0) {
    const newly = changes ? changes.newlyOverdue.length : 0;
    const note = changes && newly > 0 ? `; ${newly} became overdue since ${sinceWhen(changes)}` : "";
    const lead = `${tasks(overdue.length)} ${overdue.length === 1 ? "is" : "are"} past ${overdue.length === 1 ? "its" : "their"} due date and not completed${note}:`;
    blocks.push({ part: "overdue", lines: [lead], bullets: bullets(overdue, planned) });
  }

  const { red: stuck, amber } = totals;
  if (stuck + amber === 0) {
    blocks.push({ part: "keyActions", lines: [`${KEY_ACTIONS_LEAD} no tasks are marked red or amber.`], bullets: [] });
  } else {
    const work = [stuck > 0 ? `unblock the ${tasks(stuck)} marked red` : "", amber > 0 ? `turn the ${tasks(amber)} marked amber to green` : ""].filter(Boolean).join(" and ");
    const key = asAt ? keyActionsForNextQuarter(actions, asAt) : keyActions(actions);
    const dueBy = asAt ? `the amber ones due by ${longDate(nextQuarterEnd(asAt))}` : "the amber ones";
    const chosen = key.length === 0 ? "" : stuck > 0 && key.some((action) => action.status === "amber") ? `the red ones, then ${dueBy}` : stuck > 0 ? "the red ones" : dueBy;
    const include = chosen ? `Key actions include ${chosen}, each with its latest comment:` : `None of the amber ones is due by ${asAt ? longDate(nextQuarterEnd(asAt)) : "then"}.`;
    blocks.push({ part: "keyActions", lines: [KEY_ACTIONS_LEAD, `Work in the next quarter is to ${work}. ${include}`], bullets: bullets(key, withComment) });
  }
  return blocks;
}

/** The paragraph a service manager pastes into the committee report. */
export function committeeParagraph(totals: Counts, actions: ActionEntry[], changes: Changes | null, asAt?: IsoDate): string {
  return paragraphBlocks(totals, actions, changes, asAt)
    .map((block) => [...block.lines, ...block.bullets.map((line) => `- ${line}`)].join("\n"))
    .join("\n\n");
}
