import { statSync } from "fs";
import { realpathSync } from "fs";
import { basename, dirname, join, resolve } from "path";
import { UsageError } from "./commandOptions";

/** One file a command is asked to write: the option that named it and the path given. */
export interface AskedOutput {
  flag: string;
  path: string;
}

// what a path will name once written: its folder's real path (links followed) and its name, and the file's identity when it exists (a hard link shares it)
function identity(path: string): { where: string; file: string | null; folder: boolean } {
  const folder = dirname(resolve(path));
  let where: string;
  try {
    where = join(realpathSync(folder), basename(path));
  } catch {
    throw new UsageError(`cannot write '${path}': the folder '${dirname(path)}' does not exist. Nothing was written.`);
  }
  try {
    const stat = statSync(path);
    return { where, file: `${stat.dev}:${stat.ino}`, folder: stat.isDirectory() };
  } catch {
    return { where, file: null, folder: false };
  }
}

const same = (a: ReturnType<typeof identity>, b: ReturnType<typeof identity>) => a.where === b.where || (a.file !== null && a.file === b.file);

/**
 * Before anything is read or written: no output is the input (by name, by a
 * symbolic link, or by a hard link to it) unless `inPlace` names the one that
 * may be, no two outputs are the same file, and every output's folder exists.
 * A refusal here means nothing was written.
 */
export function checkOutputs(input: string, outputs: AskedOutput[], inPlace?: AskedOutput): void {
  const source = identity(input);
  const seen: Array<{ asked: AskedOutput; at: ReturnType<typeof identity> }> = [];
  for (const asked of [...(inPlace ? [inPlace] : []), ...outputs]) {
    const at = identity(asked.path);
    if (at.folder) throw new UsageError(`${asked.flag} '${asked.path}' is a folder; name a file to write. Nothing was written.`);
    if (asked !== inPlace && same(at, source)) {
      const hint = asked.flag === "--out" ? "BRAG Tracker never overwrites its input unless you add --in-place." : "name a new file.";
      throw new UsageError(`${asked.flag} is the input workbook '${input}' (or a link to it); ${hint}`);
    }
    const clash = seen.find((other) => same(other.at, at));
    if (clash) throw new UsageError(`${asked.flag} and ${clash.asked.flag} name the same file '${asked.path}'; give each its own. Nothing was written.`);
    seen.push({ asked, at });
  }
}

/**
 * A file read beside the input (last quarter's copy, `--since-file`) is never written: it may not be the
 * input itself, nor any output. Checked with the outputs, before anything is read.
 */
export function checkReadBeside(input: string, read: AskedOutput, outputs: AskedOutput[]): void {
  let at: ReturnType<typeof identity>;
  try {
    at = identity(read.path);
  } catch {
    // its folder is missing: reading it says so, naming the file
    return;
  }
  if (same(at, identity(input))) throw new UsageError(`${read.flag} '${read.path}' is the workbook itself; name last quarter's copy of it.`);
  const clash = outputs.find((output) => same(identity(output.path), at));
  if (clash) throw new UsageError(`${clash.flag} would write over ${read.flag} '${read.path}', which is only read; name a new file. Nothing was written.`);
}
