import JSZip from "jszip";

/**
 * Whether the workbook's structure is locked (Review > Protect Workbook):
 * ExcelJS does not read `<workbookProtection lockStructure="1"/>`, so a
 * workbook it reads would otherwise get sheets added that Excel refuses.
 * Read with JSZip, as ExcelJS reads: whatever ExcelJS loads, this can look
 * through.
 */
export async function structureLocked(bytes: Buffer): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  const target = /<[\w:]*Relationship(?=[\s/>])[^>]*?Type="[^"]*\/officeDocument"[^>]*?Target="\/?([^"]+)"/.exec(rels)?.[1] ?? /Target="\/?([^"]+)"[^>]*?Type="[^"]*\/officeDocument"/.exec(rels)?.[1] ?? "xl/workbook.xml";
  const workbook = (await zip.file(target)?.async("string")) ?? "";
  const protection = /<(?:\w+:)?workbookProtection(?=[\s/>])([^>]*?)\/?>/.exec(workbook)?.[1] ?? "";
  return /\blockStructure\s*=\s*["'](1|true)["']/.test(protection);
}
