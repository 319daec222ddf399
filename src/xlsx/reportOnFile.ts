import { Report, ReportOptions, buildReport } from "../engine";
import { openWorkbook } from "./openWorkbook";
import { readSnapshot } from "./readSnapshot";

/** Reads an .xlsx plan and reports on it, without changing the file. */
export async function reportOnFile(path: string, options: ReportOptions): Promise<Report> {
  const workbook = await openWorkbook(path);
  return buildReport(readSnapshot(workbook, options.settings), options);
}
