import { createHash } from "crypto";
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { HostileCase, HostileRun, PLAN_TOTALS } from "./hostileCases";
import { BragRun, runBrag } from "./runBrag";

/** What the suite allows each run: the bound, well above what a small file needs. */
export const LIMIT_SECONDS = 10;
export const LIMIT_MB = 1024;

export interface RunOutcome {
  run: HostileRun;
  result: BragRun;
  /** Everything the run did that it must not have: empty when it behaved. */
  problems: string[];
}

// what is in the folder, by name: the content's hash for a file, its kind otherwise (a FIFO is never read)
function folderState(folder: string): Map<string, string> {
  const state = new Map<string, string>();
  for (const name of readdirSync(folder)) {
    if (name.startsWith(".")) continue;
    const stat = lstatSync(join(folder, name));
    state.set(name, stat.isFile() ? createHash("sha256").update(readFileSync(join(folder, name))).digest("hex") : stat.isSymbolicLink() ? "link" : stat.isDirectory() ? "folder" : "other");
  }
  return state;
}

// a control character or a direction override, which a terminal would act on rather than show
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * What Excel would repair in a written package: a part that is not
 * well-formed XML (a control character written raw, an element left open)
 * or a cell or name past XFD1048576.
 */
export async function packageProblems(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  for (const file of Object.values(zip.files).filter((entry) => !entry.dir && /\.(xml|rels)$/.test(entry.name))) {
    const xml = await file.async("string");
    try {
      new SaxesParser().write(xml).close();
    } catch (error) {
      problems.push(`${file.name} is not well-formed (${(error as Error).message.split("\n")[0]})`);
    }
    for (const match of xml.matchAll(/\b(?:r|ref|sqref)="\$?([A-Z]{1,4})\$?\d+/g)) {
      const letters = match[1] as string;
      if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) problems.push(`${file.name} refers to column ${letters}, past XFD`);
    }
  }
  return problems;
}

/** Runs each of the case's command lines in a fresh folder and says what went wrong. */
export async function runHostileCase(brag: string, hostile: HostileCase): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = [];
  for (const run of hostile.runs) {
    const folder = mkdtempSync(join(tmpdir(), "brag-hostile-"));
    try {
      await hostile.make(folder);
      const before = folderState(folder);
      const result = runBrag(brag, folder, run.args, LIMIT_SECONDS * 3);
      const after = folderState(folder);
      const problems: string[] = [];
      if (result.killed) problems.push(`still running after ${LIMIT_SECONDS * 3} s`);
      if (result.exit !== run.exit) problems.push(`exit ${result.exit}, not ${run.exit}: ${result.stderr.trim().slice(0, 300)}`);
      if (result.seconds > LIMIT_SECONDS) problems.push(`took ${result.seconds.toFixed(1)} s`);
      if (result.peakMB !== null && result.peakMB > LIMIT_MB) problems.push(`took ${result.peakMB.toFixed(0)} MB`);
      const errors = result.stderr.split("\n").filter((line) => line !== "");
      if (run.says) {
        if (errors.length !== 1 || !run.says.test(errors[0] as string)) problems.push(`said ${JSON.stringify(errors.slice(0, 3).map((line) => line.slice(0, 300)))}, not one line matching ${run.says}`);
      } else if (errors.length > 0) problems.push(`said on stderr ${JSON.stringify(errors.slice(0, 3).map((line) => line.slice(0, 300)))}`);
      if (TERMINAL_CONTROL.test(result.stdout + result.stderr)) problems.push("printed a control character to the terminal");
      for (const [name, state] of before) if (after.get(name) !== state) problems.push(`${name} changed`);
      const written = [...after.keys()].filter((name) => !before.has(name));
      if (JSON.stringify(written.sort()) !== JSON.stringify([...(run.writes ?? [])].sort())) problems.push(`wrote ${JSON.stringify(written)}, not ${JSON.stringify(run.writes ?? [])}`);
      if (run.totals && existsSync(join(folder, "out.json"))) {
        const totals = (JSON.parse(readFileSync(join(folder, "out.json"), "utf8")) as { totals: Record<string, number> }).totals;
        const counted = Object.fromEntries(Object.keys(PLAN_TOTALS).map((key) => [key, totals[key]]));
        if (JSON.stringify(counted) !== JSON.stringify(PLAN_TOTALS)) problems.push(`counted ${JSON.stringify(counted)}`);
      }
      for (const written of ["out.xlsx", "out.docx"]) if (existsSync(join(folder, written))) problems.push(...(await packageProblems(readFileSync(join(folder, written)))));
      outcomes.push({ run, result, problems });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  return outcomes;
}
