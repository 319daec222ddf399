import { ownedSheetNames } from "../sheet/ownership";
import { cellText } from "../sheet/sheetGrid";
import { cellAddress } from "../sheet/cellAddress";
import { RatedStatus } from "../model/status";
import { WorkbookSnapshot } from "../model/snapshot";
import { StatusKey } from "../model/report";


// a key names a colour by its word or its letter; a tracker's own status words are for the vocabulary, not a key
const COLOURS: Record<string, RatedStatus> = { red: "red", r: "red", amber: "amber", a: "amber", green: "green", g: "green", blue: "blue", b: "blue" };
// "R = off track", "Red: off track", "Amber – some slippage": a colour, a separator with space after it (so "R-001" is
// a reference, not a key), then its meaning
const PAIR = /^\s*(red|amber|green|blue|[ragb])\s*(?:=|:|–|—|-(?=\s))\s*(.+?)\s*$/i;
const STARTS = /^\s*(?:red|amber|green|blue|[ragb])\s*(?:=|:|–|—|-\s)/i;
const KEY_LABEL = /^\s*(?:b?rag\s+)?(?:key|legend|ratings?|definitions?)\s*(?::|–|—|-(?=\s))?\s*/i;
const MAX_MEANING = 80;
// words over a key's two-column table ("Key", "RAG rating"); a plan's "Status" header is not one
const KEY_HEADING = /\b(key|legend|rating|ratings|b?rag|definitions?)\b/i;

function pairOf(text: string): [RatedStatus, string] | null {
  const match = PAIR.exec(text);
  if (!match) return null;
  const meaning = (match[2] as string).replace(/[.;,]+$/, "").trim();
  if (!meaning || meaning.length > MAX_MEANING || /^\d/.test(meaning) || COLOURS[meaning.toLowerCase()]) return null;
  return [COLOURS[(match[1] as string).toLowerCase()] as RatedStatus, meaning];
}

/** Pairs written in one cell, split at line breaks, semicolons, or commas before the next colour. */
function pairsInCell(text: string): Array<[RatedStatus, string]> | null {
  const pieces = text.split(/\n|;|,(?=\s*(?:red|amber|green|blue|[rabg])\s*(?:=|:|–|—|-\s))/i).filter((piece) => piece.trim());
  const pairs = pieces.map(pairOf);
  return pairs.every((pair) => pair !== null) ? (pairs as Array<[RatedStatus, string]>) : null;
}

const withTwoColours = (pairs: Array<[RatedStatus, string]>) => new Set(pairs.map(([status]) => status)).size >= 2 && new Set(pairs.map(([status]) => status)).size === pairs.length;

/**
 * The first key on the workbook's visible sheets, in one of the three shapes keys take: one cell holding every
 * pair; a run of cells down a column, a pair each; or a small two-column table, a colour beside its meaning,
 * under a heading that says it is a key. It names at least two colours, each once.
 */
export function findStatusKey(snapshot: WorkbookSnapshot, actionRows: ReadonlyMap<string, ReadonlySet<number>> = new Map()): StatusKey | null {
  const owned = ownedSheetNames(snapshot);
  for (const sheet of snapshot.sheets) {
    if (!sheet.visible || owned.has(sheet.name)) continue;
    const text = (row: number, column: number) => cellText(sheet.rows[row]?.[column]).trim();
    // a key is never an action's row: those, nearly all of a plan's sheet, are not looked at
    const actions = actionRows.get(sheet.name);
    let found: StatusKey | null = null;
    sheet.rows.forEach((cells, row) =>
      // an action's row is passed over whole, not cell by cell
      (actions?.has(row) ? undefined : cells)?.forEach((cell, column) => {
        if (found || typeof cell?.value !== "string") return;
        // most cells start with no colour at all: nothing more to look at
        const alone = COLOURS[cell.value.trim().toLowerCase()];
        // "Key: R = off track, …" is a key under its own label
        const value = cell.value.replace(KEY_LABEL, "");
        if (!alone && !STARTS.test(value)) return;
        const here = { sheet: sheet.name, cell: cellAddress(row, column) };
        const inCell = pairsInCell(value);
        if (inCell && inCell.length >= 2 && withTwoColours(inCell)) return void (found = { ...here, rows: [row, row], meanings: Object.fromEntries(inCell) });
        // a run down the column, a pair a cell, starting here
        const down: Array<[RatedStatus, string]> = [];
        for (let r = row; down.length < 4; r++) {
          const pair = pairOf(text(r, column));
          if (!pair) break;
          down.push(pair);
        }
        if (down.length >= 2 && withTwoColours(down) && !pairOf(text(row - 1, column))) return void (found = { ...here, rows: [row, row + down.length - 1], meanings: Object.fromEntries(down) });
        // a two-column table under a heading that says it is a key, with nothing under it
        if (!alone || (!KEY_HEADING.test(text(row - 1, column)) && !KEY_HEADING.test(text(row - 1, column + 1)))) return;
        const table: Array<[RatedStatus, string]> = [];
        for (let r = row; table.length < 4; r++) {
          const colour = COLOURS[text(r, column).toLowerCase()];
          const meaning = text(r, column + 1);
          if (!colour || !meaning || meaning.length > MAX_MEANING || COLOURS[meaning.toLowerCase()]) break;
          table.push([colour, meaning]);
        }
        if (table.length >= 2 && withTwoColours(table) && !COLOURS[text(row + table.length, column).toLowerCase()]) found = { ...here, rows: [row, row + table.length - 1], meanings: Object.fromEntries(table) };
      }),
    );
    if (found) return found;
  }
  return null;
}
