import { promises as fs } from "fs";
import { basename, dirname, join } from "path";
import { OutputNotWrittenError } from "./errors";

export interface OutputFile {
  /** The path as the user gave it, which every message names. */
  path: string;
  content: Buffer | string;
}

/**
 * Writes every output or none: each is written beside its target under a
 * hidden name, and only when all are written are they renamed into place,
 * so a failure (a full disk, a folder not allowed) leaves every file as it
 * was and no half-written workbook.
 */
export async function writeFilesTogether(files: OutputFile[]): Promise<void> {
  const written: string[] = [];
  const temporary = (path: string) => join(dirname(path), `.${basename(path)}.brag-${process.pid}.tmp`);
  try {
    for (const file of files) {
      written.push(temporary(file.path));
      await fs.writeFile(temporary(file.path), file.content).catch((error: unknown) => {
        throw new OutputNotWrittenError(file.path, error as NodeJS.ErrnoException);
      });
    }
    for (const file of files) {
      await fs.rename(temporary(file.path), file.path).catch((error: unknown) => {
        throw new OutputNotWrittenError(file.path, error as NodeJS.ErrnoException);
      });
    }
  } finally {
    await Promise.all(written.map((path) => fs.rm(path, { force: true })));
  }
}
