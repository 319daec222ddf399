import { tasks } from "./messages";
import { committeeSentence } from "./committeeSentence";
import { compareIso, longMonth } from "../sheet/excelDate";
import { shortLabel } from "./labels";
import { measuredAgainst, sinceWhen } from "./sinceWords";
import { ActionEntry, ChangedAction, Changes, Counts } from "../model/report";

// the committee reports name a handful of actions and let the appendix hold the rest
const NAMED = 5;

function where(section: string, ref: string): string {
  return ref ? `${section} ${ref}` : section;
}

function bullets<T>(items: T[], line: (item: T) => string): string[] {
  const named = items.slice(0, NAMED).map(line);
  if (items.length > NAMED) named.push(`and ${items.length - NAMED} more (see the appendix).`);
  return named;
}

function changed(change: ChangedAction): string {
  return `${change.action} (${where(change.section, change.ref)}${change.lead ? `, lead ${change.lead}` : ""})`;
}

function planned(action: ActionEntry): string {
  const details = [where(action.section, action.ref), action.due ? `due ${longMonth(action.due)}` : "", action.lead ? `lead ${action.lead}` : ""];
  return `${shortLabel(action.action || action.aim)} (${details.filter(Boolean).join(", ")})`;
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
export function paragraphBlocks(totals: Counts, actions: ActionEntry[], changes: Changes | null): ParagraphBlock[] {
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

  const key = keyActions(actions);
  if (key.length === 0) {
    blocks.push({ part: "keyActions", lines: ["Key actions being undertaken in the next quarter: no tasks are marked red or amber."], bullets: [] });
  } else {
    const amber = totals.amber > 0 ? `${tasks(totals.amber)} ${totals.amber === 1 ? "is" : "are"} marked as 'amber'. Work in the next quarter is to turn ${totals.amber === 1 ? "this" : "these"} to green. ` : "";
    blocks.push({ part: "keyActions", lines: ["Key actions being undertaken in the next quarter:", `${amber}Key actions include:`], bullets: bullets(key, planned) });
  }
  return blocks;
}

/** The paragraph a service manager pastes into the committee report. */
export function committeeParagraph(totals: Counts, actions: ActionEntry[], changes: Changes | null): string {
  return paragraphBlocks(totals, actions, changes)
    .map((block) => [...block.lines, ...block.bullets.map((line) => `- ${line}`)].join("\n"))
    .join("\n\n");
}
