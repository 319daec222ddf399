import { areaAddress } from "../sheet/cellAddress";
import { normaliseStatusText } from "./normaliseStatus";
import { ownedSheetNames } from "../sheet/ownership";
import { SheetGrid } from "../sheet/sheetGrid";
import { StatusVocabulary } from "../model/status";
import { SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";

/** A small table in the workbook pairing a tracker's codes with what they mean ("o | Open", "c | Complete"). */
export interface Legend {
  sheet: string;
  /** Its A1 range. */
  range: string;
  /** Each code, lower-case, and the status its meaning reads as. */
  codes: StatusVocabulary;
}

const MAX_CODE_LENGTH = 12;
const MAX_MEANING_LENGTH = 40;
const MIN_PAIRS = 2;
// a legend is small; a long run of pairs is a list of something else
const MAX_PAIRS = 12;

/**
 * The legends on the workbook's visible sheets: runs of at least two rows
 * where a short code no vocabulary knows stands beside a word it does, with
 * nothing either side, as a key to a tracker's codes stands apart from
 * its table. A word the vocabulary already knows is never redefined.
 */
export function findLegends(snapshot: WorkbookSnapshot, vocabulary: StatusVocabulary): Legend[] {
  const owned = ownedSheetNames(snapshot);
  const legends: Legend[] = [];
  const words = JSON.stringify(vocabulary);
  for (const sheet of snapshot.sheets) {
    if (!sheet.visible || owned.has(sheet.name)) continue;
    const known = FOUND.get(sheet);
    if (known?.words === words) {
      legends.push(...known.legends);
      continue;
    }
    const onSheet = legendsOn(sheet, vocabulary);
    FOUND.set(sheet, { words, legends: onSheet });
    legends.push(...onSheet);
  }
  return legends;
}

// a refresh asks twice of the same sheet with the same words (for the fills it needs, then for the report)
const FOUND = new WeakMap<SheetSnapshot, { words: string; legends: Legend[] }>();

// only the cells holding text are looked at: the cost grows with what the sheet holds, never with the address of its last cell
function legendsOn(sheet: SheetSnapshot, vocabulary: StatusVocabulary): Legend[] {
  const grid = new SheetGrid(sheet);
  const byColumn = new Map<number, Array<{ row: number; code: string; meaning: ReturnType<typeof meaningOf> }>>();
  sheet.rows.forEach((cells, row) =>
    cells?.forEach((cell, column) => {
      if (typeof cell?.value !== "string") return;
      const pair = pairAt(grid, row, column, vocabulary);
      if (!pair) return;
      const pairs = byColumn.get(column) ?? [];
      pairs.push({ row, ...pair });
      byColumn.set(column, pairs);
    }),
  );
  const legends: Legend[] = [];
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    let run: Array<{ row: number; code: string; meaning: ReturnType<typeof meaningOf> }> = [];
    const close = () => {
      if (run.length >= MIN_PAIRS && run.length <= MAX_PAIRS) legends.push(legendOf(sheet.name, run, column));
      run = [];
    };
    // a run is pairs on rows one after another
    for (const pair of byColumn.get(column) ?? []) {
      if (run.length > 0 && pair.row !== (run[run.length - 1] as { row: number }).row + 1) close();
      run.push(pair);
    }
    close();
  }
  return legends;
}

function pairAt(grid: SheetGrid, row: number, column: number, vocabulary: StatusVocabulary) {
  if (grid.text(row, column - 1) !== "" || grid.text(row, column + 2) !== "") return null;
  if (typeof grid.cell(row, column)?.value !== "string") return null;
  const code = grid.text(row, column).toLowerCase();
  if (code === "" || code.length > MAX_CODE_LENGTH || code in vocabulary) return null;
  const meaning = meaningOf(withoutCode(grid.text(row, column + 1), code), vocabulary);
  return meaning ? { code, meaning } : null;
}

// a key often repeats its code before the meaning: "o | o = open", "c | c - closed"
function withoutCode(text: string, code: string): string {
  const lower = text.toLowerCase();
  if (!lower.startsWith(code)) return text;
  const rest = /^\s*[=:\-–]\s*(.*)$/.exec(text.slice(code.length));
  return rest ? (rest[1] as string) : text;
}

function meaningOf(text: string, vocabulary: StatusVocabulary): StatusVocabulary[string] | null {
  if (text === "" || text.length > MAX_MEANING_LENGTH) return null;
  const reading = normaliseStatusText(text, vocabulary);
  return reading.source === "text" ? reading.status : null;
}

function legendOf(sheet: string, run: Array<{ row: number; code: string; meaning: StatusVocabulary[string] | null }>, column: number): Legend {
  const codes: StatusVocabulary = {};
  for (const { code, meaning } of run) if (meaning) codes[code] = meaning;
  const top = (run[0] as { row: number }).row;
  const bottom = (run[run.length - 1] as { row: number }).row;
  return { sheet, range: areaAddress({ top, bottom, left: column, right: column + 1 }), codes };
}

/** The vocabulary with the workbook's legends added; the words set in settings keep their meaning. */
export function withLegends(vocabulary: StatusVocabulary, legends: Legend[]): StatusVocabulary {
  if (legends.length === 0) return vocabulary;
  const extended: StatusVocabulary = {};
  for (const legend of legends) Object.assign(extended, legend.codes);
  return { ...extended, ...vocabulary };
}
