import { basename } from "path";
import { EarlierCopy, IsoDate, Settings, earlierCopyOf } from "../engine";
import { RefreshRefusedError } from "./errors";
import { readWorkbook } from "./readWorkbook";
import { readWorkbookFile } from "./readWorkbookFile";

/**
 * Last quarter's copy of the workbook, read from its file as the workbook itself is (and refused as it would be:
 * not a workbook, too large, damaged); it is only read. A copy with no date of its own is refused unless `dated`
 * gives one, a copy no earlier than `asAt` or with no plan always.
 */
export async function earlierCopyFile(
  path: string,
  options: { asAt: IsoDate; dated?: IsoDate; settings?: Partial<Settings> },
  whenUndated = "",
): Promise<EarlierCopy> {
  const name = basename(path);
  const { snapshot } = await readWorkbook(await readWorkbookFile(path), name, options.settings);
  const copy = earlierCopyOf(snapshot, name, options);
  if ("problem" in copy) throw new RefreshRefusedError(copy.undated ? `${copy.problem}${whenUndated}` : copy.problem);
  return copy;
}
