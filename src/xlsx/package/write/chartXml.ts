import { SummaryChart, WrittenCell, absoluteReference, cellAddress, parseAddress, parseArea } from "../../../engine";
import { RELATIONSHIPS_NAMESPACE as R } from "../relationships";
import { drawingText, escapeXml, spreadsheetText } from "../xmlText";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

function columnCells(range: string): string[] {
  const area = parseArea(range);
  const cells: string[] = [];
  for (let row = area.top; row <= area.bottom; row++) cells.push(cellAddress(row, area.left));
  return cells;
}

/** The values the chart's ranges hold, cached in the chart part as Excel itself does, so any viewer can draw it. */
function cachedValues(byAddress: Map<string, WrittenCell["value"]>, range: string): Array<string | number> {
  return columnCells(range).map((address) => {
    const value = byAddress.get(address);
    return value === undefined ? "" : "text" in value ? value.text : value.number;
  });
}

function stringCache(values: Array<string | number>): string {
  const points = values.map((value, index) => `<c:pt idx="${index}"><c:v>${spreadsheetText(String(value))}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numberCache(values: Array<string | number>): string {
  const points = values.map((value, index) => `<c:pt idx="${index}"><c:v>${Number(value) || 0}</c:v></c:pt>`).join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

/**
 * A stacked chart with one BRAG-coloured segment per status: bars across for
 * the section table (read top to bottom), columns up for the counts over time.
 */
export function chartXml(sheet: string, chart: SummaryChart, cells: WrittenCell[]): string {
  const across = chart.type === "BarStacked";
  // the charted cells are a few dozen of a summary that may hold hundreds of thousands
  const charted = new Set([chart.categories, ...chart.series.map((one) => one.values)].flatMap(columnCells));
  const byAddress = new Map<string, WrittenCell["value"]>();
  for (const cell of cells) if (charted.has(cell.cell)) byAddress.set(cell.cell, cell.value);
  const categories = cachedValues(byAddress, chart.categories);
  const series = chart.series
    .map((one, index) => {
      const values = cachedValues(byAddress, one.values);
      return (
        `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
        `<c:tx><c:v>${spreadsheetText(one.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${one.colour}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeXml(absoluteReference(sheet, chart.categories))}</c:f>${stringCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(absoluteReference(sheet, one.values))}</c:f>${numberCache(values)}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:t>${drawingText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${across ? "bar" : "col"}"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${across ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${across ? "l" : "b"}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${across ? "b" : "l"}"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/>` +
    `<c:crosses val="${across ? "max" : "autoZero"}"/><c:crossBetween val="between"/>${chart.type === "BarStacked" ? `<c:majorUnit val="1"/>` : ""}</c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** The drawing that places the charts over the summary's cells. */
export function drawingXml(charts: Array<{ chart: SummaryChart; relationship: string }>): string {
  const anchor = (tag: string, at: { row: number; column: number }) =>
    `<xdr:${tag}><xdr:col>${at.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts.map(({ chart, relationship }, index) => {
    const to = parseAddress(chart.to);
    return (
      `<xdr:twoCellAnchor editAs="oneCell">` +
      anchor("from", parseAddress(chart.from)) +
      anchor("to", { row: to.row + 1, column: to.column + 1 }) +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${drawingText(chart.title)}" descr="${drawingText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${relationship}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors.join("")}</xdr:wsDr>`;
}
