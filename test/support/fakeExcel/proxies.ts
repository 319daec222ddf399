import { CellArea, cellAddress, parseArea, quoteSheetName } from "../../../src/engine/sheet/cellAddress";
import { FakeClientResult, FakeContext, Loadable } from "./context";
import { FakeOfficeError, accessDenied, invalidArgument, itemNotFound, protectedSheet } from "./errors";
import { FakeCell, FakeChangeEvent, FakeChart, FakeSheet, emptyCell, findName, formulasAfterSheetDeleted, key, namesAfterSheetDeleted, newSheet } from "./model";

/**
 * Excel refuses a `getRanges` address list past a limit it does not
 * document, with InvalidArgument (office-js issue #5198: a list of 8,207
 * characters fails, and some lists of 513 areas fail while others work).
 * The stricter reading: more than 8,192 characters or 512 areas fail.
 */
export const ADDRESS_LIST_LIMIT = 8192;
export const ADDRESS_LIST_AREAS = 512;
const LAST_ROW = 1048575;
export const MAX_MERGED_AREAS = 512;
const MAX_READ_CELLS = 5_000_000;
const LAST_COLUMN = 16383;

function areaOf(address: string): CellArea {
  const bare = address.split("!").pop()!.replace(/\$/g, "").trim();
  const column = /^([A-Z]+):([A-Z]+)$/i.exec(bare);
  if (column) {
    const left = parseArea(`${column[1]}1`).left;
    const right = parseArea(`${column[2]}1`).left;
    return { top: 0, bottom: LAST_ROW, left, right };
  }
  const row = /^(\d+):(\d+)$/.exec(bare);
  if (row) return { top: Number(row[1]) - 1, bottom: Number(row[2]) - 1, left: 0, right: LAST_COLUMN };
  return parseArea(bare);
}

function itemPaths(properties?: string | string[]): string[] {
  return (Array.isArray(properties) ? properties : (properties ?? "").split(","))
    .map((path) => path.trim().replace(/^items\//, ""))
    .filter(Boolean);
}

function cellsOf(area: CellArea): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) cells.push([r, c]);
  return cells;
}

function cellAt(sheet: FakeSheet, row: number, column: number): FakeCell {
  let cell = sheet.cells.get(key(row, column));
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key(row, column), cell);
  }
  return cell;
}

function writable(context: FakeContext, sheet: FakeSheet): FakeSheet {
  if (context.model.readOnly) throw accessDenied();
  context.changedWorkbook();
  if (sheet.protected) throw protectedSheet(sheet.name);
  if (context.eventsOn) context.writesWithEventsOn++;
  return sheet;
}

/** A table takes in a column written just right of it, or a row just below, where anything written there is not empty. */
function expandTables(sheet: FakeSheet, area: CellArea, matrix: unknown[][]): void {
  const filled = (row: number, column: number) => {
    const value = matrix[row - area.top]?.[column - area.left];
    return value !== undefined && value !== "";
  };
  for (const table of sheet.tables) {
    const column = table.right + 1;
    if (column >= area.left && column <= area.right) {
      for (let row = Math.max(table.top, area.top); row <= Math.min(table.bottom, area.bottom); row++) {
        if (!filled(row, column)) continue;
        table.right = column;
        const header = cellAt(sheet, table.top, column);
        if (header.value === "") header.value = `Column${column - table.left + 1}`;
        break;
      }
    }
    const below = table.bottom + 1;
    if (below >= area.top && below <= area.bottom) {
      for (let c = Math.max(table.left, area.left); c <= Math.min(table.right, area.right); c++) {
        if (!filled(below, c)) continue;
        table.bottom = below;
        break;
      }
    }
  }
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell || (cell.value === "" && !cell.error)) return "Empty";
  if (cell.error) return "Error";
  return typeof cell.value === "number" ? "Double" : typeof cell.value === "boolean" ? "Boolean" : "String";
}

/** What Excel makes of text put into a General cell when it reads as a number or an ISO date. */
function typedIn(text: string): { value: number; format?: string } | null {
  if (/^\s*[-+]?\d+(\.\d+)?\s*$/.test(text)) return { value: Number(text) };
  const iso = /^(\d{4})-(\d\d)-(\d\d)$/.exec(text);
  if (!iso) return null;
  const serial = (Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return { value: serial, format: "yyyy-mm-dd" };
}

/** What a formula shows; the fake computes the HYPERLINK formulas the add-in writes and nothing else. */
function evaluate(formula: string): string | number | boolean {
  const link = /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/.exec(formula);
  return link ? (link[1] as string).replace(/""/g, '"') : "";
}

type SheetLocator = () => FakeSheet;

/** A1 cells up to XFD1048576, and R1C1 references: what Excel would read a bare sheet name as. */
function looksLikeReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RC]$/i.test(name) || /^R\d*C\d*$/i.test(name) || /^[RC]\d+$/i.test(name) || /^\d/.test(name);
}

/** A worksheet function's answer (FunctionResult): `value` once loaded and synced. */
export class FakeFunctionResult extends Loadable {
  constructor(
    context: FakeContext,
    private readonly compute: () => unknown,
  ) {
    super(context);
  }

  protected readProperty(path: string): unknown {
    if (path === "value") return this.compute();
    if (path === "error") return null;
    throw invalidArgument(`Cannot load '${path}' on a function result`);
  }

  get value(): unknown {
    return this.get("value");
  }
}

/** Workbook.functions (ExcelApi 1.2): worksheet functions worked out by the workbook's own calculation, in its date system. */
export class FakeFunctions {
  constructor(private readonly context: FakeContext) {}

  /** DATE(year, month, day): the day's serial, counted from 1900, or from 1904 in a 1904 workbook. */
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.context, () => Date.UTC(year, month - 1, day) / 86_400_000 + 25_569 - (this.context.model.dates1904 ? 1_462 : 0));
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly functions: FakeFunctions;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly protection: FakeWorkbookProtection;

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.functions = new FakeFunctions(context);
    this.tables = new FakeTableCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.protection = new FakeWorkbookProtection(context);
  }

  /**
   * Workbook.getActiveCell (ExcelApi 1.7): the active cell of the active
   * sheet; the top-left cell of a selection of many. A workbook always has
   * one: a fresh one's is the first sheet's A1.
   */
  getActiveCell(): FakeRange {
    const model = this.context.model;
    const active = () => model.sheets.find((s) => s.name === model.selection?.sheet) ?? (model.sheets[0] as FakeSheet);
    return new FakeRange(this.context, active, () => {
      const selection = model.selection;
      return selection && selection.sheet === active().name ? { top: selection.row, bottom: selection.row, left: selection.column, right: selection.column } : { top: 0, bottom: 0, left: 0, right: 0 };
    });
  }
}

/** Workbook.protection (ExcelApi 1.7): whether the workbook's structure is protected. */
export class FakeWorkbookProtection extends Loadable {
  protected readProperty(path: string): unknown {
    if (path === "protected") return this.context.model.structureProtected === true;
    throw invalidArgument(`Cannot load '${path}' on workbook protection`);
  }

  get protected(): boolean {
    return this.get("protected");
  }
}

// a protected structure refuses what changes the sheets ("Protect a workbook", Microsoft Support)
function structureChangeable(context: FakeContext): void {
  if (context.model.readOnly) throw accessDenied();
  context.changedWorkbook();
  if (context.model.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected: sheets cannot be added, deleted, hidden or unhidden.");
}

/** Application (ExcelApi 1.1; suspendScreenUpdatingUntilNextSync, ExcelApi 1.9): asks Excel not to repaint until the request has run. */
export class FakeApplication {
  constructor(private readonly context: FakeContext) {}

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.screenSuspended = true;
    this.context.queue_(() => undefined);
  }
}

export class FakeRuntime {
  constructor(private readonly context: FakeContext) {}

  set enableEvents(value: boolean) {
    this.context.queue_(() => {
      this.context.eventsOn = value;
      this.context.model.enableEvents = value;
    }, value);
  }
}

/**
 * A collection whose `items` are the model's objects as they are at sync
 * time, each with the properties named in `load("items/...")` loaded.
 */
abstract class FakeCollection<T extends Loadable & { read(path: string): unknown }> extends Loadable {
  private loadedItems: T[] = [];

  protected abstract currentItems(): T[];

  protected readProperty(path: string): unknown {
    throw invalidArgument(`Cannot load '${path}' on a collection; load "items/${path}"`);
  }

  override load(properties?: string | string[]): this {
    const paths = itemPaths(properties);
    this.context.queue_(() => {
      this.loadedItems = this.currentItems();
      for (const item of this.loadedItems) {
        for (const path of paths) {
          const value = item.read(path);
          this.context.respond(value);
          item.setLoaded(path, value);
        }
      }
      this.setLoaded("items", true);
    }, paths);
    return this;
  }

  get items(): T[] {
    this.get("items");
    return this.loadedItems;
  }
}

/** Workbook.tables (ExcelApi 1.1): every Excel table; each with its name, its sheet (ExcelApi 1.2) and its range. */
export class FakeTableCollection extends FakeCollection<FakeTable> {
  protected currentItems(): FakeTable[] {
    return this.context.model.sheets.flatMap((sheet) => sheet.tables.map((table) => new FakeTable(this.context, sheet, table)));
  }
}

export class FakeTable extends Loadable {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeSheet,
    private readonly table: FakeSheet["tables"][number],
  ) {
    super(context);
  }

  read(path: string): unknown {
    if (path === "name") return this.table.name;
    if (path === "worksheet/name") return this.sheet.name;
    throw invalidArgument(`Cannot load '${path}' on a table`);
  }

  protected readProperty(path: string): unknown {
    return this.read(path);
  }

  get name(): string {
    return this.get("name");
  }

  get worksheet(): { name: string } {
    return { name: this.get<string>("worksheet/name") };
  }

  /** The table's range, header row included, as it stands when the request runs. */
  getRange(): FakeRange {
    return new FakeRange(this.context, () => this.sheet, () => ({ top: this.table.top, left: this.table.left, bottom: this.table.bottom, right: this.table.right }));
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected currentItems(): FakeWorksheet[] {
    return this.context.model.sheets.map((sheet) => new FakeWorksheet(this.context, () => sheet));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      // Worksheets.getItem: "Gets a worksheet object using its name or ID"
      const sheet = this.context.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name);
      if (!sheet) throw itemNotFound(`worksheet '${name}'`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return this.getItem(name);
  }

  add(name: string): FakeWorksheet {
    this.context.queue_(() => {
      structureChangeable(this.context);
      // Excel's rules for a sheet name ("Rename a worksheet", Microsoft Support): 1 to 31 characters,
      // none of : \ / ? * [ ], no apostrophe first or last, and not "History", which Excel keeps for itself
      if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history") {
        throw invalidArgument(`'${name}' is not a valid sheet name.`);
      }
      if (this.context.model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
      }
      this.context.model.sheets.push(newSheet(name));
    }, name);
    return this.getItem(name);
  }
}

export class FakeWorksheet extends Loadable {
  readonly charts: FakeChartCollection;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: FakePageBreakCollection;

  readonly onChanged: { add(handler: (event: FakeChangeEvent) => Promise<unknown> | unknown): void };

  constructor(
    context: FakeContext,
    readonly locate: SheetLocator,
  ) {
    super(context);
    this.charts = new FakeChartCollection(context, locate);
    this.pageLayout = new FakePageLayout(context, locate);
    this.horizontalPageBreaks = new FakePageBreakCollection(context, locate);
    // registered at the next sync, as EventHandlers.add is
    this.onChanged = {
      add: (handler) =>
        context.queue_(() => {
          this.locate().changeHandlers.push({ runtime: context, handler });
        }),
    };
  }

  protected override exists(): boolean {
    try {
      this.locate();
      return true;
    } catch {
      return false;
    }
  }

  set visibility(value: string) {
    this.context.queue_(() => {
      const sheet = this.locate();
      if (sheet.visibility !== value) structureChangeable(this.context);
      sheet.visibility = value as FakeSheet["visibility"];
    }, value);
  }

  read(path: string): unknown {
    const sheet = this.locate();
    if (path === "name") return sheet.name;
    if (path === "id") return sheet.id;
    if (path === "visibility") return sheet.visibility;
    if (path === "protection/protected") return sheet.protected;
    throw invalidArgument(`Cannot load '${path}' on a worksheet`);
  }

  protected readProperty(path: string): unknown {
    return this.read(path);
  }

  get name(): string {
    return this.get("name");
  }

  get id(): string {
    return this.get("id");
  }

  get visibility(): string {
    return this.get("visibility");
  }

  get protection(): { protected: boolean } {
    return { protected: this.get<boolean>("protection/protected") };
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this.locate, () => (address ? areaOf(address) : { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COLUMN }));
  }

  /** Worksheet.activate: the sheet shown, its A1 active until a cell is selected. */
  activate(): void {
    this.context.queue_(() => {
      const sheet = this.locate();
      // Worksheet.activate (Office.js reference): a hidden sheet cannot be activated
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", `The hidden sheet '${sheet.name}' cannot be activated.`);
      this.context.model.selection = { sheet: sheet.name, row: 0, column: 0 };
    });
  }

  getRanges(list: string): FakeRangeAreas {
    const areas = list.split(",").filter((a) => a.trim() !== "");
    return new FakeRangeAreas(this.context, this.locate, () => {
      if (list.length > ADDRESS_LIST_LIMIT || areas.length > ADDRESS_LIST_AREAS) throw invalidArgument("The argument is invalid or missing or has an incorrect format.");
      return areas.map(areaOf);
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, this.locate, () => {
      if (!this.exists()) return null;
      const sheet = this.locate();
      let area: CellArea | null = null;
      for (const [k, cell] of sheet.cells) {
        if (valuesOnly && cell.value === "" && !cell.error && !cell.formula) continue;
        const [r, c] = k.split(",").map(Number) as [number, number];
        area = area
          ? { top: Math.min(area.top, r), bottom: Math.max(area.bottom, r), left: Math.min(area.left, c), right: Math.max(area.right, c) }
          : { top: r, bottom: r, left: c, right: c };
      }
      return area;
    });
  }

  delete(): void {
    this.context.queue_(() => {
      const sheet = this.locate();
      structureChangeable(this.context);
      // Worksheet.delete (Office.js reference): a "VeryHidden" sheet fails with InvalidOperation
      if (sheet.visibility === "VeryHidden") throw new FakeOfficeError("InvalidOperation", `The very hidden sheet '${sheet.name}' cannot be deleted.`);
      this.context.model.sheets.splice(this.context.model.sheets.indexOf(sheet), 1);
      namesAfterSheetDeleted(this.context.model, sheet.name);
      formulasAfterSheetDeleted(this.context.model, sheet.name);
    });
  }
}

type AreaLocator = () => CellArea | null;

export class FakeRange extends Loadable {
  readonly format: FakeFormat;

  constructor(
    context: FakeContext,
    private readonly sheet: SheetLocator,
    readonly area: AreaLocator,
  ) {
    super(context);
    this.format = new FakeFormat(context, sheet, () => {
      const area = this.area();
      return area ? [area] : [];
    });
  }

  /** The address at sync time, for the fake's own bookkeeping (charts); adapters must load `address`. */
  currentAddress(): string {
    return this.readProperty("address") as string;
  }

  private resolved(): CellArea {
    const area = this.area();
    if (!area) throw new FakeOfficeError("InvalidReference", "The range is a null object.");
    return area;
  }

  protected readProperty(path: string): unknown {
    const area = this.area();
    if (!area) return null;
    const sheet = this.sheet();
    const cellCount = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    // "A range is limited to 5,000,000 cells for read operations. When a read exceeds this limit, the API will
    // either return null or throw an error" (Resource limits and performance optimization): the fake returns null
    if (cellCount > MAX_READ_CELLS && ["values", "formulas", "numberFormat", "valueTypes"].includes(path)) return null;
    const grid = <T>(read: (cell: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: area.bottom - area.top + 1 }, (_, r) =>
        Array.from({ length: area.right - area.left + 1 }, (_, c) => read(sheet.cells.get(key(area.top + r, area.left + c)))),
      );
    switch (path) {
      case "values":
        return grid((cell) => (cell?.error ? cell.error : (cell?.value ?? "")));
      case "formulas":
        return grid((cell) => cell?.formula ?? cell?.error ?? cell?.value ?? "");
      case "numberFormat":
        return grid((cell) => cell?.numberFormat ?? "General");
      case "valueTypes":
        return grid(valueType);
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "address": {
        // as Excel gives it: "Plan!B25" for one cell, "Plan!A1:I20" for more
        const first = cellAddress(area.top, area.left);
        const single = area.top === area.bottom && area.left === area.right;
        return `${quoteSheetName(sheet.name)}!${single ? first : `${first}:${cellAddress(area.bottom, area.right)}`}`;
      }
      default:
        throw invalidArgument(`Cannot load '${path}' on a range`);
    }
  }

  protected override exists(): boolean {
    return this.area() !== null;
  }

  /** Range.select: the range's top-left becomes the active cell, on its sheet, which becomes the active sheet. */
  select(): void {
    this.context.queue_(() => {
      const area = this.resolved();
      this.context.model.selection = { sheet: this.sheet().name, row: area.top, column: area.left };
    });
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get address(): string {
    return this.get("address");
  }

  private writeMatrix(name: string, given: unknown[][] | string | number | boolean, write: (cell: FakeCell, value: unknown) => void): void {
    this.context.queue_(() => {
      const area = this.resolved();
      const sheet = writable(this.context, this.sheet());
      const rows = area.bottom - area.top + 1;
      const columns = area.right - area.left + 1;
      // as in Office.js, a single value is given to every cell of the range
      const matrix = Array.isArray(given) ? given : Array.from({ length: rows }, () => Array<unknown>(columns).fill(given));
      if (matrix.length !== rows || matrix.some((row) => row.length !== columns)) {
        throw invalidArgument(`The number of rows or columns in the input array doesn't match the size or dimensions of the range (${name}).`);
      }
      matrix.forEach((row, r) => row.forEach((value, c) => write(cellAt(sheet, area.top + r, area.left + c), value)));
      if (name !== "numberFormat") {
        this.context.valuesWritten(sheet.name);
        expandTables(sheet, area, matrix);
      }
    }, given);
  }

  set values(matrix: unknown[][]) {
    this.writeMatrix("values", matrix, (cell, value) => {
      delete cell.error;
      delete cell.formula;
      // as in Excel: text put into a cell that is not formatted as Text and starts with "=", "+" or "-" becomes a
      // formula ("- and 3 more" is read as minus a name, and shows #NAME?); a signed number stays a number
      if (typeof value === "string" && /^[=+-]/.test(value) && cell.numberFormat !== "@" && !typedIn(value)) {
        cell.formula = value.startsWith("=") ? value : `=${value}`;
        cell.value = evaluate(cell.formula);
        if (!cell.formula.startsWith("=HYPERLINK(")) cell.error = "#NAME?";
      } else if (typeof value === "string" && cell.numberFormat !== "@" && typedIn(value)) {
        // as in Excel: "24" becomes the number 24 and "2019-10-31" a date, unless the cell is Text
        const typed = typedIn(value) as { value: number; format?: string };
        cell.value = typed.value;
        if (typed.format) cell.numberFormat = typed.format;
      } else {
        cell.value = value as FakeCell["value"];
      }
    });
  }

  set formulas(matrix: unknown[][]) {
    this.writeMatrix("formulas", matrix, (cell, value) => {
      delete cell.error;
      if (typeof value === "string" && value.startsWith("=") && cell.numberFormat !== "@") {
        cell.formula = value;
        cell.value = evaluate(value);
      } else {
        delete cell.formula;
        cell.value = value as FakeCell["value"];
      }
    });
  }

  set numberFormat(matrix: unknown[][]) {
    this.writeMatrix("numberFormat", matrix, (cell, value) => {
      cell.numberFormat = String(value);
    });
  }

  clear(applyTo: string = "All"): void {
    this.context.queue_(() => {
      const sheet = writable(this.context, this.sheet());
      const area = this.resolved();
      // only cells that hold something can be cleared; whole columns need not be walked
      for (const [at, cell] of sheet.cells) {
        const [r, c] = at.split(",").map(Number) as [number, number];
        if (r < area.top || r > area.bottom || c < area.left || c > area.right) continue;
        if (applyTo === "Contents" || applyTo === "All") {
          cell.value = "";
          delete cell.formula;
          delete cell.error;
        }
        if (applyTo === "Formats" || applyTo === "All") Object.assign(cell, { ...emptyCell(), value: cell.value, formula: cell.formula });
      }
    }, applyTo);
  }

  unmerge(): void {
    this.context.queue_(() => {
      const sheet = writable(this.context, this.sheet());
      const area = this.resolved();
      sheet.merges = sheet.merges.filter((range) => {
        const merged = parseArea(range);
        return merged.bottom < area.top || merged.top > area.bottom || merged.right < area.left || merged.left > area.right;
      });
    });
  }

  merge(across = false): void {
    this.context.queue_(() => {
      const sheet = writable(this.context, this.sheet());
      const area = this.resolved();
      if (!across) sheet.merges.push(`${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`);
      else for (let r = area.top; r <= area.bottom; r++) sheet.merges.push(`${cellAddress(r, area.left)}:${cellAddress(r, area.right)}`);
    }, across);
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, this.sheet, () => {
      const mine = this.area();
      const theirs = typeof other === "string" ? areaOf(other) : other.area();
      if (!mine || !theirs) return null;
      const area = { top: Math.max(mine.top, theirs.top), left: Math.max(mine.left, theirs.left), bottom: Math.min(mine.bottom, theirs.bottom), right: Math.min(mine.right, theirs.right) };
      return area.top > area.bottom || area.left > area.right ? null : area;
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    const areas = new FakeRangeAreas(this.context, this.sheet, () => {
      const within = this.resolved();
      const merged = this.sheet()
        .merges.map((range) => parseArea(range))
        .filter((a) => a.top >= within.top && a.bottom <= within.bottom && a.left >= within.left && a.right <= within.right);
      // Range.getMergedAreasOrNullObject (Office.js reference): "if the merged areas count in this range is more
      // than 512, then this method will fail to return the result"; the stricter reading: the request fails
      if (merged.length > MAX_MERGED_AREAS) throw new FakeOfficeError("GeneralException", `The range holds ${merged.length} merged areas, more than ${MAX_MERGED_AREAS}.`);
      return merged.length === 0 ? null : merged;
    });
    return areas;
  }

  getCellProperties(options: { address?: boolean; format?: { fill?: { color?: boolean; pattern?: boolean }; font?: { color?: boolean } } }): FakeClientResult<unknown[][]> {
    return new FakeClientResult(
      this.context,
      () => {
        const area = this.resolved();
        const sheet = this.sheet();
        return Array.from({ length: area.bottom - area.top + 1 }, (_, r) =>
          Array.from({ length: area.right - area.left + 1 }, (_, c) => {
            const cell = sheet.cells.get(key(area.top + r, area.left + c));
            return {
              ...(options.address ? { address: `${quoteSheetName(sheet.name)}!${cellAddress(area.top + r, area.left + c)}` } : {}),
              format: {
                ...(options.format?.fill ? { fill: { color: cell?.fill ? `#${cell.fill}` : "#FFFFFF", pattern: cell?.fill ? "Solid" : "None" } } : {}),
                // as in Excel, automatic text is reported as black
                ...(options.format?.font ? { font: { color: `#${cell?.fontColor ?? "000000"}` } } : {}),
              },
            };
          }),
        );
      },
      options,
    );
  }
}

export class FakeRangeAreas extends Loadable {
  readonly format: FakeFormat;

  constructor(
    context: FakeContext,
    private readonly sheet: SheetLocator,
    private readonly areas: () => CellArea[] | null,
  ) {
    super(context);
    this.format = new FakeFormat(context, sheet, () => this.areas() ?? []);
  }

  protected readProperty(path: string): unknown {
    const areas = this.areas();
    if (path === "address") {
      const sheet = quoteSheetName(this.sheet().name);
      return areas?.map((a) => `${sheet}!${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`).join(",") ?? "";
    }
    throw invalidArgument(`Cannot load '${path}' on range areas`);
  }

  protected override exists(): boolean {
    return this.areas() !== null;
  }

  get address(): string {
    return this.get("address");
  }
}

/** A range's (or range areas') format: every setter is an action applied at sync. */
export class FakeFormat {
  readonly fill: { color: string; clear: () => void };
  readonly font: { color: string; bold: boolean };

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: SheetLocator,
    private readonly areas: () => CellArea[],
  ) {
    const each = (payload: unknown, change: (cell: FakeCell) => void) =>
      this.context.queue_(() => {
        const target = writable(this.context, this.sheet());
        for (const area of this.areas()) for (const [r, c] of cellsOf(area)) change(cellAt(target, r, c));
      }, payload);
    const hex = (colour: string) => colour.replace(/^#/, "").toUpperCase();
    this.fill = {
      set color(colour: string) {
        each(colour, (cell) => (cell.fill = hex(colour)));
      },
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "The property 'color' is not available.");
      },
      clear: () => each(null, (cell) => (cell.fill = null)),
    };
    this.font = {
      set color(colour: string) {
        each(colour, (cell) => (cell.fontColor = hex(colour)));
      },
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "The property 'color' is not available.");
      },
      set bold(bold: boolean) {
        each(bold, (cell) => (cell.bold = bold));
      },
      get bold(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "The property 'bold' is not available.");
      },
    };
  }

  set wrapText(wrap: boolean) {
    this.context.queue_(() => {
      const target = writable(this.context, this.sheet());
      for (const area of this.areas()) for (const [r, c] of cellsOf(area)) cellAt(target, r, c).wrap = wrap;
    }, wrap);
  }

  set verticalAlignment(alignment: string) {
    this.context.queue_(() => {
      const target = writable(this.context, this.sheet());
      for (const area of this.areas()) target.verticalAlignment[`${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`] = alignment;
    }, alignment);
  }

  set columnWidth(points: number) {
    this.context.queue_(() => {
      const target = writable(this.context, this.sheet());
      for (const area of this.areas()) for (let c = area.left; c <= area.right; c++) target.columnWidths[c] = points;
    }, points);
  }

  /** Only `true` does anything (RangeFormat.useStandardHeight): the rows go back to the sheet's standard height. */
  set useStandardHeight(standard: boolean) {
    this.context.queue_(() => {
      const target = writable(this.context, this.sheet());
      if (!standard) return;
      for (const area of this.areas()) for (const row of Object.keys(target.rowHeights).map(Number)) if (row >= area.top && row <= area.bottom) delete target.rowHeights[row];
    }, standard);
  }

  set rowHeight(points: number) {
    this.context.queue_(() => {
      const target = writable(this.context, this.sheet());
      for (const area of this.areas()) for (let r = area.top; r <= area.bottom; r++) target.rowHeights[r] = points;
    }, points);
  }
}

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  protected currentItems(): FakeNamedItem[] {
    return [...this.context.model.names.keys()].map((name) => new FakeNamedItem(this.context, name));
  }

  add(name: string, formula: string): void {
    this.context.queue_(() => {
      if (this.context.model.readOnly) throw accessDenied();
      this.context.changedWorkbook();
      // names are matched without regard to case, so "bragtracker_summary" is taken by "BRAGTracker_Summary"
      if (findName(this.context.model, name) !== undefined) throw new FakeOfficeError("ItemAlreadyExists", `The name '${name}' already exists.`);
      const sheet = /^=([^'!]+)!/.exec(formula)?.[1];
      // a sheet name that reads as a cell or an R1C1 reference ("FY20", "R2C3") is a formula error unless quoted
      if (sheet !== undefined && (looksLikeReference(sheet) || !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet))) {
        throw invalidArgument(`The formula '${formula}' is not valid: the sheet name '${sheet}' must be quoted.`);
      }
      this.context.model.names.set(name, formula);
    }, [name, formula]);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, name);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, name);
  }
}

export class FakeNamedItem extends Loadable {
  constructor(
    context: FakeContext,
    readonly key: string,
  ) {
    super(context);
  }

  private stored(): string {
    const stored = findName(this.context.model, this.key);
    if (stored === undefined) throw itemNotFound(`name '${this.key}'`);
    return stored;
  }

  read(path: string): unknown {
    const stored = this.stored();
    const formula = this.context.model.names.get(stored) as string;
    if (path === "name") return stored;
    if (path === "formula") return formula;
    // NamedItem.type: a reference left as #REF! by a deleted sheet or range is "Error"; a constant text "String"
    if (path === "type") return formula.includes("#REF!") ? "Error" : /^="/.test(formula) ? "String" : "Range";
    throw invalidArgument(`Cannot load '${path}' on a name`);
  }

  protected readProperty(path: string): unknown {
    return this.read(path);
  }

  protected override exists(): boolean {
    return findName(this.context.model, this.key) !== undefined;
  }

  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get formula(): string {
    return this.get("formula");
  }

  delete(): void {
    this.context.queue_(() => {
      this.context.changedWorkbook();
      this.context.model.names.delete(this.stored());
    }, this.key);
  }
}

export class FakeChartCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: SheetLocator,
  ) {}

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, () => this.sheet().charts.length, "count");
  }

  getItemAt(index: number): { delete(): void } {
    return {
      delete: () =>
        this.context.queue_(() => {
          const charts = writable(this.context, this.sheet()).charts;
          if (index >= charts.length) throw itemNotFound(`chart ${index}`);
          charts.splice(index, 1);
        }, index),
    };
  }

  add(type: string, source: FakeRange, seriesBy: string): FakeChartProxy {
    const proxy = new FakeChartProxy(this.context);
    this.context.queue_(() => {
      const chart: FakeChart = {
        type,
        source: source.currentAddress(),
        seriesBy,
        title: "",
        legend: "Right",
        reversePlotOrder: false,
        seriesColours: {},
        position: null,
      };
      writable(this.context, this.sheet()).charts.push(chart);
      proxy.chart = chart;
    }, [type, seriesBy]);
    return proxy;
  }
}

export class FakeChartProxy {
  chart: FakeChart | null = null;
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly axes: { categoryAxis: { reversePlotOrder: boolean } };
  readonly series: { getItemAt(index: number): { format: { fill: { setSolidColor(colour: string): void } } } };

  constructor(private readonly context: FakeContext) {
    const change = (payload: unknown, apply: (chart: FakeChart) => void) =>
      this.context.queue_(() => {
        if (!this.chart) throw itemNotFound("chart");
        apply(this.chart);
      }, payload);
    this.title = {
      set text(text: string) {
        change(text, (chart) => (chart.title = text));
      },
      get text(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "The property 'text' is not available.");
      },
    };
    this.legend = {
      set position(position: string) {
        change(position, (chart) => (chart.legend = position));
      },
      get position(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "The property 'position' is not available.");
      },
    };
    this.axes = {
      categoryAxis: {
        set reversePlotOrder(reverse: boolean) {
          change(reverse, (chart) => (chart.reversePlotOrder = reverse));
        },
        get reversePlotOrder(): boolean {
          throw new FakeOfficeError("PropertyNotLoaded", "The property 'reversePlotOrder' is not available.");
        },
      },
    };
    this.series = {
      getItemAt: (index: number) => ({
        format: { fill: { setSolidColor: (colour: string) => change(colour, (chart) => (chart.seriesColours[index] = colour)) } },
      }),
    };
  }

  setPosition(from: string, to: string): void {
    this.context.queue_(() => {
      if (!this.chart) throw itemNotFound("chart");
      this.chart.position = [from, to];
    }, [from, to]);
  }
}

export class FakePageLayout {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: SheetLocator,
  ) {}

  private change(payload: unknown, apply: (layout: FakeSheet["pageLayout"]) => void): void {
    this.context.queue_(() => apply(this.sheet().pageLayout), payload);
  }

  set orientation(value: string) {
    this.change(value, (layout) => (layout.orientation = value));
  }
  set paperSize(value: string) {
    this.change(value, (layout) => (layout.paperSize = value));
  }
  set zoom(value: unknown) {
    this.change(value, (layout) => (layout.zoom = value));
  }
  setPrintTitleRows(rows: string): void {
    this.change(rows, (layout) => (layout.printTitleRows = rows));
  }
  // PageLayout.setPrintArea takes an A1 address on this sheet (ExcelApi 1.9,
  // https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-setprintarea-member(1)); anything else is InvalidArgument
  setPrintArea(area: string): void {
    this.change(area, (layout) => {
      if (!/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(area)) throw invalidArgument(`setPrintArea: '${area}' is not a range`);
      layout.printArea = area;
    });
  }
}

/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9): add puts a manual break "before the top-left cell of the range specified"
 * (https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection#excel-excel-pagebreakcollection-add-member(1)).
 */
export class FakePageBreakCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: SheetLocator,
  ) {}

  // "Resets all manual page breaks in the collection" (ExcelApi 1.9, same page)
  removePageBreaks(): void {
    this.context.queue_(() => {
      this.sheet().pageBreaks = [];
    });
  }

  add(range: string): void {
    this.context.queue_(() => {
      const row = /^\$?[A-Z]{1,3}\$?(\d+)(:|$)/.exec(range)?.[1];
      if (!row) throw invalidArgument(`horizontalPageBreaks.add: '${range}' is not a range`);
      const breaks = this.sheet().pageBreaks;
      if (!breaks.includes(Number(row))) breaks.push(Number(row));
    }, range);
  }
}
