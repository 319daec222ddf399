import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "fs";
import { basename, join, relative } from "path";
import { checkCommand } from "../../../src/cli/checkCommand";
import { refreshCommand } from "../../../src/cli/refreshCommand";
import { captureTerminal } from "../terminal";
import { integrityProblems, packageEntries } from "./packageIntegrity";
import { PlanPlace, putPlan } from "./putPlan";

/** Where the corpus of workbooks other software wrote lives: beside the project, never copied into it. */
export const CORPUS = join(__dirname, "..", "..", "..", "..", "shared", "corpus");
const AS_AT = "2020-01-31";
const PLACES: PlanPlace[] = ["below the first sheet's content", "on a new sheet"];
export const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

export function corpusFiles(root = CORPUS): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder)
      .sort()
      .flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? walk(path) : /\.xls[xm]$/i.test(name) ? [path] : [];
      });
  return walk(root);
}

export interface CommandRun {
  exit: number;
  /** What it printed to standard error. */
  messages: string[];
  /** How many actions the report counted, from its Total row. */
  actions?: number;
}

/** One workbook's refresh with a plan put in, and what went wrong with it. */
export interface PlanRun {
  file: string;
  place: PlanPlace;
  input: string;
  output: string;
  refresh: CommandRun;
  /** The second refresh, of the output, as at the same date; null when the first wrote nothing. */
  again: CommandRun | null;
  strict: boolean;
  /** Cells of the input whose value or formula the output does not hold, as openpyxl reads both. */
  cellsChanged: string[];
  partsLost: string[];
  partsAltered: string[];
  integrity: string[];
  /** Parts the second refresh, as at the same date, changed. */
  secondChanged: string[];
  openpyxl?: string;
}

export interface CorpusResult {
  files: string[];
  asFound: Array<{ file: string; check: CommandRun; refresh: CommandRun; wrote: boolean }>;
  withPlan: PlanRun[];
  /** Files a plan could not be put into in a place (no visible worksheet, or the package is not a zip). */
  notPut: Array<{ file: string; place: PlanPlace }>;
  /** Inputs openpyxl itself cannot open: their cells are compared by no one. */
  inputsOpenpyxlRefuses: string[];
  libreOffice: { tried: number; failed: string[] };
  seconds: { ours: number; openpyxl: number; libreOffice: number };
}

async function command(run: (terminal: ReturnType<typeof captureTerminal>) => Promise<number>): Promise<CommandRun> {
  const terminal = captureTerminal();
  const exit = await run(terminal);
  const total = terminal.lines.flatMap((text) => text.split("\n")).find((line) => /^Total\s+\d/.test(line));
  const actions = total ? Number(total.trim().split(/\s+/)[7]) : undefined;
  return { exit, messages: [...terminal.errors], ...(actions === undefined ? {} : { actions }) };
}

/** A user's message that is not one plain line of words: several lines, a stack trace or a JavaScript error's text. */
export function badMessage(message: string): boolean {
  return /\n|\s+at \S+ \(|TypeError|ReferenceError|Cannot read properties|is not a function|undefined|\[object /.test(message);
}

/**
 * The whole corpus in one process: each workbook checked and refreshed as
 * found, then with a plan put in (in each place), refreshed, and refreshed
 * again as at the same date; then every input and output read once by
 * openpyxl, and a sample converted by LibreOffice.
 */
export async function runCorpus(work: string, options: { libreOfficeSample?: number } = {}): Promise<CorpusResult> {
  mkdirSync(work, { recursive: true });
  const files = corpusFiles();
  const result: CorpusResult = { files, asFound: [], withPlan: [], notPut: [], inputsOpenpyxlRefuses: [], libreOffice: { tried: 0, failed: [] }, seconds: { ours: 0, openpyxl: 0, libreOffice: 0 } };
  const started = Date.now();
  for (const [index, file] of files.entries()) {
    const name = relative(CORPUS, file);
    const out = join(work, `${index}-as-found.xlsx`);
    const check = await command((terminal) => checkCommand(file, { asAt: AS_AT }, terminal));
    const refresh = await command((terminal) => refreshCommand(file, { asAt: AS_AT, out }, terminal));
    result.asFound.push({ file: name, check, refresh, wrote: existsSync(out) });

    for (const [p, place] of PLACES.entries()) {
      const put = await putPlan(readFileSync(file), place, name);
      if (!put) {
        result.notPut.push({ file: name, place });
        continue;
      }
      const extension = /\.xlsm$/i.test(file) ? ".xlsm" : ".xlsx";
      const input = join(work, `${index}-${p}-input${extension}`);
      const output = join(work, `${index}-${p}-output${extension}`);
      const twice = join(work, `${index}-${p}-again${extension}`);
      writeFileSync(input, put.bytes);
      const run: PlanRun = { file: name, place, input, output, refresh: await command((t) => refreshCommand(input, { asAt: AS_AT, out: output }, t)), again: null, strict: put.strict, cellsChanged: [], partsLost: [], partsAltered: [], integrity: [], secondChanged: [] };
      result.withPlan.push(run);
      if (!existsSync(output)) continue;
      // the parts a refresh edits: the package's content types, the workbook's own parts, and the sheet holding the plan
      const edits = new Set(["[Content_Types].xml", ...put.workbookParts, put.sheetPart].map((part) => part.toLowerCase()));
      const before = await packageEntries(put.bytes);
      const after = new Map((await packageEntries(readFileSync(output))).map((entry) => [entry.name.toLowerCase(), entry.content]));
      for (const { name: part, content } of before) {
        const written = after.get(part.toLowerCase());
        if (!written) run.partsLost.push(part);
        else if (!edits.has(part.toLowerCase()) && !written.equals(content)) run.partsAltered.push(part);
      }
      const originals = new Map(before.map((entry) => [entry.name.toLowerCase(), entry.content]));
      // what the input package already had wrong (a stray .DS_Store with no content type) is its writer's, not the refresh's
      const inherited = new Set(await integrityProblems(put.bytes, () => false));
      const problems = await integrityProblems(readFileSync(output), (part) => !originals.get(part.toLowerCase())?.equals(after.get(part.toLowerCase()) as Buffer));
      run.integrity = problems.filter((problem) => !inherited.has(problem));
      run.again = await command((t) => refreshCommand(output, { asAt: AS_AT, out: twice }, t));
      if (existsSync(twice)) {
        const again = await packageEntries(readFileSync(twice));
        const first = new Map([...after].map(([part, content]) => [part, content]));
        for (const { name: part, content } of again) if (!first.get(part.toLowerCase())?.equals(content)) run.secondChanged.push(part);
        for (const part of first.keys()) if (!again.some((entry) => entry.name.toLowerCase() === part)) run.secondChanged.push(`${part} (removed)`);
      }
    }
  }
  result.seconds.ours = (Date.now() - started) / 1000;

  const pythonStarted = Date.now();
  const written = result.withPlan.filter((run) => existsSync(run.output));
  // openpyxl does not read Strict Open XML (it drops every sheet of one), nor a few packages it is stricter about than Excel: LibreOffice reads those, below
  const byLibreOffice: PlanRun[] = written.filter((run) => run.strict);
  const cells = readCells([...written.filter((run) => !run.strict).flatMap((run) => [run.input, run.output])]);
  for (const run of written.filter((each) => !each.strict)) {
    const input = cells.get(run.input);
    const output = cells.get(run.output);
    if (!input || "error" in input) {
      result.inputsOpenpyxlRefuses.push(`${run.file} (${run.place}): ${input && "error" in input ? input.error : "not read"}`);
      byLibreOffice.push(run);
      continue;
    }
    if (!output || "error" in output) {
      run.openpyxl = output && "error" in output ? output.error : "not read";
      continue;
    }
    for (const [sheet, sheetCells] of Object.entries(input.sheets)) {
      const kept = output.sheets[sheet];
      for (const [cell, value] of Object.entries(sheetCells)) {
        const now = kept?.[cell];
        if (!now || now[0] !== value[0] || now[1] !== value[1]) run.cellsChanged.push(`${sheet}!${cell}: ${JSON.stringify(value)} → ${JSON.stringify(now ?? null)}`);
      }
    }
  }
  result.seconds.openpyxl = (Date.now() - pythonStarted) / 1000;

  const libreStarted = Date.now();
  const sampleSize = options.libreOfficeSample ?? 0;
  if (sampleSize > 0) {
    const step = Math.max(1, Math.floor(written.length / sampleSize));
    const sample = [...written.filter((run, index) => !byLibreOffice.includes(run) && index % step === 0).slice(0, sampleSize), ...byLibreOffice];
    const folder = join(work, "libreoffice");
    result.libreOffice = convertWithLibreOffice(sample.map((run) => run.output), folder);
    // the cells of the workbooks openpyxl does not read compared as LibreOffice reads them, input against output (the first sheet, as CSV holds one)
    const inputs = convertWithLibreOffice(byLibreOffice.map((run) => run.input), folder);
    result.libreOffice.failed.push(...inputs.failed);
    for (const run of byLibreOffice) {
      if (inputs.failed.includes(run.input) || result.libreOffice.failed.includes(run.output)) continue;
      const csv = (path: string) => parseCsv(readFileSync(join(folder, basename(path).replace(/\.xls[xm]$/i, ".csv")), "utf8"));
      const [before, after] = [csv(run.input), csv(run.output)];
      before.forEach((row, r) => row.forEach((value, c) => value !== "" && after[r]?.[c] !== value && run.cellsChanged.push(`row ${r + 1} column ${c + 1}: ${value} → ${after[r]?.[c] ?? ""}`)));
    }
  }
  result.seconds.libreOffice = (Date.now() - libreStarted) / 1000;
  return result;
}

type Read = { sheets: Record<string, Record<string, [string, string]>> } | { error: string };

/** Every workbook's cells as openpyxl reads them, in one Python process for all of them. */
function readCells(paths: string[]): Map<string, Read> {
  const run = spawnSync(PYTHON, [join(__dirname, "read_cells.py")], { input: JSON.stringify(paths), encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`openpyxl could not be run (${PYTHON}): ${run.stderr}`);
  const read = new Map<string, Read>();
  for (const line of run.stdout.split("\n").filter(Boolean)) {
    const { path, ...rest } = JSON.parse(line) as { path: string } & Read;
    read.set(path, rest as Read);
  }
  return read;
}

/** Converts each workbook to CSV with LibreOffice in one headless run; a workbook with no CSV after it failed. */
function convertWithLibreOffice(paths: string[], folder: string): { tried: number; failed: string[] } {
  mkdirSync(folder, { recursive: true });
  const profile = `file://${join(folder, "profile")}`;
  const run = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "csv", "--outdir", folder, ...paths], { encoding: "utf8", timeout: 15 * 60_000 });
  if (run.error) throw new Error(`LibreOffice could not be run: ${run.error.message}`);
  const failed = paths.filter((path) => !existsSync(join(folder, basename(path).replace(/\.xls[xm]$/i, ".csv"))));
  return { tried: paths.length, failed };
}

/** CSV as LibreOffice writes it: commas between fields, fields with commas, quotes or line breaks in double quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      (rows[rows.length - 1] as string[]).push(field);
      field = "";
    } else if (c === "\n") {
      (rows[rows.length - 1] as string[]).push(field);
      field = "";
      rows.push([]);
    } else if (c !== "\r") field += c;
  }
  (rows[rows.length - 1] as string[]).push(field);
  return rows;
}

export function haveTool(command: string, args: string[]): boolean {
  return spawnSync(command, args, { encoding: "utf8" }).status === 0;
}
