import type ExcelJS from "exceljs";
import { Settings, WorkbookSnapshot, messages } from "../engine";
import { PackageTooLargeError, UnhandledPackageError, UnreadableWorkbookError } from "./errors";
import { megabytes } from "./package/limits";
import { PackageParts } from "./package/parts";
import { readPackageSnapshot } from "./package/read/readPackageSnapshot";

/** "package" reads the package's XML directly and falls back to ExcelJS for one it does not handle; "exceljs" always loads the whole workbook. */
export type Reader = "package" | "exceljs";

/** A workbook as read for the engine: its snapshot, and what it was read from, for the writer to edit. */
export interface ReadWorkbook {
  snapshot: WorkbookSnapshot;
  reader: Reader;
  /** The package, when it was read directly. */
  parts: PackageParts | null;
  /** The workbook as ExcelJS loads it, loaded on first ask when the package was read directly. */
  workbook(): Promise<ExcelJS.Workbook>;
  /** Why the package reader could not read it, when ExcelJS did instead: what the patch writer could not write either. */
  unhandled?: string;
}

/**
 * Reads the package's XML directly; only a package that reader cannot read
 * is loaded through ExcelJS, and when ExcelJS cannot read it either the
 * message says what the package reader found wrong, in its words rather
 * than a JavaScript error's.
 */
export async function readWorkbook(bytes: Buffer, name: string, settings: Partial<Settings> | undefined, reader: Reader = "package"): Promise<ReadWorkbook> {
  let unhandled: string | undefined;
  if (reader === "package") {
    const read = await readPackage(bytes, name, settings);
    if ("snapshot" in read) {
      let loaded: Promise<ExcelJS.Workbook> | null = null;
      return { ...read, reader, workbook: () => (loaded ??= excelJsFallback().loadWorkbook(bytes, name)) };
    }
    unhandled = read.unhandled;
  }
  const excelJs = excelJsFallback();
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await excelJs.loadWorkbook(bytes, name);
  } catch (error) {
    if (unhandled !== undefined) throw new UnreadableWorkbookError(messages.damagedWorkbook(name, unhandled));
    throw error;
  }
  const read = excelJs.readSnapshot(workbook, settings);
  const snapshot = (await excelJs.structureLocked(bytes)) ? { ...read, structureProtected: true } : read;
  return { snapshot, reader: "exceljs", parts: null, workbook: async () => workbook, ...(unhandled === undefined ? {} : { unhandled }) };
}

type PackageRead = { snapshot: WorkbookSnapshot; parts: PackageParts } | { unhandled: string };

async function readPackage(bytes: Buffer, name: string, settings: Partial<Settings> | undefined): Promise<PackageRead> {
  try {
    const parts = await PackageParts.load(bytes);
    return { snapshot: await readPackageSnapshot(parts, settings), parts };
  } catch (error) {
    // too large is too large for ExcelJS too, which would hold all of it at once
    if (error instanceof PackageTooLargeError) throw new UnreadableWorkbookError(messages.tooLarge(name, error.what, error.limit === null ? null : megabytes(error.limit)));
    // shaped in a way the package reader does not handle: ExcelJS may read it, and if not the reason is the user's message
    if (error instanceof UnhandledPackageError && error.unreadable === "not-a-workbook") throw new UnreadableWorkbookError(messages.notAWorkbook(name));
    if (error instanceof UnhandledPackageError && error.unreadable === "damaged") throw new UnreadableWorkbookError(messages.damagedWorkbook(name, error.message));
    if (error instanceof UnhandledPackageError) return { unhandled: error.message };
    throw error;
  }
}

/** The ExcelJS path, loaded on first use: loading ExcelJS costs a quarter of a second before any work starts. */
export function excelJsFallback(): typeof import("./exceljs/index") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- required when needed rather than imported, which would load ExcelJS at start
  return require("./exceljs/index") as typeof import("./exceljs/index");
}
