import { CellSnapshot, DefinedName, SheetSnapshot, WorkbookSnapshot, bareAddress, cellAddress, cellsNeedingFill, isDateFormat, isOwnedName, ownedSheetNames } from "../engine";
import type { CellArea } from "../engine";
import type { Settings } from "../engine";
import { ExcelCapabilities } from "./capabilities";
import { readLooks } from "./readLooks";
import { OWN_SHEET_COLUMNS, USER_SHEET_COLUMNS, ValuesBlock, firstBlockAreas, readAreas, restOf } from "./readSheetValues";
import { queueMerges, readMerges } from "./readMerges";

/**
 * Reads the workbook into the engine's snapshot: the sheets, names and the
 * workbook's protection; each sheet's extent, first rows, merges and charts
 * in one request; the rest of each sheet's used range in row blocks; then
 * the colours of only the cells the engine asks for. A plan of a couple of
 * thousand actions takes three round trips, and every answer stays under
 * Excel on the web's 5 MB. Should Excel refuse the first request all the
 * same (very long texts, or more than 512 merged areas on a sheet), the
 * extents are asked alone and the merges one sheet at a time.
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
  const protection = context.workbook.protection;
  protection.load("protected");
  const dates = dateSystemProbe(context);
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  await context.sync();
  const dateShift = dates.shift();

  // every name of the add-in's is read whatever its type: one left as #REF! by a deleted sheet is "Error", and must be replaced
  const definedNames = names.items.filter((name) => name.type === "Range" || isOwnedName(name.name)).map(nameOf);
  const owned = ownedSheetNames({ sheets: [], names: definedNames });
  // a sheet the settings leave out is not read at all; the add-in's own sheets always are
  const wanted = worksheets.items.filter((sheet) => !settings?.includeSheets || settings.includeSheets.includes(sheet.name) || owned.has(sheet.name));
  const reads = wanted.map((worksheet) => ({
    worksheet,
    own: owned.has(worksheet.name),
    // the add-in's own sheets hold no headings to find, and its summary merges a row per list line
    mergesWanted: capabilities.readMerges && !owned.has(worksheet.name),
  }));

  // each table's range goes with the next request, whichever it is
  let tableRanges = queueTableRanges(tables);
  let read = await readFirstBlocks(context, reads);
  if (!read) {
    tableRanges = queueTableRanges(tables);
    read = await readExtents(context, reads);
  }
  const blocks = await readAreas(
    context,
    reads.map(({ worksheet }, index) => ({ worksheet, areas: (read[index] as SheetRead).rest })),
  );
  const snapshot: WorkbookSnapshot = {
    sheets: reads.map(({ worksheet }, index) => {
      const { first, merges, charts } = read[index] as SheetRead;
      const onSheet = tableRanges.filter((table) => table.sheet === worksheet.name).map((table) => bareAddress(table.range.address));
      return { ...sheetOf(worksheet, [...(first ? [first] : []), ...(blocks[index] ?? [])], merges, dateShift), charts, ...(onSheet.length > 0 ? { tables: onSheet } : {}) };
    }),
    names: definedNames,
    ...(protection.protected ? { structureProtected: true } : {}),
  };

  const { fills, fonts } = await readLooks(context, cellsNeedingFill(snapshot, settings));
  snapshot.fills = fills;
  snapshot.fonts = fonts;
  return snapshot;
}

interface SheetRead {
  /** What the first request read of the sheet's values, if anything. */
  first: ValuesBlock | null;
  /** The parts of the used range still to read. */
  rest: CellArea[];
  /** Null when they could not be read (more than 512); [] when not asked for. */
  merges: string[] | null;
  charts: number;
}

type Reads = Array<{ worksheet: Excel.Worksheet; own: boolean; mergesWanted: boolean }>;

/**
 * One request: each sheet's used extent, its first rows, its merges and
 * charts. Null when Excel refuses it: an answer over 5 MB (a sheet of very
 * long texts), or more than 512 merged areas on a sheet.
 */
async function readFirstBlocks(context: Excel.RequestContext, reads: Reads): Promise<SheetRead[] | null> {
  const windows = firstBlockAreas(reads.map(({ own }) => (own ? OWN_SHEET_COLUMNS : USER_SHEET_COLUMNS)));
  const queued = reads.map(({ worksheet, mergesWanted }, index) => {
    const window = windows[index] as CellArea;
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const first = used.getIntersectionOrNullObject(worksheet.getRange(`A1:${cellAddress(window.bottom, window.right)}`));
    first.load("values,numberFormat,valueTypes,rowIndex,columnIndex");
    const merges = mergesWanted ? queueMerges(worksheet) : null;
    // the add-in adds its charts last, so a summary with all its charts was written whole
    const charts = worksheet.charts.getCount();
    return { used, first, merges, charts, window };
  });
  try {
    await context.sync();
  } catch {
    // reads change nothing: whatever went wrong, the slower way asks again, and says what it cannot read
    return null;
  }
  return queued.map(({ used, first, merges, charts, window }) => {
    const extent = extentOf(used);
    const block = extent && !first.isNullObject ? { top: first.rowIndex, left: first.columnIndex, values: first.values, formats: first.numberFormat, types: first.valueTypes } : null;
    return {
      first: block,
      rest: extent ? restOf(extent, window) : [],
      merges: merges ? merges() : [],
      charts: charts.value,
    };
  });
}

/** When the first request is refused: the extents and charts alone, then the merges one sheet at a time. */
async function readExtents(context: Excel.RequestContext, reads: Reads): Promise<SheetRead[]> {
  const queued = reads.map(({ worksheet }) => {
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { used, charts: worksheet.charts.getCount() };
  });
  await context.sync();
  const merges = await readMerges(
    context,
    reads.map(({ worksheet, mergesWanted }) => (mergesWanted ? worksheet : null)),
  );
  return queued.map(({ used, charts }, index) => {
    const extent = extentOf(used);
    return { first: null, rest: extent ? [extent] : [], merges: merges[index] as string[] | null, charts: charts.value };
  });
}

function extentOf(used: Excel.Range): CellArea | null {
  if (used.isNullObject) return null;
  return { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 };
}

/** Each Excel table's range, to load with the next request: a value written just beside a table joins it, so the engine keeps clear of them. */
function queueTableRanges(tables: Excel.TableCollection): Array<{ sheet: string; range: Excel.Range }> {
  return tables.items.map((table) => ({ sheet: table.worksheet.name, range: table.getRange().load("address") }));
}

// 1 January 2000 in the 1900 date system; a 1904 workbook counts its days from four years and a day later
const JANUARY_2000 = 36_526;
const DAYS_1900_TO_1904 = 1_462;

/**
 * Which date system the workbook counts in. Range.values gives a date's
 * serial as stored, and a workbook begun in Excel for Mac before 2011 counts
 * from 1904, so every date would read four years and a day early. No
 * released API says which (Workbook.use1904DateSystem is preview only), but
 * a worksheet function runs in the workbook's own system: DATE(2000,1,1) is
 * 36526 in the 1900 system and 35064 in 1904's. `shift` is what to add to a
 * date's serial, once the request has run.
 */
function dateSystemProbe(context: Excel.RequestContext): { shift: () => number } {
  const date = context.workbook.functions.date(2000, 1, 1);
  date.load("value");
  return { shift: () => (date.value === JANUARY_2000 - DAYS_1900_TO_1904 ? DAYS_1900_TO_1904 : 0) };
}

function sheetOf(worksheet: Excel.Worksheet, blocks: ValuesBlock[], merges: string[] | null, dateShift: number): SheetSnapshot {
  const rows: SheetSnapshot["rows"] = [];
  for (const block of blocks) {
    block.values.forEach((values, r) => {
      let cells = rows[block.top + r];
      values.forEach((value, c) => {
        const cell = cellOf(value, block.formats[r]?.[c], block.types[r]?.[c], dateShift);
        if (!cell) return;
        cells ??= rows[block.top + r] = [];
        cells[block.left + c] = cell;
      });
    });
  }
  return {
    name: worksheet.name,
    visible: worksheet.visibility === "Visible",
    protected: worksheet.protection.protected,
    rows,
    merges: (merges ?? []).map(bareAddress),
    ...(merges === null ? { mergesUnread: true } : {}),
    // hidden rows are read as plan rows all the same; Excel only tells them row by row, so they are not fetched
    hiddenRows: [],
  };
}

// Office.js gives an error as its text with the value type "Error", and an empty cell as ""; a date in the 1900 system, as the file door reads it
function cellOf(value: unknown, numberFormat: unknown, valueType: string | undefined, dateShift: number): CellSnapshot | undefined {
  if (value === "" || value === null || value === undefined) return undefined;
  if (valueType === "Error") return { value: null, error: String(value) };
  const format = typeof numberFormat === "string" && numberFormat !== "General" ? numberFormat : undefined;
  const plain = typeof value === "number" ? (dateShift !== 0 && isDateFormat(format) ? value + dateShift : value) : typeof value === "boolean" ? value : String(value);
  return format ? { value: plain, format } : { value: plain };
}

function nameOf(name: Excel.NamedItem): DefinedName {
  return { name: name.name, refersTo: String(name.formula).replace(/^=/, "") };
}
