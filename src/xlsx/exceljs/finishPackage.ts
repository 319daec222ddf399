import { SummaryPlan } from "../../engine";
import { PackageParts } from "../package/parts";
import { relsPathOf, withoutRelationships } from "../package/relationships";
import { addCharts } from "../package/write/addCharts";

/**
 * What ExcelJS cannot write itself, added to the package it wrote: the
 * summary's native chart, and internal hyperlinks that point inside the
 * workbook rather than at a file named after a cell.
 */
export async function finishPackage(written: Buffer | ArrayBuffer, summary: SummaryPlan | null): Promise<Buffer> {
  const zip = await PackageParts.load(written);
  await repairInternalLinks(zip);
  if (summary && summary.charts.length > 0) await addCharts(zip, summary);
  return zip.toBuffer();
}

// ExcelJS writes an internal link with both a location and an external relationship to a "file" named like the cell
async function repairInternalLinks(zip: PackageParts): Promise<void> {
  for (const path of zip.paths().filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))) {
    const sheet = (await zip.text(path)) as string;
    const internalIds: string[] = [];
    const repaired = sheet.replace(/<hyperlink ([^>]*)\/>/g, (element, attributes: string) => {
      if (!/\blocation="/.test(attributes)) return element;
      const id = /r:id="([^"]+)"/.exec(attributes)?.[1];
      if (!id) return element;
      internalIds.push(id);
      return `<hyperlink ${attributes.replace(/\s*r:id="[^"]+"/, "")}/>`;
    });
    if (internalIds.length === 0) continue;
    zip.set(path, repaired);
    const relsPath = relsPathOf(path);
    const rels = await zip.text(relsPath);
    if (!rels) continue;
    zip.set(relsPath, withoutRelationships(rels, new Set(internalIds)));
  }
}
