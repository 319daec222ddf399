import { messages } from "../engine";
import { reportOnFile } from "../xlsx";
import { asAtDate, pointedSettings, withStatusWords } from "./commandOptions";
import { findingsSummary, formatFinding } from "./formatReport";
import { Terminal, runCommand } from "./runCommand";

export interface CheckOptions {
  asAt?: string;
  table?: string;
  column?: string[];
  statusWord?: string[];
}

/** `brag check <file>`: the findings, one per line; exit 1 when any is an error. */
export function checkCommand(file: string, options: CheckOptions, terminal: Terminal): Promise<number> {
  return runCommand(terminal, async () => {
    const report = await reportOnFile(file, { asAt: asAtDate(options.asAt), settings: withStatusWords(pointedSettings(options.table, options.column), options.statusWord) });
    for (const finding of report.findings) terminal.out(formatFinding(finding));
    if (report.nearest) terminal.out(messages.pointWithCommand(report.nearest));
    terminal.out(findingsSummary(report.findings).replace(/ Run 'brag check' to list them\.$/, ""));
    return report.findings.some((finding) => finding.severity === "error") ? 1 : 0;
  });
}
