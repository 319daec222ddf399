import { EarlierCopy, IsoDate, Settings } from "../engine";
import { earlierCopyFile } from "../xlsx";
import { isoDate } from "./commandOptions";

export interface ComparisonOptions {
  since?: string;
  sinceFile?: string;
}

export const SINCE_FILE_HELP = "compare with last quarter's copy of the workbook, saved as a file of its own (as at its own last refresh, or the date given with --since)";
const UNDATED = " Give the date it reported as at with --since, such as --since 31/10/2019.";

/**
 * What this report is compared with: a refresh the workbook keeps (on or before --since), or last quarter's
 * copy (--since-file), which --since then dates when the copy keeps no refresh of its own.
 */
export async function comparisonFor(options: ComparisonOptions, asAt: IsoDate, settings: Partial<Settings> | undefined): Promise<{ since?: IsoDate; earlier?: EarlierCopy }> {
  const since = options.since === undefined ? undefined : isoDate("--since", options.since);
  if (options.sinceFile === undefined) return since === undefined ? {} : { since };
  const earlier = await earlierCopyFile(options.sinceFile, { asAt, ...(since === undefined ? {} : { dated: since }), ...(settings ? { settings } : {}) }, UNDATED);
  return { earlier };
}
