import { basename } from "path";
import { Report, ReportDetails, ReportOptions, buildReport, settingsFor } from "../engine";
import { readWorkbook } from "./readWorkbook";
import { readWorkbookFile } from "./readWorkbookFile";

/** Reads an .xlsx plan and reports on it, without changing the file. */
export async function reportOnFile(path: string, options: ReportOptions): Promise<Report> {
  return (await reportAndDetailsOnFile(path, options)).report;
}

/** The report, and the committee report's details saved in the workbook's settings. */
export async function reportAndDetailsOnFile(path: string, options: ReportOptions): Promise<{ report: Report; details: ReportDetails }> {
  const { snapshot } = await readWorkbook(await readWorkbookFile(path), basename(path), options.settings);
  return { report: buildReport(snapshot, options), details: settingsFor(snapshot, options.settings).report };
}
