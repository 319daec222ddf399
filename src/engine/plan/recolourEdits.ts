import { isRated } from "../model/status";
import { cellAddress, parseAddress, parseArea, parseEditedArea } from "../sheet/cellAddress";
import { WorkbookSnapshot } from "../model/snapshot";
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

/**
 * The status cells an edit touched, as a fresh read of the sheet shows them
 * (rows inserted or sorted since the last refresh move the status column):
 * only where the edited address meets a plan's status column below its
 * header, so clearing a whole column or sheet reads nothing more.
 */
export function editedStatusCells(snapshot: WorkbookSnapshot, plans: PlanEntry[], sheet: string, address: string): UserEdit[] {
  const edited = parseEditedArea(address);
  const rows = snapshot.sheets.find(({ name }) => name === sheet)?.rows ?? [];
  const cells: UserEdit[] = [];
  for (const plan of plans) {
    if (plan.sheet !== sheet || !plan.statusColumn) continue;
    const column = parseAddress(`${plan.statusColumn}1`).column;
    if (column < edited.left || column > edited.right) continue;
    const area = parseArea(plan.range);
    for (let row = Math.max(area.top + 1, edited.top); row <= Math.min(area.bottom, edited.bottom); row++) {
      const value = rows[row]?.[column]?.value;
      cells.push({ sheet, cell: cellAddress(row, column), text: value === null || value === undefined ? "" : String(value) });
    }
  }
  return cells;
}

/** The look a status cell takes for the text typed into it: its status's colour, or none for words that are no status. */
export function lookForStatusText(text: string, settings: Settings): CellLook | null {
  const reading = normaliseStatusText(text, settings.vocabulary);
  if (isRated(reading.status)) return STATUS_LOOK[reading.status];
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

/** Each plan's status cells below its header, as a range to read back ("H17:H134"). */
export function statusRanges(plans: PlanEntry[]): Array<{ sheet: string; range: string }> {
  return plans.flatMap((plan) => {
    if (!plan.statusColumn) return [];
    const area = parseArea(plan.range);
    if (area.bottom <= area.top) return [];
    return [{ sheet: plan.sheet, range: `${plan.statusColumn}${area.top + 2}:${plan.statusColumn}${area.bottom + 1}` }];
  });
}

/**
 * The status cells whose text is no longer what the refresh read: typed while
 * it was writing, when the pane's own events are off, and so given the colour
 * of the status they had. `readBack` holds each of `statusRanges` as read in
 * the write's last request.
 */
export function statusesTypedSince(snapshot: WorkbookSnapshot, readBack: Array<{ sheet: string; range: string; values: unknown[][] }>): UserEdit[] {
  const edits: UserEdit[] = [];
  for (const { sheet, range, values } of readBack) {
    const rows = snapshot.sheets.find(({ name }) => name === sheet)?.rows ?? [];
    const area = parseArea(range);
    values.forEach((row, index) => {
      const now = textOf(row[0]);
      const was = textOf(rows[area.top + index]?.[area.left]?.value);
      if (now !== was) edits.push({ sheet, cell: cellAddress(area.top + index, area.left), text: now });
    });
  }
  return edits;
}

function textOf(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}
