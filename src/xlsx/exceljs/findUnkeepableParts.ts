import JSZip from "jszip";
import { isOwnPart } from "../package/write/addCharts";

export const MACROS = "macros (VBA)";

// content types of parts that ExcelJS drops when it writes a workbook back
const UNKEEPABLE_TYPES: Array<[RegExp, string]> = [
  [/drawingml\.chart\+xml/, "charts"],
  [/chartsheet\+xml/, "chart sheets"],
  [/pivotTable\+xml/, "pivot tables"],
  [/vbaProject|macroEnabled/, MACROS],
  [/slicer(Cache)?\+xml/, "slicers"],
  [/timeline(Cache)?\+xml/, "timelines"],
  [/controlproperties\+xml/i, "form controls"],
  [/activeX/i, "ActiveX controls"],
  [/oleObject/i, "embedded objects"],
  [/externalLink\+xml/, "links to other workbooks"],
  [/threadedcomments\+xml/i, "threaded comments"],
  [/queryTable\+xml/, "query tables"],
  [/connections\+xml/, "data connections"],
  [/webextension/i, "add-in settings"],
];

// features kept inside a worksheet's extension list, which ExcelJS does not write back
const UNKEEPABLE_SHEET_FEATURES: Array<[RegExp, string]> = [
  [/<x14:sparklineGroups\b/, "sparklines"],
  [/<x14:conditionalFormattings\b/, "some conditional formatting (data bars, icon sets)"],
  [/<x14:dataValidations\b/, "data validation lists that point at other sheets"],
];

/**
 * What a workbook holds that writing it back with ExcelJS would lose, in a
 * user's words; the add-in's own chart is not counted, as it is written afresh.
 */
export async function findUnkeepableParts(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const lost = new Set<string>();
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  for (const match of types.matchAll(/<(?:Override|Default)\b[^>]*\/>/g)) {
    const element = match[0];
    const part = /PartName="\/([^"]+)"/.exec(element)?.[1];
    if (part && isOwnPart(part)) continue;
    const contentType = /ContentType="([^"]+)"/.exec(element)?.[1] ?? "";
    for (const [pattern, what] of UNKEEPABLE_TYPES) if (pattern.test(contentType)) lost.add(what);
  }
  for (const path of Object.keys(zip.files)) {
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(path)) {
      const sheet = await (zip.file(path) as JSZip.JSZipObject).async("string");
      for (const [pattern, what] of UNKEEPABLE_SHEET_FEATURES) if (pattern.test(sheet)) lost.add(what);
    } else if (/^xl\/drawings\/[^/]+\.xml$/.test(path) && !isOwnPart(path)) {
      const drawing = await (zip.file(path) as JSZip.JSZipObject).async("string");
      if (/<xdr:sp(?=[\s/>])|<xdr:cxnSp(?=[\s/>])/.test(drawing)) lost.add("shapes or text boxes");
    }
  }
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  for (const match of workbook.matchAll(/<definedName(?=[\s/>])([^>]*)>([^<]*)<\/definedName>/g)) {
    if (/name="_xlnm\./.test(match[1] as string)) continue;
    if (!isPlainReference(match[2] as string)) lost.add("named formulas (Name Manager)");
  }
  return [...lost];
}

function isPlainReference(formula: string): boolean {
  const reference = String.raw`(?:'(?:[^']|'')+'|[^!'",()]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?`;
  return new RegExp(`^${reference}(?:,${reference})*$`).test(formula.replace(/&apos;/g, "'").trim());
}
