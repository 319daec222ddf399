import { messages } from "../engine";
import { OutputNotWrittenError, RefreshRefusedError, UnreadableWorkbookError } from "../xlsx";
import { UsageError } from "./commandOptions";
import { printable } from "./printable";

export interface Terminal {
  out(line: string): void;
  err(line: string): void;
}

export const processTerminal: Terminal = {
  out: (line) => process.stdout.write(`${printable(line)}\n`),
  err: (line) => process.stderr.write(`${printable(line)}\n`),
};

export const EXIT_UNUSABLE = 2;

/**
 * Runs one command: what the user could not help (a bad file, a bad option)
 * is one line on stderr and exit code 2, never a stack trace.
 */
export async function runCommand(terminal: Terminal, command: () => Promise<number>): Promise<number> {
  try {
    return await command();
  } catch (error) {
    if (error instanceof RefreshRefusedError) {
      terminal.err(`brag: ${error.message}${error.forceWouldWrite ? ` ${messages.forceHint}` : ""}`);
      if (error.pointTo) terminal.err(`brag: ${messages.pointWithCommand(error.pointTo)}`);
      return EXIT_UNUSABLE;
    }
    if (error instanceof UnreadableWorkbookError || error instanceof UsageError || error instanceof OutputNotWrittenError) {
      terminal.err(`brag: ${error.message}`);
      return EXIT_UNUSABLE;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code && ["EACCES", "EPERM", "ENOENT", "EROFS", "ENOSPC", "EISDIR", "ENOTDIR", "EBUSY", "ENOTEMPTY", "EEXIST"].includes(code)) {
      terminal.err(`brag: could not write the output (${code}): ${(error as Error).message}. Nothing was changed.`);
      return EXIT_UNUSABLE;
    }
    terminal.err(`brag: something went wrong that is not your fault: ${(error as Error).message ?? String(error)}`);
    return EXIT_UNUSABLE;
  }
}
