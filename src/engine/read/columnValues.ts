import { normaliseStatusText } from "./normaliseStatus";
import { SheetGrid } from "../sheet/sheetGrid";
import { StatusVocabulary } from "../model/status";

// how far below a header to look when judging a column by its values
const SAMPLE_ROWS = 400;

/**
 * The filled cells' texts of a column under its header, down to `last`; the
 * header's own label, repeated over a later block, is no value.
 */
export function* valuesBelow(grid: SheetGrid, header: number, last: number, column: number): Generator<string> {
  const label = grid.text(header, column);
  for (let row = header + 1; row <= last; row++) {
    const text = grid.text(row, column);
    if (text !== "" && text !== label) yield text;
  }
}

/** What the filled cells of a column under a header hold, from the first rows of the table. */
export interface ColumnSample {
  filled: number;
  statuses: number;
  ranks: number;
  numbers: number;
}

// "High/Medium/Low", "P1", "1-5": a rank orders actions, it names neither a section nor a status
const RANK_WORDS = new Set(["high", "medium", "med", "low", "very high", "very low", "critical", "urgent", "major", "minor", "moderate", "severe", "h", "m", "l"]);
const RANK = /^(p\s?[0-5]|[0-9]|10)$/i;

export function sampleColumn(grid: SheetGrid, header: number, last: number, column: number, vocabulary: StatusVocabulary): ColumnSample {
  const sample: ColumnSample = { filled: 0, statuses: 0, ranks: 0, numbers: 0 };
  for (let row = header + 1; row <= Math.min(last, header + SAMPLE_ROWS); row++) {
    const text = grid.text(row, column);
    if (text === "") continue;
    sample.filled++;
    if (typeof grid.cell(row, column)?.value === "number") sample.numbers++;
    const simple = text.toLowerCase().trim();
    if (RANK_WORDS.has(simple) || RANK.test(simple)) sample.ranks++;
    else if (normaliseStatusText(text, vocabulary).source === "text") sample.statuses++;
  }
  return sample;
}

/** Most of the column ranks its rows. */
export function isRankColumn(sample: ColumnSample): boolean {
  return sample.filled > 0 && sample.ranks * 2 > sample.filled;
}

/** More than half the column is status words. */
export function isStatusColumn(sample: ColumnSample): boolean {
  return sample.statuses > 0 && sample.statuses * 2 > sample.filled;
}

/**
 * A dashboard's table ("Team | Completed | In progress", a pivot of the plan):
 * statuses head its columns and numbers fill them. It counts a plan; it is none.
 */
export function isCountsTable(grid: SheetGrid, header: number, last: number, columns: number[], vocabulary: StatusVocabulary): boolean {
  const counted = columns.filter((c) => normaliseStatusText(grid.text(header, c), vocabulary).source === "text");
  if (counted.length < 2) return false;
  const samples = counted.map((c) => sampleColumn(grid, header, last, c, vocabulary));
  return samples.every((s) => s.filled > 0 && s.numbers * 2 > s.filled);
}
