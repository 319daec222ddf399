import { SheetGrid } from "../sheet/sheetGrid";
import { valuesBelow } from "./columnValues";

/**
 * Whether a column lists the plan's items or groups them is said by its
 * cells, not its name: "Project Name" is the item where every row names a
 * different project, and the section where a few projects repeat.
 */
export interface ValueProfile {
  filled: number;
  distinct: number;
}

// how far below a header to look when judging a column by its values
const SAMPLE_ROWS = 400;
const MIN_ROWS = 3;

export function valueProfile(grid: SheetGrid, header: number, limit: number, column: number): ValueProfile {
  const seen = new Set<string>();
  let filled = 0;
  for (const text of valuesBelow(grid, header, Math.min(limit, header + SAMPLE_ROWS), column)) {
    filled++;
    seen.add(text.toLowerCase().trim());
  }
  return { filled, distinct: seen.size };
}

/** Few values, repeated: a grouping ("Project A, Project A, Project B, Project B, Project C"). */
export function isGrouping(profile: ValueProfile): boolean {
  return profile.filled >= MIN_ROWS && profile.distinct <= profile.filled * 0.7;
}

/** Nearly every row its own value: a list of items (a table of one or two rows, each its own). */
export function isItemList(profile: ValueProfile): boolean {
  if (profile.filled < MIN_ROWS) return profile.filled > 0 && profile.distinct === profile.filled;
  return profile.distinct >= profile.filled * 0.9;
}
