import ExcelJS from "exceljs";
import { CellArea, cellAddress, columnLetters, parseAddress, parseArea, parseEditedArea } from "../../../src/engine/sheet/cellAddress";
import { fillColour, themeColours } from "../../../src/xlsx/fillColour";
import { readSnapshot } from "../../../src/xlsx/exceljs/readSnapshot";
import { isDateFormat } from "../../../src/engine/sheet/excelDate";
import { FakeContext } from "./context";
import { FakeCell, FakeChangeEvent, FakeSheet, FakeWorkbookModel, emptyCell, key, namesAfterSheetDeleted, newSheet } from "./model";
import { FakeApplication, FakeRuntime, FakeWorkbook } from "./proxies";

/**
 * A strict in-memory Excel: properties are unreadable until loaded and
 * synced, writes apply at `sync()`, syncs and actions are counted, long
 * `getRanges` lists are cut short and oversized requests refused as in Excel
 * on the web, protected sheets refuse writes.
 */
let runsStarted = 0;

export class FakeExcel {
  readonly context: FakeContext & { workbook: FakeWorkbook; runtime: FakeRuntime; application: FakeApplication };

  constructor(readonly model: FakeWorkbookModel) {
    const context = new FakeContext(model) as FakeContext & { workbook: FakeWorkbook; runtime: FakeRuntime; application: FakeApplication };
    Object.assign(context, { workbook: new FakeWorkbook(context), runtime: new FakeRuntime(context), application: new FakeApplication(context) });
    this.context = context;
  }

  /** The context as the adapter sees it: typed as Office.js's own. */
  get requestContext(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }

  /**
   * Excel.run, in each of the two forms the add-in uses: `run(batch)` and
   * `run(options, batch)`. The options hold for the batch's requests.
   */
  async run<T>(optionsOrBatch: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>), batch?: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const options = typeof optionsOrBatch === "function" ? {} : optionsOrBatch;
    const work = typeof optionsOrBatch === "function" ? optionsOrBatch : (batch as (context: Excel.RequestContext) => Promise<T>);
    const before = this.context.runOptions;
    this.context.runOptions = { ...(options.delayForCellEdit !== undefined ? { delayForCellEdit: options.delayForCellEdit } : {}), ...(options.mergeUndoGroup !== undefined ? { mergeUndoGroup: options.mergeUndoGroup } : {}) };
    // each Excel.run is a run of its own, for undo grouping
    this.context.run = ++runsStarted;
    try {
      return await work(this.requestContext);
    } finally {
      this.context.runOptions = before;
    }
  }

  /** A fake holding the workbook an .xlsx file holds, read through the ExcelJS reader. */
  static async fromXlsx(path: string): Promise<FakeExcel> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return FakeExcel.fromWorkbook(workbook);
  }

  static fromWorkbook(workbook: ExcelJS.Workbook): FakeExcel {
    const snapshot = readSnapshot(workbook);
    const theme = themeColours((workbook as unknown as { _themes?: Record<string, string> })._themes?.theme1);
    const model: FakeWorkbookModel = {
      sheets: [],
      names: new Map(snapshot.names.map(({ name, refersTo }) => [name, `=${refersTo}`])),
      enableEvents: true,
      ...(workbook.properties.date1904 ? { dates1904: true } : {}),
    };
    for (const sheetSnapshot of snapshot.sheets) {
      const worksheet = workbook.getWorksheet(sheetSnapshot.name) as ExcelJS.Worksheet;
      const sheet = newSheet(sheetSnapshot.name);
      sheet.visibility = worksheet.state === "hidden" ? "Hidden" : worksheet.state === "veryHidden" ? "VeryHidden" : "Visible";
      sheet.protected = sheetSnapshot.protected;
      sheet.merges = [...sheetSnapshot.merges];
      for (const range of sheetSnapshot.tables ?? []) {
        const name = worksheet.getTables().map((table) => table as unknown as { name: string; model?: { tableRef?: string } }).find((table) => table.model?.tableRef === range)?.name ?? `Table${sheet.tables.length + 1}`;
        sheet.tables.push({ name, ...parseArea(range) });
      }
      sheetSnapshot.rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (!cell) return;
          sheet.cells.set(key(r, c), {
            ...emptyCell(),
            // ExcelJS hands a date as the day; a 1904 workbook stores its serial 1,462 days lower
            value: typeof cell.value === "number" && model.dates1904 && isDateFormat(cell.format) ? cell.value - 1_462 : (cell.value ?? ""),
            ...(cell.error ? { error: cell.error } : {}),
            ...(cell.formula ? { formula: `=${cell.formula}` } : {}),
            numberFormat: cell.format ?? "General",
          });
        }),
      );
      worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) =>
        row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
          const fill = fillColour(cell.fill, theme);
          const fontColor = cell.font?.color?.argb?.slice(-6).toUpperCase() ?? null;
          if (!fill && !fontColor && !cell.font?.bold) return;
          const at = key(rowNumber - 1, columnNumber - 1);
          const modelCell: FakeCell = sheet.cells.get(at) ?? emptyCell();
          Object.assign(modelCell, { fill, fontColor, bold: cell.font?.bold === true });
          sheet.cells.set(at, modelCell);
        }),
      );
      model.sheets.push(sheet);
    }
    return new FakeExcel(model);
  }

  /** A sheet's cells as address → cell, empty cells left out. */
  cells(sheetName: string): Record<string, FakeCell> {
    const sheet = this.model.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`no sheet '${sheetName}'`);
    const cells: Record<string, FakeCell> = {};
    for (const [at, cell] of sheet.cells) {
      const [r, c] = at.split(",").map(Number) as [number, number];
      cells[cellAddress(r, c)] = cell;
    }
    return cells;
  }

  /** The user clicks a cell: its sheet becomes the active one, and it the active cell. */
  userSelects(sheetName: string, address: string): void {
    const { row, column } = parseAddress(address);
    this.model.selection = { sheet: this.sheet(sheetName).name, row, column };
  }

  /** The active sheet and cell, as the user sees them. */
  get selection(): { sheet: string; cell: string } {
    const selection = this.model.selection ?? { sheet: (this.model.sheets[0] as FakeSheet).name, row: 0, column: 0 };
    return { sheet: selection.sheet, cell: cellAddress(selection.row, selection.column) };
  }

  /**
   * The user types into a cell, or pastes or clears a range (one value for
   * all of it): the cells change, then each onChanged handler of the sheet
   * hears of it, as Excel tells them once the edit is made, if events are on.
   */
  async userEdits(sheetName: string, address: string, value: string | number, source: FakeChangeEvent["source"] = "Local"): Promise<void> {
    const sheet = this.sheet(sheetName);
    const area = parseEditedArea(address);
    const before = sheet.cells.get(key(area.top, area.left))?.value ?? "";
    const single = area.top === area.bottom && area.left === area.right;
    if (value === "") {
      // clearing touches only the cells that hold something: a whole column is not walked cell by cell
      for (const [at, cell] of sheet.cells) {
        const [r, c] = at.split(",").map(Number) as [number, number];
        if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right) cell.value = "";
      }
    } else {
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) sheet.cells.set(key(r, c), { ...(sheet.cells.get(key(r, c)) ?? emptyCell()), value });
    }
    await this.tell(sheet.name, { type: "WorksheetChanged", changeType: "RangeEdited", address, worksheetId: sheet.id, source, ...(single ? { details: { valueBefore: before, valueAfter: value } } : {}) });
  }

  /** A co-author's edit arrives (AutoSave on a shared workbook): the cells change, and every handler hears of it as Remote. */
  colleagueEdits(sheetName: string, address: string, value: string | number): Promise<void> {
    return this.userEdits(sheetName, address, value, "Remote");
  }

  /** The user starts typing in a cell (F2, or a key on a selected cell): Excel is in cell-edit mode until they leave it. */
  userStartsTyping(sheetName: string, address: string): void {
    if (this.model.cellEdit) throw new Error("the user is already typing in a cell");
    let leave = () => undefined as void;
    const left = new Promise<void>((resolve) => (leave = resolve));
    this.model.cellEdit = { sheet: this.sheet(sheetName).name, address, left, leave };
  }

  /** The user presses Enter: the typed value goes in (and onChanged hears of it), and Excel leaves cell-edit mode. */
  async userPressesEnter(value: string | number): Promise<void> {
    const editing = this.model.cellEdit;
    if (!editing) throw new Error("the user is not typing in a cell");
    delete this.model.cellEdit;
    await this.userEdits(editing.sheet, editing.address, value);
    editing.leave();
  }

  /** The user inserts a whole column before `letters`: cells from there move one to the right, and names with them. */
  async userInsertsColumn(sheetName: string, letters: string): Promise<void> {
    const sheet = this.sheet(sheetName);
    const inserted = parseAddress(`${letters}1`).column;
    const moved = new Map<string, FakeCell>();
    for (const [at, cell] of sheet.cells) {
      const [r, c] = at.split(",").map(Number) as [number, number];
      moved.set(key(r, c >= inserted ? c + 1 : c), cell);
    }
    sheet.cells = moved;
    this.moveNames(sheet.name, (area) => ({ ...area, left: area.left >= inserted ? area.left + 1 : area.left, right: area.right >= inserted ? area.right + 1 : area.right }));
    await this.tell(sheet.name, { type: "WorksheetChanged", changeType: "ColumnInserted", address: `${letters}:${letters}`, worksheetId: sheet.id, source: "Local" });
  }

  private async tell(sheet: string, event: FakeChangeEvent): Promise<void> {
    for (const { runtime, handler } of this.sheet(sheet).changeHandlers) if (runtime.eventsOn) await handler(event);
  }

  /** A ribbon command's runtime on the same workbook: closed five minutes (simulated) after it starts, finished or not. */
  functionCommandRuntime(): FakeExcel {
    const runtime = this.otherRuntime();
    runtime.context.closesAt = (this.model.now ?? 0) + 5 * 60_000;
    return runtime;
  }

  /** Another runtime on the same workbook, as the ribbon's function file is beside an open pane. */
  otherRuntime(): FakeExcel {
    return new FakeExcel(this.model);
  }

  /** The user renames a sheet, from its tab: the same sheet (its id and its event handlers) under a new name. */
  userRenamesSheet(name: string, newName: string): void {
    this.sheet(name).name = newName;
  }

  /**
   * The user puts back a sheet of the same name and content as one deleted
   * (moved or copied in from a saved copy): a new sheet to Excel, with an id
   * of its own and no event handlers.
   */
  userAddsCopyOf(deleted: FakeSheet): void {
    const sheet = newSheet(deleted.name);
    for (const [at, cell] of deleted.cells) sheet.cells.set(at, { ...cell });
    this.model.sheets.push(sheet);
  }

  /** The user deletes a sheet, as from its tab's menu: what pointed at it is left as #REF!. */
  userDeletesSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    this.model.sheets.splice(this.model.sheets.indexOf(sheet), 1);
    namesAfterSheetDeleted(this.model, sheet.name);
    return sheet;
  }

  /**
   * The user deletes a whole column: the cells to its right move left, a
   * name inside the column becomes `=Sheet!#REF!` and one to its right moves
   * with its cells, as Excel adjusts references.
   */
  userDeletesColumn(sheetName: string, letters: string): void {
    const sheet = this.sheet(sheetName);
    const deleted = parseAddress(`${letters}1`).column;
    const moved = new Map<string, FakeCell>();
    for (const [at, cell] of sheet.cells) {
      const [r, c] = at.split(",").map(Number) as [number, number];
      if (c !== deleted) moved.set(key(r, c > deleted ? c - 1 : c), cell);
    }
    sheet.cells = moved;
    this.moveNames(sheet.name, (area) => {
      if (area.left === deleted && area.right === deleted) return null;
      return area.left > deleted ? { ...area, left: area.left - 1, right: area.right - 1 } : area;
    });
  }

  /** Each name on the sheet where its cells went, or #REF! (null) when they went away, as Excel keeps references. */
  private moveNames(sheetName: string, move: (area: CellArea) => CellArea | null): void {
    for (const [name, formula] of this.model.names) {
      const match = /^=((?:'(?:[^']|'')+'|[^!'"]+))!(.+)$/.exec(formula);
      if (!match || (match[1] as string).replace(/^'|'$/g, "").replace(/''/g, "'") !== sheetName || match[2] === "#REF!") continue;
      const moved = move(parseArea((match[2] as string).replace(/\$/g, "")));
      const at = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;
      this.model.names.set(name, moved ? `=${match[1]}!${at(moved.top, moved.left)}:${at(moved.bottom, moved.right)}` : `=${match[1]}!#REF!`);
    }
  }

  private sheet(name: string) {
    const sheet = this.model.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet '${name}'`);
    return sheet;
  }

  cell(sheetName: string, address: string): FakeCell | undefined {
    const { row, column } = parseAddress(address);
    return this.model.sheets.find((s) => s.name === sheetName)?.cells.get(key(row, column));
  }
}
