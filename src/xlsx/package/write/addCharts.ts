import { SummaryPlan } from "../../../engine";
import { chartXml, drawingXml } from "./chartXml";
import { PackageParts } from "../parts";
import { RELATIONSHIPS_TYPE, withContentType } from "../contentTypes";
import { NO_RELATIONSHIPS, RELATIONSHIPS_NAMESPACE as REL, relsPathOf, resolvedTarget, withRelationship } from "../relationships";
import { worksheetPart } from "../workbookXml";

const DRAWING = "../drawings/bragTrackerDrawing1.xml";
/** Where the summary's first chart is kept in a package laid out as Excel lays it out. */
export const CHART_PART = "xl/charts/bragTrackerChart1.xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** The add-in's own chart parts, numbered from 1 in the order the summary lists its charts, beside the summary sheet's folder. */
function chartPart(sheetPart: string, index: number): string {
  return resolvedTarget(sheetPart, `../charts/bragTrackerChart${index + 1}.xml`);
}

export function isOwnPart(part: string): boolean {
  return /(?:^|\/)drawings\/bragTrackerDrawing1\.xml$|(?:^|\/)charts\/bragTrackerChart\d+\.xml$/.test(part);
}
const DRAWING_RELATIONSHIP = "rIdBragTrackerDrawing";
/** The summary sheet's reference to its drawing: summarySheetXml writes it in place, a sheet ExcelJS wrote gets it here. */
export const DRAWING_ELEMENT = `<drawing r:id="${DRAWING_RELATIONSHIP}"/>`;
// elements a worksheet may hold after <drawing>, in the order the schema requires
const AFTER_DRAWING = /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;


export async function addCharts(zip: PackageParts, summary: SummaryPlan): Promise<void> {
  const part = await worksheetPart(zip, summary.name);
  if (!part) throw new Error(`The summary sheet '${summary.name}' is missing from the written workbook.`);

  const drawingPart = resolvedTarget(part, DRAWING);
  summary.charts.forEach((chart, index) => zip.set(chartPart(part, index), chartXml(summary.name, chart, summary.cells)));
  zip.set(drawingPart, drawingXml(summary.charts.map((chart, index) => ({ chart, relationship: `rId${index + 1}` }))));
  zip.set(
    relsPathOf(drawingPart),
    summary.charts.reduce((rels, _, index) => withRelationship(rels, `rId${index + 1}`, `${REL}/chart`, `../charts/bragTrackerChart${index + 1}.xml`), NO_RELATIONSHIPS),
  );

  const relsPath = relsPathOf(part);
  const rels = (await zip.text(relsPath)) ?? NO_RELATIONSHIPS;
  zip.set(relsPath, withRelationship(rels, DRAWING_RELATIONSHIP, `${REL}/drawing`, DRAWING));

  const sheet = (await zip.text(part)) as string;
  if (!sheet.includes(DRAWING_ELEMENT)) {
    const at = AFTER_DRAWING.exec(sheet)?.index ?? sheet.lastIndexOf("</worksheet>");
    const withNamespace = /xmlns:r="/.test(sheet) ? sheet : sheet.replace("<worksheet ", `<worksheet xmlns:r="${REL}" `);
    const offset = withNamespace.length - sheet.length;
    zip.set(part, `${withNamespace.slice(0, at + offset)}${DRAWING_ELEMENT}${withNamespace.slice(at + offset)}`);
  }

  let types = (await zip.text("[Content_Types].xml")) as string;
  summary.charts.forEach((_, index) => (types = withContentType(types, chartPart(part, index), CHART_TYPE)));
  for (const [added, type] of [[drawingPart, DRAWING_TYPE], [relsPathOf(drawingPart), RELATIONSHIPS_TYPE], [relsPath, RELATIONSHIPS_TYPE]] as const) types = withContentType(types, added, type);
  zip.set("[Content_Types].xml", types);
}
