import { CellLook, EditPlan, absoluteRows, writesNothing, FlagColumn, HistoryEdit, LookEdit, SummaryChart, SummaryPlan, WrittenCell, hyperlinkFormula, parseAddress, parseArea, cellAddress, columnLetters, assertNotRefused } from "../engine";
import { addressLists } from "./addressLists";
import { withEventsOff } from "./events";
import { SyncBudget, payloadBytes } from "./syncBudget";

// a bare operation (a format set on a range) in a request, near enough
const OPERATION_BYTES = 300;

/**
 * Applies the engine's edit plan in one sync (more only when a request would
 * pass Excel's 5 MB limit), with events off so the add-in's own writes do not
 * trigger its recolouring. Formats go on by look, through address lists, so
 * the operations grow with the number of colours, not of rows.
 */
export async function applyOfficeEdits(context: Excel.RequestContext, edits: EditPlan, budget = new SyncBudget(context), lastly?: () => void): Promise<boolean> {
  assertNotRefused(edits, "applyOfficeEdits");
  // inside Excel the pane saves its settings itself, merged with a co-author's (excelSettings.ts): never as part of a refresh
  if (edits.settings) throw new Error("applyOfficeEdits was given settings to save: the pane saves them through saveExcelSettings");
  // not even a round trip when the workbook already shows this refresh
  if (writesNothing(edits)) return false;
  await withEventsOff(context, () => writeEdits(context, edits, budget), lastly);
  return true;
}

async function writeEdits(context: Excel.RequestContext, edits: EditPlan, budget: SyncBudget): Promise<void> {
  const worksheets = context.workbook.worksheets;
  // the add-in's own sheet and names go first, in the first request: whatever a
  // dropped connection leaves behind, the next refresh knows what is its own
  // the history sheet is made before the summary, which is added afresh last each time: the sheets keep one order
  // room for the sheets made and the names changed, reserved like every other operation
  await budget.reserve(payloadBytes([edits.names, edits.removeNames]) + OPERATION_BYTES * (edits.names.length + edits.removeNames.length + 4));
  const historySheet = edits.history ? startHistory(context, edits.history) : null;
  const summarySheet = edits.summary ? summarySheetFor(context, edits.summary) : null;
  for (const name of edits.removeNames) context.workbook.names.getItem(name).delete();
  for (const { name, refersTo } of edits.names) context.workbook.names.add(name, `=${refersTo}`);
  if (edits.history && historySheet) await writeHistory(historySheet, edits.history, budget);

  for (const { sheet, range } of edits.clear) {
    await budget.reserve(OPERATION_BYTES);
    const cleared = worksheets.getItem(sheet).getRange(range);
    cleared.clear("Contents");
    cleared.format.font.bold = false;
  }
  for (const { sheet, look, cells } of edits.looks) await applyLook(worksheets.getItem(sheet), cells, look, budget);
  for (const flag of edits.flags) await writeFlags(worksheets.getItem(flag.sheet), flag, budget);
  if (edits.summary && summarySheet) await writeSummary(summarySheet, edits.summary, budget);
}


/** Recolours cells the user just edited: one sync, events off so the recolouring does not trigger itself. */
export async function applyLookEdits(context: Excel.RequestContext, looks: LookEdit[]): Promise<void> {
  const budget = new SyncBudget(context);
  await withEventsOff(context, async () => {
    for (const { sheet, look, cells } of looks) await applyLook(context.workbook.worksheets.getItem(sheet), cells, look, budget);
  });
}

async function applyLook(sheet: Excel.Worksheet, cells: string[], look: CellLook, budget: SyncBudget): Promise<void> {
  for (const list of addressLists(cells)) {
    await budget.reserve(payloadBytes(list) + OPERATION_BYTES);
    const areas = sheet.getRanges(list);
    if (look.fill === null) areas.format.fill.clear();
    else if (look.fill) areas.format.fill.color = `#${look.fill}`;
    // Office.js cannot set "automatic"; black is what automatic shows on a light fill
    if (look.font === null) areas.format.font.color = "#000000";
    else if (look.font) areas.format.font.color = `#${look.font}`;
    if (look.bold) areas.format.font.bold = true;
  }
}

/** Cells grouped by how they look, so each look is one format operation per address list. */
function byLook(cells: WrittenCell[]): Array<{ look: CellLook; cells: string[] }> {
  const groups = new Map<string, { look: CellLook; cells: string[] }>();
  for (const cell of cells) {
    if (!cell.look) continue;
    const key = JSON.stringify(cell.look);
    const group = groups.get(key) ?? { look: cell.look, cells: [] };
    group.cells.push(cell.cell);
    groups.set(key, group);
  }
  return [...groups.values()];
}

async function writeFlags(sheet: Excel.Worksheet, flag: FlagColumn, budget: SyncBudget): Promise<void> {
  const area = parseArea(flag.range);
  const values: string[][] = Array.from({ length: area.bottom - area.top + 1 }, () => [""]);
  for (const cell of flag.cells) {
    const { row } = parseAddress(cell.cell);
    (values[row - area.top] as string[])[0] = "text" in cell.value ? cell.value.text : String(cell.value.number);
  }
  await budget.reserve(payloadBytes(values));
  sheet.getRange(flag.range).values = values;
  for (const { look, cells } of byLook(flag.cells)) await applyLook(sheet, cells, look, budget);
}

function summarySheetFor(context: Excel.RequestContext, summary: SummaryPlan): Excel.Worksheet {
  const worksheets = context.workbook.worksheets;
  // cleared where it is rather than deleted: deleting it would turn every formula of the user's that points at it into #REF!
  if (summary.replaces === summary.name) {
    const sheet = worksheets.getItem(summary.name);
    const everything = sheet.getRange();
    everything.unmerge();
    everything.clear("All");
    everything.format.useStandardHeight = true;
    // the last summary's page breaks would fall in the wrong places on the new one
    sheet.horizontalPageBreaks.removePageBreaks();
    for (let index = summary.chartsBefore - 1; index >= 0; index--) sheet.charts.getItemAt(index).delete();
    return sheet;
  }
  if (summary.replaces) worksheets.getItem(summary.replaces).delete();
  return worksheets.add(summary.name);
}

async function writeSummary(sheet: Excel.Worksheet, summary: SummaryPlan, budget: SyncBudget): Promise<void> {

  // a long plan's summary has hundreds of thousands of cells: too many to spread into Math.max
  const positions = summary.cells.map((cell) => parseAddress(cell.cell));
  const rows = positions.reduce((most, { row }) => Math.max(most, row), 0) + 1;
  const columns = positions.reduce((most, { column }) => Math.max(most, column + 1), summary.columnWidths.length);
  const values: Array<Array<string | number>> = Array.from({ length: rows }, () => Array<string | number>(columns).fill(""));
  for (const cell of summary.cells) {
    const { row, column } = parseAddress(cell.cell);
    if (!cell.link) (values[row] as Array<string | number>)[column] = "text" in cell.value ? cell.value.text : cell.value.number;
  }
  // every cell Text-formatted first, so Excel keeps a comment's "=..." as the words it is; numbers and links then General
  const numbers = columnRuns(summary.cells.filter((cell) => "number" in cell.value).map((cell) => parseAddress(cell.cell)));
  await budget.reserve(OPERATION_BYTES * (numbers.length + 1));
  formatAll(sheet.getRange(`A1:${cellAddress(rows - 1, columns - 1)}`), "@");
  for (const run of numbers) formatAll(sheet.getRange(run.range), "General");
  await writeRows(sheet, 0, values, budget);
  await writeLinks(sheet, summary.cells, budget);

  await budget.reserve(OPERATION_BYTES);
  sheet.getRange(`A1:${cellAddress(rows - 1, columns - 1)}`).format.verticalAlignment = VERTICAL_ALIGNMENT[summary.verticalAlignment];
  for (const { look, cells } of byLook(summary.cells)) await applyLook(sheet, cells, look, budget);
  const wrapped = summary.cells.filter((cell) => cell.wrap).map((cell) => cell.cell);
  const byHeight = new Map<number, string[]>();
  for (const { row, height } of summary.rowHeights) {
    const rows = byHeight.get(height);
    if (rows) rows.push(`A${row}`);
    else byHeight.set(height, [`A${row}`]);
  }
  const wrappedLists = addressLists(wrapped);
  const heightLists = [...byHeight].flatMap(([height, cells]) => addressLists(cells).map((list) => ({ height, list })));
  const lists = [...wrappedLists, ...heightLists.map(({ list }) => list)];
  await budget.reserve(
    lists.reduce((sum, list) => sum + payloadBytes(list), 0) + OPERATION_BYTES * (lists.length + summary.merges.length + summary.columnWidths.length + 4),
  );
  for (const list of wrappedLists) sheet.getRanges(list).format.wrapText = true;
  for (const range of summary.merges) sheet.getRange(range).merge(true);
  summary.columnWidths.forEach((width, column) => {
    sheet.getRange(`${columnLetters(column)}:${columnLetters(column)}`).format.columnWidth = pointsOfCharacters(width);
  });
  for (const { height, list } of heightLists) sheet.getRanges(list).format.rowHeight = height;

  await budget.reserve(OPERATION_BYTES * (summary.charts.reduce((sum, chart) => sum + chartOperations(chart), 0) + 4));
  for (const chart of summary.charts) addChart(sheet, chart);
  sheet.pageLayout.orientation = summary.print.orientation === "landscape" ? "Landscape" : "Portrait";
  sheet.pageLayout.paperSize = summary.print.paper;
  sheet.pageLayout.zoom = { horizontalFitToPages: summary.print.fitToWidth, verticalFitToPages: 0 };
  sheet.pageLayout.setPrintTitleRows(absoluteRows(summary.print.repeatRows));
  // the committee's part prints; the manager's lists below it do not
  sheet.pageLayout.setPrintArea(summary.print.area);
  for (const row of summary.print.breaks) sheet.horizontalPageBreaks.add(`A${row}`);
}

const VERTICAL_ALIGNMENT = { top: "Top", bottom: "Bottom" } as const;

/** Rows from `top` (0-based) in as few requests as the size limit allows, however long the plan's texts. */
async function writeRows(sheet: Excel.Worksheet, top: number, values: Array<Array<string | number>>, budget: SyncBudget): Promise<void> {
  const columns = values[0]?.length ?? 0;
  await inBlocks(values, budget, (first, last) => {
    sheet.getRange(`A${top + first + 1}:${cellAddress(top + last, columns - 1)}`).values = values.slice(first, last + 1);
  });
}

/**
 * Rows of a matrix written a block at a time, each block as large as the
 * request being queued can still carry, so every request is filled before
 * a round trip is spent and none passes the limit.
 */
async function inBlocks(rows: unknown[][], budget: SyncBudget, write: (first: number, last: number) => void): Promise<void> {
  const rowBytes = rows.map((row) => JSON.stringify(row).length + 1);
  for (let first = 0; first < rows.length; ) {
    if (budget.room < OPERATION_BYTES + (rowBytes[first] as number)) await budget.flush();
    const room = budget.room - OPERATION_BYTES;
    let last = first;
    let bytes = rowBytes[first] as number;
    while (last + 1 < rows.length && bytes + (rowBytes[last + 1] as number) <= room) bytes += rowBytes[++last] as number;
    await budget.reserve(bytes + OPERATION_BYTES);
    write(first, last);
    first = last + 1;
  }
}

/**
 * The history's new rows, Text-formatted first so Excel keeps "2019-10-31"
 * and "24" as the text they are, not a date and a number. The sheet and its
 * name (among the edit plan's names) are made in the first request.
 */
function startHistory(context: Excel.RequestContext, history: HistoryEdit): Excel.Worksheet {
  if (!history.create) return context.workbook.worksheets.getItem(history.sheet);
  const sheet = context.workbook.worksheets.add(history.sheet);
  sheet.visibility = "VeryHidden";
  return sheet;
}

async function writeHistory(sheet: Excel.Worksheet, history: HistoryEdit, budget: SyncBudget): Promise<void> {
  const lastColumn = columnLetters(history.columns - 1);
  const values = history.rows.map((row) => Array.from({ length: history.columns }, (_, column) => row[column] ?? ""));
  await budget.reserve(OPERATION_BYTES);
  formatAll(sheet.getRange(`A${history.fromRow}:${lastColumn}${history.fromRow + values.length - 1}`), "@");
  await writeRows(sheet, history.fromRow - 1, values, budget);
  // below the new record, nothing: a record replaced, or the tail of one a colleague's refresh wrote there meanwhile
  // (two refreshes at once both append at the row they read as free), which would otherwise read as part of this one
  await budget.reserve(OPERATION_BYTES);
  sheet.getRange(`A${history.fromRow + values.length}:${lastColumn}${LAST_ROW}`).clear("Contents");
}

// Excel's last row
const LAST_ROW = 1_048_576;

/** Office.js gives a single value to every cell of the range: one small action instead of a matrix. */
function formatAll(range: Excel.Range, numberFormat: string): void {
  range.numberFormat = numberFormat as unknown as string[][];
}

/** Cells as vertical runs of consecutive rows in one column, each with its cells in order. */
function columnRuns<T extends { row: number; column: number }>(cells: T[]): Array<{ range: string; cells: T[] }> {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: Array<{ range: string; cells: T[] }> = [];
  let run: T[] = [];
  const close = () => {
    if (run.length === 0) return;
    const first = run[0] as T;
    runs.push({ range: `${cellAddress(first.row, first.column)}:${cellAddress(first.row + run.length - 1, first.column)}`, cells: run });
    run = [];
  };
  for (const cell of sorted) {
    const last = run[run.length - 1];
    if (last && (last.column !== cell.column || last.row !== cell.row - 1)) close();
    run.push(cell);
  }
  close();
  return runs;
}

/** Links sit in columns of consecutive rows: one formulas write per run, however many links. */
async function writeLinks(sheet: Excel.Worksheet, cells: WrittenCell[], budget: SyncBudget): Promise<void> {
  const links = cells
    .filter((cell): cell is WrittenCell & { link: NonNullable<WrittenCell["link"]> } => cell.link !== undefined)
    .map((cell) => ({ ...parseAddress(cell.cell), formula: `=${hyperlinkFormula(cell)}` }));
  for (const run of columnRuns(links)) {
    const formulas = run.cells.map((link) => [link.formula]);
    const { row: top, column } = run.cells[0] as { row: number; column: number };
    await inBlocks(formulas, budget, (first, last) => {
      const target = sheet.getRange(`${cellAddress(top + first, column)}:${cellAddress(top + last, column)}`);
      // a formula typed into a Text-formatted cell stays text
      formatAll(target, "General");
      target.formulas = formulas.slice(first, last + 1);
    });
  }
}

/** What `addChart` queues: its source range, the chart, its title, legend, axis order and position, and a fill a series. */
function chartOperations(chart: SummaryChart): number {
  return 6 + chart.series.length;
}

function addChart(sheet: Excel.Worksheet, chart: SummaryChart): void {
  const categories = parseArea(chart.categories);
  const lastSeries = parseArea((chart.series[chart.series.length - 1] as { values: string }).values);
  // the table's header row above the categories names the series
  const source = sheet.getRange(`${cellAddress(categories.top - 1, categories.left)}:${cellAddress(categories.bottom, lastSeries.right)}`);
  const added = sheet.charts.add(chart.type, source, "Columns");
  added.title.text = chart.title;
  added.legend.position = "Bottom";
  // sections read top to bottom as in the table; refreshes read left to right, oldest first
  if (chart.type === "BarStacked") added.axes.categoryAxis.reversePlotOrder = true;
  chart.series.forEach((series, index) => added.series.getItemAt(index).format.fill.setSolidColor(`#${series.colour}`));
  added.setPosition(chart.from, chart.to);
}

// Excel's column width in points for a width in characters of the default font (7 px each, 5 px padding)
function pointsOfCharacters(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75);
}
