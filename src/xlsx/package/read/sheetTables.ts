import { PackageParts } from "../parts";
import { relationshipsOf, relsPathOf, resolvedTarget } from "../relationships";
import { attribute } from "../xmlText";

const TABLE_PART = /<tablePart(?=[\s/>])([^>]*?)\/?>/g;
const TABLE_REF = /<(?:\w+:)?table\b[^>]*?\sref\s*=\s*"([^"]+)"/;

/**
 * The Excel tables (ListObjects) on a worksheet, as the A1 ranges their parts
 * give (`<table ref="B3:H40">`), as Office.js lists `worksheet.tables`. A
 * value typed just beside a table becomes part of it, so the add-in keeps
 * its own column a column away.
 */
export async function tablesOnSheet(parts: PackageParts, sheetPart: string, sheetXml: string): Promise<string[]> {
  const ids = [...sheetXml.matchAll(TABLE_PART)].map((match) => /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(match[1] as string)?.[1]).filter((id): id is string => Boolean(id));
  if (ids.length === 0) return [];
  const relationships = relationshipsOf(await parts.text(relsPathOf(sheetPart)));
  const ranges: string[] = [];
  for (const id of ids) {
    const target = relationships.find((element) => attribute(element, "Id") === id);
    if (!target) continue;
    const xml = await parts.text(resolvedTarget(sheetPart, attribute(target, "Target") ?? ""));
    const ref = xml ? TABLE_REF.exec(xml)?.[1] : undefined;
    if (ref) ranges.push(ref.replace(/\$/g, "").toUpperCase());
  }
  return ranges;
}
