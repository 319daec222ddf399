import { promises as fs } from "fs";
import { reportOnFile } from "../xlsx/reportOnFile";
import { UsageError, asAtDate } from "./commandOptions";
import { formatReport } from "./formatReport";
import { Terminal, runCommand } from "./runCommand";

export interface RefreshOptions {
  out?: string;
  asAt?: string;
  json?: string;
}

/** `brag refresh <file>`: counts, overdue and findings, printed and optionally written as JSON. */
export function refreshCommand(file: string, options: RefreshOptions, terminal: Terminal): Promise<number> {
  return runCommand(terminal, async () => {
    if (options.out !== undefined) {
      throw new UsageError("writing the refreshed workbook (--out) is not supported yet; use --json for the report.");
    }
    const report = await reportOnFile(file, { asAt: asAtDate(options.asAt) });
    if (options.json !== undefined) await fs.writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
    terminal.out(formatReport(report));
    if (options.json !== undefined) terminal.out(`Report written to ${options.json}`);
    return 0;
  });
}
