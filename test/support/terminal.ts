import { Terminal } from "../../src/cli/runCommand";

/** A terminal that keeps what a command printed, line by line, to standard output and to standard error. */
export function captureTerminal(): Terminal & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}
