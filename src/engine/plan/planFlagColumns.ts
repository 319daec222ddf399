import { LAST_COLUMN, cellAddress, columnLetters, parseArea } from "../sheet/cellAddress";
import { FlagColumn, WrittenCell, CellLook } from "../model/editPlan";
import { PlanLayout } from "../read/locatePlans";
import { messages } from "../words/messages";
import { FLAGS_NAME_PREFIX } from "../sheet/ownership";
import { PlanAction } from "../read/readActions";
import { ActionEntry } from "../model/report";

// no fill: a row shading of the user's that runs across the flags column stays
const HEADER_LOOK: CellLook = { bold: true };
const OVERDUE_TEXT_LOOK: CellLook = { font: "9C0006", bold: true };

/**
 * One clearly headed column the add-in owns, to the right of each plan table:
 * the first column past the table that holds nothing of the user's, and that
 * neither lies in an Excel table nor stands right beside one: Excel takes a
 * value written just beside a table into it, a new column of the user's
 * table with its style and structured references ("Include new rows and
 * columns in table", an AutoCorrect option that applies to add-ins' writes
 * too, office-js #6745). None when no column is left before XFD.
 */
export function planFlagColumn(
  plan: PlanLayout,
  actions: PlanAction[],
  entries: Map<PlanAction, ActionEntry>,
  index: number,
  taken: Set<string>,
): FlagColumn | null {
  let column = plan.right + 1;
  while (column <= LAST_COLUMN && (!isFree(plan, column) || taken.has(`${plan.sheet}\u0000${column}`))) column++;
  // a plan whose header runs to XFD leaves no column for flags: the summary still lists what is overdue
  if (column > LAST_COLUMN) return null;
  taken.add(`${plan.sheet}\u0000${column}`);

  const cells: WrittenCell[] = plan.headerRows.map((row) => ({
    cell: cellAddress(row, column),
    value: { text: messages.flagsHeader },
    look: HEADER_LOOK,
  }));
  for (const action of actions) {
    const entry = entries.get(action);
    if (entry?.overdue) cells.push({ cell: cellAddress(action.row, column), value: { text: messages.overdueFlag }, look: OVERDUE_TEXT_LOOK });
    else if (entry?.dueSoon) cells.push({ cell: cellAddress(action.row, column), value: { text: messages.dueSoonFlag } });
  }
  const letters = columnLetters(column);
  return { sheet: plan.sheet, range: `${letters}${plan.top + 1}:${letters}${plan.bottom + 1}`, name: `${FLAGS_NAME_PREFIX}${index + 1}`, cells };
}

function isFree(plan: PlanLayout, column: number): boolean {
  for (let row = plan.top; row <= plan.bottom; row++) {
    if (plan.grid.cell(row, column) !== undefined) return false;
  }
  // a merged heading that reaches past the table covers this column too
  const covers = (range: string, reach = 0) => {
    const area = parseArea(range);
    return area.left <= column && area.right + reach >= column && area.bottom >= plan.top && area.top <= plan.bottom;
  };
  return !plan.grid.sheet.merges.some((range) => covers(range)) && !(plan.grid.sheet.tables ?? []).some((range) => covers(range, 1));
}
