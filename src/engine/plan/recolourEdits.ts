import { parseArea } from "../sheet/cellAddress";
import { LookEdit, CellLook } from "../model/editPlan";
import { normaliseStatusText } from "../read/normaliseStatus";
import { PLAIN_LOOK, STATUS_LOOK } from "./palette";
import { PlanEntry } from "../model/report";
import { Settings } from "../model/settings";

export interface UserEdit {
  sheet: string;
  /** A1 address of one edited cell. */
  cell: string;
  text: string;
}

/** The look a status cell takes for the text typed into it: its status's colour, or none for words that are no status. */
export function lookForStatusText(text: string, settings: Settings): CellLook | null {
  const reading = normaliseStatusText(text, settings.vocabulary);
  if (reading.status !== "unrated") return STATUS_LOOK[reading.status];
  return reading.source === "missing" ? null : PLAIN_LOOK;
}

/**
 * While the pane is open, a status the user types is recoloured at once: the
 * edited cells that fall in a plan's status column, grouped by look.
 */
export function recolourEdits(edits: UserEdit[], plans: PlanEntry[], settings: Settings): LookEdit[] {
  const groups = new Map<string, LookEdit>();
  for (const edit of edits) {
    const inStatusColumn = plans.some((plan) => {
      if (plan.sheet !== edit.sheet || !plan.statusColumn) return false;
      const area = parseArea(plan.range);
      const cell = parseArea(edit.cell);
      return edit.cell.replace(/\d+$/, "") === plan.statusColumn && cell.top > area.top && cell.top <= area.bottom;
    });
    if (!inStatusColumn) continue;
    const look = lookForStatusText(edit.text, settings);
    if (!look) continue;
    const key = `${edit.sheet}\u0000${JSON.stringify(look)}`;
    const group = groups.get(key) ?? { sheet: edit.sheet, look, cells: [] };
    group.cells.push(edit.cell);
    groups.set(key, group);
  }
  return [...groups.values()];
}
