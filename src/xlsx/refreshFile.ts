import { basename } from "path";
import type ExcelJS from "exceljs";
import { EditPlan, Report, ReportOptions, messages, refresh } from "../engine";
import { RefreshRefusedError, UnhandledPackageError } from "./errors";
import { PackageParts } from "./package/parts";
import { finishPackage } from "./exceljs/finishPackage";
import { patchPackage } from "./package/write/patchPackage";
import { Reader, excelJsFallback, readWorkbook } from "./readWorkbook";
import { readWorkbookFile } from "./readWorkbookFile";
import { writeFilesTogether } from "./writeFiles";

export interface RefreshFileOptions extends ReportOptions {
  /** Where to write the refreshed workbook. */
  out: string;
  /** Write even though parts the writer cannot keep would be lost. */
  force?: boolean;
  /**
   * "patch" (the default) edits the package in place and falls back to
   * ExcelJS only for a package shaped in a way it does not handle;
   * "exceljs" always loads and saves the whole workbook through ExcelJS.
   */
  writer?: "patch" | "exceljs";
  /** How the workbook is read (see `Reader`); the package's XML directly unless told otherwise. */
  reader?: Reader;
  /** Save this run's settings (status words given on the command line) in the workbook written. */
  saveSettings?: boolean;
  /** Called as each phase ends, for the benchmark. */
  onPhase?: (phase: "read" | "engine" | "write") => void;
}

export interface RefreshFileResult {
  report: Report;
  /** What was dropped because `force` was given. */
  lost: string[];
  /** Which reader read the workbook, and which writer wrote it. */
  reader: Reader;
  writer: "patch" | "exceljs";
}

/**
 * Refreshes an .xlsx into `out`: reads, lets the engine decide every edit,
 * applies them and writes the result in one step, so a refusal or a failure
 * leaves nothing half-written.
 */
export async function refreshFile(input: string, options: RefreshFileOptions): Promise<RefreshFileResult> {
  const { output, ...result } = await refreshedFile(input, options);
  await writeFilesTogether([{ path: options.out, content: output }]);
  options.onPhase?.("write");
  return result;
}

/** The refreshed workbook's bytes, for a caller that writes it with other files (all or none). */
export async function refreshedFile(input: string, options: RefreshFileOptions): Promise<RefreshFileResult & { output: Buffer }> {
  const bytes = await readWorkbookFile(input);
  return refreshWorkbookBytes(bytes, basename(input), { ...options, macroEnabledOutput: MACRO_ENABLED.test(options.out) });
}

// files Excel opens with their macros; an .xlsx holding a VBA project does not open at all
const MACRO_ENABLED = /\.xl[st]m$/i;

/** The refresh of a workbook held in memory: the refreshed package, or a RefreshRefusedError saying why there is none. */
export async function refreshWorkbookBytes(
  bytes: Buffer,
  name: string,
  options: Omit<RefreshFileOptions, "out"> & { macroEnabledOutput?: boolean },
): Promise<RefreshFileResult & { output: Buffer }> {
  const read = await readWorkbook(bytes, name, options.settings, options.reader);
  options.onPhase?.("read");
  // ExcelJS drops every chart it loads: writing through it, the summary is planned afresh, charts and all
  const throughExcelJs = options.writer === "exceljs" || read.reader === "exceljs";
  const { report, edits: planned } = refresh(read.snapshot, { ...options, chartsUnknown: throughExcelJs });
  options.onPhase?.("engine");
  if (planned.refusal) throw new RefreshRefusedError(planned.refusal.message, planned.refusal.pointTo ? { pointTo: planned.refusal.pointTo } : {});

  // ExcelJS rewrites every part it loads and drops those it does not model: it writes only when asked to, or, forced, without a package's macros
  if (read.unhandled !== undefined && options.writer !== "exceljs") throw new RefreshRefusedError(messages.packageNotWritable(name, read.unhandled));
  // editing the package keeps every part of it, whatever ExcelJS would make of them
  const patched = throughExcelJs ? null : await patchedPackage(read.parts ?? bytes, planned, name, options.macroEnabledOutput);
  if (patched) return { report, lost: [], output: patched, reader: read.reader, writer: "patch" };

  // only a package the reader read but the patch writer declines is planned twice: which writer writes it is known only now
  const edits = throughExcelJs || planned.summary ? planned : refresh(read.snapshot, { ...options, chartsUnknown: true }).edits;

  const excelJs = excelJsFallback();
  const lost = await excelJs.findUnkeepableParts(bytes);
  if (lost.length > 0 && !options.force) {
    throw new RefreshRefusedError(messages.partsNotKept(name, lost, lost.includes(excelJs.MACROS)), { forceWouldWrite: true });
  }
  const workbook = await read.workbook();
  excelJs.applyExcelJsEdits(workbook, edits);
  // stored uncompressed here, as finishing the package compresses every part once anyway
  const written = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as Partial<ExcelJS.XlsxWriteOptions>);
  return { report, lost, output: await finishPackage(written, edits.summary), reader: read.reader, writer: "exceljs" };
}

async function patchedPackage(input: Buffer | PackageParts, edits: EditPlan, name: string, macroEnabledOutput: boolean | undefined): Promise<Buffer | null> {
  try {
    return await patchPackage(input, edits, { macroEnabledOutput });
  } catch (error) {
    if (error instanceof UnhandledPackageError) throw new RefreshRefusedError(messages.packageNotWritable(name, error.message));
    throw error;
  }
}
