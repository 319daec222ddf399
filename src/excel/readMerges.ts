import { splitAddressList } from "../engine";

/**
 * The merged areas of each sheet asked for (null: not asked): all sheets in
 * one request, and when Excel refuses that (it gives no answer for a range
 * of more than 512 merged areas: Range.getMergedAreasOrNullObject), one
 * sheet a request, a sheet it still refuses being left without them (null).
 */
export async function readMerges(context: Excel.RequestContext, worksheets: Array<Excel.Worksheet | null>): Promise<Array<string[] | null>> {
  const asked = worksheets.map((worksheet) => worksheet && queueMerges(worksheet));
  try {
    await context.sync();
    return asked.map((read) => (read ? read() : []));
  } catch {
    const merges: Array<string[] | null> = [];
    for (const worksheet of worksheets) {
      if (!worksheet) {
        merges.push([]);
        continue;
      }
      const read = queueMerges(worksheet);
      try {
        // one sheet a request, so the one whose merges Excel cannot give loses only its own
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        merges.push(read());
      } catch {
        merges.push(null);
      }
    }
    return merges;
  }
}

/** A sheet's merged areas, queued for the next sync; read once it is done. */
export function queueMerges(worksheet: Excel.Worksheet): () => string[] {
  const merged = worksheet.getRange().getMergedAreasOrNullObject();
  merged.load("address");
  return () => (merged.isNullObject ? [] : splitAddressList(merged.address));
}
