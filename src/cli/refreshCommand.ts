import { basename } from "path";
import { Report, messages } from "../engine";
import { OutputFile, refreshedFile, reportOnFile, writeFilesTogether } from "../xlsx";
import { UsageError, asAtDate, pointedSettings, withStatusWords } from "./commandOptions";
import { formatReport } from "./formatReport";
import { AskedOutput, checkOutputs, checkReadBeside } from "./outputPaths";
import { comparisonFor } from "./comparison";
import { Terminal, runCommand } from "./runCommand";

export interface RefreshOptions {
  out?: string;
  inPlace?: boolean;
  force?: boolean;
  asAt?: string;
  since?: string;
  sinceFile?: string;
  json?: string;
  table?: string;
  column?: string[];
  statusWord?: string[];
}

/**
 * `brag refresh <file>`: counts, overdue and findings, printed and optionally
 * written as JSON; with --out (or --in-place) also the refreshed workbook.
 */
export function refreshCommand(file: string, options: RefreshOptions, terminal: Terminal): Promise<number> {
  return runCommand(terminal, async () => {
    const asAt = asAtDate(options.asAt);
    const out = outputPath(file, options);
    const settings = withStatusWords(pointedSettings(options.table, options.column), options.statusWord);
    const { since, earlier } = await comparisonFor(options, asAt, settings);
    let report: Report;
    let lost: string[] = [];
    const files: OutputFile[] = [];
    if (out === null) {
      report = await reportOnFile(file, { asAt, since, earlier, settings });
    } else {
      let output: Buffer;
      // words given are saved in the workbook written, so the next refresh (and the pane) counts them too
      const saveSettings = (options.statusWord?.length ?? 0) > 0;
      ({ report, lost, output } = await refreshedFile(file, { asAt, since, earlier, out, force: options.force, settings, saveSettings }));
      files.push({ path: out, content: output });
    }
    if (options.json !== undefined) files.push({ path: options.json, content: `${JSON.stringify(report, null, 2)}\n` });
    await writeFilesTogether(files);
    terminal.out(formatReport(report));
    if (out !== null) terminal.out(`Refreshed workbook written to ${out}`);
    else terminal.out(messages.refreshNotWritten(basename(file)));
    if (lost.length > 0) terminal.err(`brag: --force: the written workbook does not keep the input's ${lost.join(", ")}.`);
    if (options.json !== undefined) terminal.out(`Report written to ${options.json}`);
    return 0;
  });
}

const WORKBOOK_NAME = /\.xl[st][xm]$/i;

/**
 * Where the refreshed workbook goes: nowhere (null), the input itself with
 * --in-place, or --out, which is never the input. Every output is checked
 * against the input and against the others before anything is read.
 */
function outputPath(file: string, options: RefreshOptions): string | null {
  if (options.inPlace && options.out !== undefined) throw new UsageError("give either --out or --in-place, not both.");
  // the writer writes a workbook package: under another name (.xls, .csv) Excel would refuse to open it
  if (options.out !== undefined && !WORKBOOK_NAME.test(options.out)) throw new UsageError(messages.outNotWorkbook(options.out));
  const outputs: AskedOutput[] = [];
  if (options.out !== undefined) outputs.push({ flag: "--out", path: options.out });
  if (options.json !== undefined) outputs.push({ flag: "--json", path: options.json });
  const inPlace = options.inPlace ? { flag: "--in-place", path: file } : undefined;
  checkOutputs(file, outputs, inPlace);
  if (options.sinceFile !== undefined) checkReadBeside(file, { flag: "--since-file", path: options.sinceFile }, [...(inPlace ? [inPlace] : []), ...outputs]);
  return options.inPlace ? file : (options.out ?? null);
}
