import { cellAddress, columnLetters, parseAddress } from "../engine";

/**
 * Excel refuses a `getRanges` list past an undocumented limit (office-js
 * issue #5198: 8,207 characters fail, and some lists of 513 areas): lists
 * are kept well under both.
 */
export const MAX_ADDRESS_LIST = 4000;
export const MAX_ADDRESS_AREAS = 500;

/** Cells as the fewest ranges: runs of consecutive rows in one column become "I17:I40". */
export function compressCells(cells: string[]): string[] {
  const byColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const { row, column } = parseAddress(cell);
    const rows = byColumn.get(column);
    if (rows) rows.push(row);
    else byColumn.set(column, [row]);
  }
  const ranges: string[] = [];
  for (const [column, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0] as number;
    for (let i = 1; i <= sorted.length; i++) {
      const row = sorted[i];
      if (row !== undefined && row === (sorted[i - 1] as number) + 1) continue;
      const end = sorted[i - 1] as number;
      ranges.push(start === end ? cellAddress(start, column) : `${columnLetters(column)}${start + 1}:${columnLetters(column)}${end + 1}`);
      if (row !== undefined) start = row;
    }
  }
  return ranges;
}

/** Comma-separated address lists, each short enough for `getRanges`. */
export function addressLists(cells: string[], limit = MAX_ADDRESS_LIST): string[] {
  const lists: string[] = [];
  let current = "";
  let areas = 0;
  for (const range of compressCells(cells)) {
    const next = current === "" ? range : `${current},${range}`;
    if ((next.length > limit || areas === MAX_ADDRESS_AREAS) && current !== "") {
      lists.push(current);
      current = range;
      areas = 1;
    } else {
      current = next;
      areas++;
    }
  }
  if (current !== "") lists.push(current);
  return lists;
}
