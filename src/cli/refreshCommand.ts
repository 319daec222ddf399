import { promises as fs } from "fs";
import { resolve } from "path";
import { Report } from "../engine";
import { refreshFile, reportOnFile } from "../xlsx";
import { UsageError, asAtDate, isoDate, pointedSettings } from "./commandOptions";
import { formatReport } from "./formatReport";
import { Terminal, runCommand } from "./runCommand";

export interface RefreshOptions {
  out?: string;
  inPlace?: boolean;
  force?: boolean;
  asAt?: string;
  since?: string;
  json?: string;
  table?: string;
  column?: string[];
}

/**
 * `brag refresh <file>`: counts, overdue and findings, printed and optionally
 * written as JSON; with --out (or --in-place) also the refreshed workbook.
 */
export function refreshCommand(file: string, options: RefreshOptions, terminal: Terminal): Promise<number> {
  return runCommand(terminal, async () => {
    const asAt = asAtDate(options.asAt);
    const since = options.since === undefined ? undefined : isoDate("--since", options.since);
    const out = outputPath(file, options);
    const settings = pointedSettings(options.table, options.column);
    let report: Report;
    let lost: string[] = [];
    if (out === null) {
      report = await reportOnFile(file, { asAt, since, settings });
    } else {
      ({ report, lost } = await refreshFile(file, { asAt, since, out, force: options.force, settings }));
    }
    if (options.json !== undefined) await fs.writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
    terminal.out(formatReport(report));
    if (out !== null) terminal.out(`Refreshed workbook written to ${out}`);
    if (lost.length > 0) terminal.err(`brag: --force: the written workbook does not keep the input's ${lost.join(", ")}.`);
    if (options.json !== undefined) terminal.out(`Report written to ${options.json}`);
    return 0;
  });
}

/** The CLI never overwrites its input unless told to with --in-place. */
function outputPath(file: string, options: RefreshOptions): string | null {
  if (options.inPlace) {
    if (options.out !== undefined && resolve(options.out) !== resolve(file)) {
      throw new UsageError("give either --out or --in-place, not both.");
    }
    return file;
  }
  if (options.out === undefined) return null;
  if (resolve(options.out) === resolve(file)) {
    throw new UsageError(`--out is the input file itself; BRAG Tracker never overwrites its input unless you add --in-place.`);
  }
  return options.out;
}
