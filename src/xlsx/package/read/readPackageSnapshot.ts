import { DefinedName, Settings, WorkbookSnapshot, cellsNeedingFill, splitAddressList } from "../../../engine";
import { cellLooks } from "../../cellLooks";
import { CellFormats } from "../cellFormats";
import { PackageParts } from "../parts";
import { ReadSheet, readSheetXml } from "./readSheetXml";
import { readSharedStrings } from "./sharedStrings";
import { chartsOnSheet } from "./sheetCharts";
import { tablesOnSheet } from "./sheetTables";
import { WorkbookXml } from "../workbookXml";
import { UnhandledPackageError } from "../../errors";

/**
 * The engine's snapshot read straight from the package's XML: the shared
 * strings, the cell formats and each worksheet, in one pass each. It reads
 * what `readSnapshot` reads through ExcelJS, without ExcelJS building a model
 * of every cell, style and name first. Throws UnhandledPackageError for a package
 * shaped in a way it does not handle; the caller then reads through ExcelJS.
 */
export async function readPackageSnapshot(parts: PackageParts, settings?: Partial<Settings>): Promise<WorkbookSnapshot> {
  const workbook = await WorkbookXml.read(parts);
  const textOf = async (part: string | null) => (part ? parts.text(part) : null);
  const [strings, styles, theme] = await Promise.all([
    textOf(workbook.relatedPart("sharedStrings")),
    textOf(workbook.relatedPart("styles")),
    textOf(workbook.relatedPart("theme")),
  ]);
  const context = { strings: readSharedStrings(strings), formats: new CellFormats(styles, theme), dates1904: workbook.dates1904() };

  const read = new Map<string, ReadSheet>();
  for (const { name, state } of workbook.sheetList()) {
    const part = workbook.sheetPart(name);
    const xml = await textOf(part);
    // a chart sheet or an Excel 5 dialog sheet holds no cells, and is not among the worksheets in Office.js or ExcelJS
    if (xml && /^(?:<\?[^>]*\?>)?\s*<(?:chartsheet|dialogsheet)\b/.test(xml)) continue;
    if (!xml) throw new UnhandledPackageError(`the workbook lists the sheet '${name}', but its part${part ? ` (${part})` : ""} is missing from the file`, "damaged");
    if (!/<worksheet(?=[\s/>])/.test(xml)) throw new UnhandledPackageError(`'${name}' is not a worksheet part this reader knows`);
    const sheet = readSheetXml(xml, name, state, context);
    sheet.sheet.charts = await chartsOnSheet(parts, part as string, xml);
    const tables = await tablesOnSheet(parts, part as string, xml);
    if (tables.length > 0) sheet.sheet.tables = tables;
    read.set(name, sheet);
  }
  const snapshot: WorkbookSnapshot = {
    sheets: [...read.values()].map(({ sheet }) => sheet),
    names: workbookNames(workbook),
    // refused before anything is written, as inside Excel: a locked structure takes no new sheet
    ...(workbook.structureLocked() ? { structureProtected: true } : {}),
  };

  const { fills, fonts } = cellLooks(cellsNeedingFill(snapshot, settings), (sheet) => {
    const styles = read.get(sheet)?.styles;
    if (!styles) return null;
    return (row, column) => {
      const style = styles[row]?.[column] ?? 0;
      return { fill: context.formats.fill(style), font: context.formats.font(style) };
    };
  });
  return { ...snapshot, fills, fonts };
}

// one area of a name's formula: Sheet!$A$1 or 'A sheet'!$A$1:$B$2
const AREA = /^(?:'(?:[^']|'')+'|[^'!\s]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/**
 * The workbook's own names (not a sheet's) that refer to cells, one entry an
 * area, as Office.js lists them; names holding constants or formulas are not
 * the add-in's and are left out.
 */
function workbookNames(workbook: WorkbookXml): DefinedName[] {
  return workbook
    .definedNames()
    .filter(({ localSheetId }) => localSheetId === undefined)
    .flatMap(({ name, text }) => areasOf(text).map((refersTo) => ({ name, refersTo })));
}

// commas inside a quoted sheet name do not separate areas
function areasOf(text: string): string[] {
  return splitAddressList(text).filter((area) => AREA.test(area));
}
