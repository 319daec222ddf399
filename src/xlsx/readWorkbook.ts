import type ExcelJS from "exceljs";
import type { Settings, WorkbookSnapshot } from "../engine";
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
}

export async function readWorkbook(bytes: Buffer, name: string, settings: Partial<Settings> | undefined, reader: Reader = "package"): Promise<ReadWorkbook> {
  if (reader === "package") {
    const read = await readPackage(bytes, settings);
    if (read) {
      let loaded: Promise<ExcelJS.Workbook> | null = null;
      return { ...read, reader, workbook: () => (loaded ??= excelJsFallback().loadWorkbook(bytes, name)) };
    }
  }
  const excelJs = excelJsFallback();
  const workbook = await excelJs.loadWorkbook(bytes, name);
  return { snapshot: excelJs.readSnapshot(workbook, settings), reader: "exceljs", parts: null, workbook: async () => workbook };
}

async function readPackage(bytes: Buffer, settings: Partial<Settings> | undefined): Promise<{ snapshot: WorkbookSnapshot; parts: PackageParts } | null> {
  try {
    const parts = await PackageParts.load(bytes);
    return { snapshot: await readPackageSnapshot(parts, settings), parts };
  } catch {
    // a package shaped in a way the reader does not handle, or no package at all: ExcelJS reads it, or says clearly why it cannot
    return null;
  }
}

/** The ExcelJS path, loaded on first use: loading ExcelJS costs a quarter of a second before any work starts. */
export function excelJsFallback(): typeof import("./exceljs/index") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- required when needed rather than imported, which would load ExcelJS at start
  return require("./exceljs/index") as typeof import("./exceljs/index");
}
