import { performance } from "perf_hooks";
// the compiled CLI (lib/, built by `npm run build:cli`), as `brag` runs it once installed
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { refreshFile } = require("../lib/xlsx/refreshFile") as typeof import("../src/xlsx/refreshFile");

/**
 * One `brag refresh --out` in its own process, timed phase by phase as
 * refreshFile runs them, with the process's peak memory. Prints JSON.
 */
async function measure(input: string, output: string): Promise<void> {
  const marks: Record<string, number> = { start: performance.now() };
  const { report, reader, writer } = await refreshFile(input, { asAt: "2020-01-31", out: output, onPhase: (phase) => (marks[phase] = performance.now()) });
  const at = (phase: string) => marks[phase] as number;
  process.stdout.write(
    JSON.stringify({
      read: at("read") - at("start"),
      engine: at("engine") - at("read"),
      write: at("write") - at("engine"),
      rssMb: process.resourceUsage().maxRSS / 1024,
      actions: report.totals.total,
      reader,
      writer,
    }),
  );
}

const [input, output] = process.argv.slice(2);
measure(input as string, output as string).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
