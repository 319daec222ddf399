import { SummaryPlan } from "../../../engine";
import { chartXml, drawingXml } from "./chartXml";
import { PackageParts } from "../parts";
import { NO_RELATIONSHIPS, RELATIONSHIPS_NAMESPACE as REL, relsPathOf, withRelationship } from "../relationships";
import { worksheetPart } from "../workbookXml";

export const CHART_PART = chartPart(0);
export const DRAWING_PART = "xl/drawings/bragTrackerDrawing1.xml";

/** The add-in's own chart parts, numbered from 1 in the order the summary lists its charts. */
export function chartPart(index: number): string {
  return `xl/charts/bragTrackerChart${index + 1}.xml`;
}

export function isOwnPart(part: string): boolean {
  return part === DRAWING_PART || /^xl\/charts\/bragTrackerChart\d+\.xml$/.test(part);
}
const DRAWING_RELATIONSHIP = "rIdBragTrackerDrawing";
// elements a worksheet may hold after <drawing>, in the order the schema requires
const AFTER_DRAWING = /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;


export async function addCharts(zip: PackageParts, summary: SummaryPlan): Promise<void> {
  const part = await worksheetPart(zip, summary.name);
  if (!part) throw new Error(`The summary sheet '${summary.name}' is missing from the written workbook.`);

  summary.charts.forEach((chart, index) => zip.set(chartPart(index), chartXml(summary.name, chart, summary.cells)));
  zip.set(DRAWING_PART, drawingXml(summary.charts.map((chart, index) => ({ chart, relationship: `rId${index + 1}` }))));
  zip.set(
    relsPathOf(DRAWING_PART),
    summary.charts.reduce((rels, _, index) => withRelationship(rels, `rId${index + 1}`, `${REL}/chart`, `../charts/${chartPart(index).split("/").pop()}`), NO_RELATIONSHIPS),
  );

  const relsPath = relsPathOf(part);
  const rels = (await zip.text(relsPath)) ?? NO_RELATIONSHIPS;
  zip.set(relsPath, withRelationship(rels, DRAWING_RELATIONSHIP, `${REL}/drawing`, "../drawings/bragTrackerDrawing1.xml"));

  const sheet = (await zip.text(part)) as string;
  const at = AFTER_DRAWING.exec(sheet)?.index ?? sheet.lastIndexOf("</worksheet>");
  const withNamespace = /xmlns:r="/.test(sheet) ? sheet : sheet.replace("<worksheet ", `<worksheet xmlns:r="${REL}" `);
  const offset = withNamespace.length - sheet.length;
  zip.set(part, `${withNamespace.slice(0, at + offset)}<drawing r:id="${DRAWING_RELATIONSHIP}"/>${withNamespace.slice(at + offset)}`);

  const types = (await zip.text("[Content_Types].xml")) as string;
  zip.set(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      summary.charts
        .map((_, index) => `<Override PartName="/${chartPart(index)}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`)
        .join("") + `<Override PartName="/${DRAWING_PART}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    ),
  );
}
