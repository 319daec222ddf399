import { ActionEntry, AppendixColumn, RatedStatus, STATUS_LOOK, STATUS_NAMES } from "../engine";
import { drawingText } from "../xlsx/package/xmlText";

/**
 * The appendix's rows as WordprocessingML, written as text rather than built
 * as the docx library's objects: a plan of 30,000 actions is 240,000 cells,
 * and as objects they took 3.4 GB and half a minute to write; as text they
 * are one string of some 75 MB. Each row is written as the library writes
 * the heading row's cells (the same margins, size and shading), so the
 * appendix reads the same either way.
 */
interface Column {
  label: string;
  /** Its share of the page's width, before the columns the plan has are scaled to fill it. */
  weight: number;
  value: (action: ActionEntry) => string;
}

const COLUMNS: Record<AppendixColumn, Column> = {
  section: { label: "Section", weight: 9, value: (action) => action.section },
  ref: { label: "Ref", weight: 5, value: (action) => action.ref },
  aim: { label: "Aim", weight: 15, value: (action) => action.aim },
  action: { label: "Action", weight: 20, value: (action) => action.action },
  measure: { label: "Measure", weight: 14, value: (action) => action.measure },
  // overdue said in words beside the date, so the lists' "marked in Appendix 1" can be followed on paper in black and white
  due: { label: "Due", weight: 8, value: (action) => (action.overdue ? `${action.dueShown} (overdue)` : action.dueShown) },
  lead: { label: "Lead", weight: 6, value: (action) => action.lead },
  comments: { label: "Comments", weight: 15, value: (action) => action.comments },
};
const STATUS_WEIGHT = 8;

/** The appendix's columns for these roles, each with its width in percent of the page, the status's last. */
export function appendixColumns(roles: readonly AppendixColumn[]): { columns: Array<Column & { width: number }>; statusWidth: number } {
  const total = roles.reduce((sum, role) => sum + COLUMNS[role].weight, STATUS_WEIGHT);
  const share = (weight: number) => Math.round((100 * weight) / total);
  return { columns: roles.map((role) => ({ ...COLUMNS[role], width: share(COLUMNS[role].weight) })), statusWidth: share(STATUS_WEIGHT) };
}

/** The appendix's text, in half-points: 9 pt, as a plan printed landscape needs. */
export const SMALL = 18;
export const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

const MARGINS = `<w:tcMar><w:top w:type="dxa" w:w="${CELL_MARGINS.top}"/><w:left w:type="dxa" w:w="${CELL_MARGINS.left}"/><w:bottom w:type="dxa" w:w="${CELL_MARGINS.bottom}"/><w:right w:type="dxa" w:w="${CELL_MARGINS.right}"/></w:tcMar>`;
const SIZE = `<w:sz w:val="${SMALL}"/><w:szCs w:val="${SMALL}"/>`;

// the plan's text as runs of text, never a field: a line break in a cell is a line break here
function textRuns(text: string, colour?: string): string {
  const properties = `<w:rPr>${colour ? `<w:color w:val="${colour}"/>` : ""}${SIZE}</w:rPr>`;
  // Word has no escape for what XML cannot hold, so it is left out, as in the workbook's charts' titles
  const lines = text.split(/\r\n|\r|\n/).map(drawingText);
  return `<w:r>${properties}${lines.map((line, i) => `${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${line}</w:t>`).join("")}</w:r>`;
}

function cellXml(text: string, look?: { fill: string; font: string }): string {
  const shading = look ? `<w:shd w:fill="${look.fill}" w:color="auto" w:val="clear"/>` : "";
  return `<w:tc><w:tcPr>${shading}${MARGINS}</w:tcPr><w:p>${textRuns(text, look?.font)}</w:p></w:tc>`;
}

/** One action's row: its fields, then its status in words on its colour (never the colour alone). */
function rowXml(action: ActionEntry, columns: readonly Column[]): string {
  const words = action.statusText || STATUS_NAMES[action.status];
  const rated = action.status !== "notStarted" && action.status !== "unrated";
  const status = STATUS_LOOK[action.status as RatedStatus];
  const look = rated ? { fill: status.fill as string, font: status.font as string } : undefined;
  // a row never breaks across pages: its status would otherwise stand on one page without its action
  return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${columns.map((column) => cellXml(column.value(action))).join("")}${cellXml(words, look)}</w:tr>`;
}

/** Every action's row, in the plan's order. */
export function appendixRowsXml(actions: readonly ActionEntry[], roles: readonly AppendixColumn[]): string {
  const { columns } = appendixColumns(roles);
  const rows: string[] = [];
  for (const action of actions) rows.push(rowXml(action, columns));
  return rows.join("");
}
