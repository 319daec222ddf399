import JSZip from "jszip";
import { structureLockedIn } from "../package/workbookXml";
import { attribute } from "../package/xmlText";

/**
 * Whether the workbook's structure is locked (Review > Protect Workbook):
 * ExcelJS does not read `<workbookProtection lockStructure="1"/>`, so a
 * workbook it reads would otherwise get sheets added that Excel refuses.
 * Read with JSZip, as ExcelJS reads: whatever ExcelJS loads, this can look
 * through; the workbook part is found and read as the package reader does.
 */
export async function structureLocked(bytes: Buffer): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes);
  // read raw, not brought into the package reader's one form: a relationship may carry its writer's prefix (<ns3:Relationship>)
  const relationships = ((await zip.file("_rels/.rels")?.async("string")) ?? "").match(/<(?:\w+:)?Relationship(?=[\s/>])[^>]*>/g) ?? [];
  const document = relationships.find((element) => /\/officeDocument$/.test(attribute(element, "Type") ?? ""));
  const target = (document ? attribute(document, "Target") : undefined)?.replace(/^\//, "") ?? "xl/workbook.xml";
  return structureLockedIn((await zip.file(target)?.async("string")) ?? "");
}
