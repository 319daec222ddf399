import { isRated } from "../model/status";
import { LookEdit, CellLook } from "../model/editPlan";
import { OVERDUE_LOOK, OWN_FILLS, PLAIN_LOOK, STATUS_LOOK } from "./palette";
import { PlanAction } from "../read/readActions";
import { ActionEntry } from "../model/report";

/**
 * Status cells take the colour of their status; the colour always follows the
 * text. A cell the add-in coloured before whose status is now unrecognised
 * loses that colour; a fill the user chose on an unrated cell is left alone.
 * Overdue due dates are highlighted, and the highlight comes off when they no
 * longer are. A cell that already looks right is left alone, so a refresh
 * with nothing changed colours nothing.
 */
export function planLooks(
  actions: PlanAction[],
  entries: Map<PlanAction, ActionEntry>,
  fills: Record<string, Record<string, string>>,
  fonts: Record<string, Record<string, string>> = {},
): LookEdit[] {
  // the looks are the palette's few shared objects, so each sheet's groups are keyed by the look itself
  const groups = new Map<string, Map<CellLook, LookEdit>>();
  const add = (sheet: string, look: CellLook, cell: string) => {
    if (looksRight(look, fills[sheet]?.[cell], fonts[sheet]?.[cell])) return;
    let onSheet = groups.get(sheet);
    if (!onSheet) groups.set(sheet, (onSheet = new Map()));
    const group = onSheet.get(look);
    if (group) group.cells.push(cell);
    else onSheet.set(look, { sheet, look, cells: [cell] });
  };

  for (const action of actions) {
    const sheetFills = fills[action.sheet] ?? {};
    const { status, statusCell, dueCell } = action;
    if (statusCell !== null) {
      if (isRated(status.status)) add(action.sheet, STATUS_LOOK[status.status], statusCell);
      else if (OWN_FILLS.has(sheetFills[statusCell] ?? "")) add(action.sheet, PLAIN_LOOK, statusCell);
    }
    if (dueCell !== null) {
      if (entries.get(action)?.overdue) add(action.sheet, OVERDUE_LOOK, dueCell);
      else if (sheetFills[dueCell] === OVERDUE_LOOK.fill) add(action.sheet, PLAIN_LOOK, dueCell);
    }
  }
  return [...groups.values()].flatMap((onSheet) => [...onSheet.values()]);
}

// automatic text shows black on these light fills, and the add-in inside Excel reads it as black
const BLACK = "000000";

function looksRight(look: CellLook, fill: string | undefined, font: string | undefined): boolean {
  const fillRight = look.fill === undefined || (look.fill === null ? fill === undefined : fill === look.fill);
  const fontRight = look.font === undefined || (look.font === null || look.font === BLACK ? (font ?? BLACK) === BLACK : font === look.font);
  return fillRight && fontRight && !look.bold;
}
