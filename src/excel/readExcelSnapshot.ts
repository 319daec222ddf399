import { CellSnapshot, DefinedName, SheetSnapshot, WorkbookSnapshot, cellsNeedingFill, isOwnedName, splitAddressList } from "../engine";
import type { Settings } from "../engine";
import { ExcelCapabilities } from "./capabilities";

/**
 * Reads the workbook into the engine's snapshot in three round trips,
 * whatever the plan's size: the sheets and names; every visible sheet's used
 * range (values, number formats, value types) and merges; then the fills of
 * only the cells the engine asks for.
 */
export async function readExcelSnapshot(
  context: Excel.RequestContext,
  settings?: Partial<Settings>,
  capabilities: ExcelCapabilities = { readMerges: true },
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name,items/type,items/formula");
  await context.sync();

  const reads = worksheets.items.map((worksheet) => {
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("values,numberFormat,valueTypes,rowIndex,columnIndex");
    // without merges the engine still reads the plan: headings are also found in the first column
    const merged = capabilities.readMerges ? worksheet.getRange().getMergedAreasOrNullObject() : null;
    merged?.load("address");
    // the add-in adds its charts last, so a summary with all its charts was written whole
    const charts = worksheet.charts.getCount();
    return { worksheet, used, merged, charts };
  });
  await context.sync();

  const snapshot: WorkbookSnapshot = {
    sheets: reads.map(({ worksheet, used, merged, charts }) => ({ ...sheetOf(worksheet, used, merged), charts: charts.value })),
    // every name of the add-in's is read whatever its type: one left as #REF! by a deleted sheet is "Error", and must be replaced
    names: names.items.filter((name) => name.type === "Range" || isOwnedName(name.name)).map(nameOf),
  };

  const requests = cellsNeedingFill(snapshot, settings).flatMap(({ sheet, ranges }) =>
    ranges.map((range) => ({
      sheet,
      range,
      properties: worksheets.getItem(sheet).getRange(range).getCellProperties({ address: true, format: { fill: { color: true, pattern: true }, font: { color: true } } }),
    })),
  );
  if (requests.length > 0) await context.sync();
  snapshot.fills = {};
  snapshot.fonts = {};
  for (const { sheet, properties } of requests) {
    const fills = (snapshot.fills[sheet] ??= {});
    const fonts = (snapshot.fonts[sheet] ??= {});
    for (const row of properties.value) {
      for (const cell of row) {
        if (!cell.address) continue;
        const fill = cell.format?.fill;
        if (fill?.color && fill.pattern !== "None") fills[bareAddress(cell.address)] = colour(fill.color);
        const font = cell.format?.font?.color;
        if (font) fonts[bareAddress(cell.address)] = colour(font);
      }
    }
  }
  return snapshot;
}

function sheetOf(worksheet: Excel.Worksheet, used: Excel.Range, merged: Excel.RangeAreas | null): SheetSnapshot {
  const rows: SheetSnapshot["rows"] = [];
  if (!used.isNullObject) {
    used.values.forEach((values, r) => {
      const cells: Array<CellSnapshot | undefined> = [];
      values.forEach((value, c) => {
        const cell = cellOf(value, used.numberFormat[r]?.[c], used.valueTypes[r]?.[c]);
        if (cell) cells[used.columnIndex + c] = cell;
      });
      if (cells.length > 0) rows[used.rowIndex + r] = cells;
    });
  }
  return {
    name: worksheet.name,
    visible: worksheet.visibility === "Visible",
    protected: worksheet.protection.protected,
    rows,
    merges: !merged || merged.isNullObject ? [] : splitAddressList(merged.address).map(bareAddress),
    // hidden rows are read as plan rows all the same; Excel only tells them row by row, so they are not fetched
    hiddenRows: [],
  };
}

// Office.js gives an error as its text with the value type "Error", and an empty cell as ""
function cellOf(value: unknown, numberFormat: unknown, valueType: string | undefined): CellSnapshot | undefined {
  if (value === "" || value === null || value === undefined) return undefined;
  if (valueType === "Error") return { value: null, error: String(value) };
  const format = typeof numberFormat === "string" && numberFormat !== "General" ? numberFormat : undefined;
  const plain = typeof value === "number" || typeof value === "boolean" ? value : String(value);
  return format ? { value: plain, format } : { value: plain };
}

function nameOf(name: Excel.NamedItem): DefinedName {
  return { name: name.name, refersTo: String(name.formula).replace(/^=/, "") };
}

function colour(css: string): string {
  return css.replace(/^#/, "").toUpperCase();
}

/** "'My plan'!$I$17" → "I17". */
function bareAddress(address: string): string {
  return (address.split("!").pop() as string).replace(/\$/g, "").trim();
}
