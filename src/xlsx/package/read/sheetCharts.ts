import { PackageParts } from "../parts";
import { relationshipsOf, relsPathOf, resolvedTarget } from "../relationships";
import { attribute } from "../xmlText";

const DRAWING = /<drawing(?=[\s/>])([^>]*?)\/?>/;

/**
 * How many charts a worksheet shows: the chart relationships of the drawing
 * the sheet names, as Office.js counts `worksheet.charts`. It lets a refresh
 * tell that the add-in's summary already shows all its charts.
 */
export async function chartsOnSheet(parts: PackageParts, sheetPart: string, sheetXml: string): Promise<number> {
  const drawing = DRAWING.exec(sheetXml);
  const id = drawing && /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(drawing[1] as string)?.[1];
  if (!id) return 0;
  const target = relationshipsOf(await parts.text(relsPathOf(sheetPart))).find((element) => attribute(element, "Id") === id);
  if (!target) return 0;
  const drawingPart = resolvedTarget(sheetPart, attribute(target, "Target") ?? "");
  return relationshipsOf(await parts.text(relsPathOf(drawingPart))).filter((element) => attribute(element, "Type")?.endsWith("/chart")).length;
}
