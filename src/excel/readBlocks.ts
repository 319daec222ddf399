import type { CellArea } from "../engine";

/**
 * Reads in as few requests as Excel on the web's 5 MB response allows: the
 * reads are queued a request at a time up to a number of cells; when Excel
 * refuses an answer as too large, the same reads go again in requests of
 * half as many cells, and a single read too large alone is split, where it
 * can be. Reads change nothing, so asking again is safe.
 */
export async function inRequestsOf<T, P, R>(
  context: Excel.RequestContext,
  given: T[],
  how: {
    cells: (item: T) => number;
    /** Queues the item's read (its load), giving the proxy that will hold the answer. */
    queue: (item: T) => P;
    /** The answer, from the proxy once the request holding it has been synced. */
    answer: (item: T, proxy: P) => R;
    /** The item as two smaller reads, or null when it cannot be split. */
    split: (item: T) => T[] | null;
    startingCells: number;
  },
): Promise<R[]> {
  const items = [...given];
  const results: R[] = [];
  let budget = how.startingCells;
  while (results.length < items.length) {
    const from = results.length;
    let cells = 0;
    let to = from;
    while (to < items.length) {
      const size = how.cells(items[to] as T);
      if (to > from && cells + size > budget) break;
      cells += size;
      to++;
    }
    const proxies = items.slice(from, to).map((item) => how.queue(item));
    try {
      // each request waits for the one before: its size depends on whether that one's answer was too large
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      if (to - from > 1) {
        budget = Math.max(1, Math.floor(cells / 2));
        continue;
      }
      const halves = how.split(items[from] as T);
      if (!halves) throw error;
      items.splice(from, 1, ...halves);
      continue;
    }
    proxies.forEach((proxy, index) => results.push(how.answer(items[from + index] as T, proxy)));
  }
  return results;
}

/** Excel's answer to a response over its limit (ErrorCodes.responsePayloadSizeLimitExceeded). */
export function isTooLarge(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "ResponsePayloadSizeLimitExceeded";
}

/** An area in blocks of whole rows of at most `cells` cells each (one row at least), top to bottom. */
export function rowBlocks(area: CellArea, cells: number): CellArea[] {
  const rows = Math.max(1, Math.floor(cells / (area.right - area.left + 1)));
  const blocks: CellArea[] = [];
  for (let top = area.top; top <= area.bottom; top += rows) blocks.push({ ...area, top, bottom: Math.min(area.bottom, top + rows - 1) });
  return blocks;
}

export function cellsOf(area: CellArea): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}
