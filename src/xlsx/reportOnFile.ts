import { basename } from "path";
import { Report, ReportOptions, buildReport } from "../engine";
import { readWorkbook } from "./readWorkbook";
import { readWorkbookFile } from "./readWorkbookFile";

/** Reads an .xlsx plan and reports on it, without changing the file. */
export async function reportOnFile(path: string, options: ReportOptions): Promise<Report> {
  const { snapshot } = await readWorkbook(await readWorkbookFile(path), basename(path), options.settings);
  return buildReport(snapshot, options);
}
