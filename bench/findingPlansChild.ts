import { readFileSync } from "fs";
import { join } from "path";
import { performance } from "perf_hooks";

/**
 * One side of bench/findingPlans.ts in a process of its own: the code under
 * `root` (its lib/), on the workbook given, finding the plans and then the
 * engine's whole call, each on a fresh copy of the snapshot, the median of a
 * few calls. Prints JSON.
 */
const [root, input] = process.argv.slice(2) as [string, string];
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(join(root, "lib", "engine")) as typeof import("../src/engine");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { locatePlans } = require(join(root, "lib", "engine", "read", "locatePlans")) as typeof import("../src/engine/read/locatePlans");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readWorkbook } = require(join(root, "lib", "xlsx", "readWorkbook")) as typeof import("../src/xlsx/readWorkbook");
const CALLS = 5;
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function measure(): Promise<void> {
  const { snapshot } = await readWorkbook(readFileSync(input), "plan.xlsx", undefined);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  const time = (call: (copy: typeof snapshot) => unknown) =>
    median(
      Array.from({ length: CALLS }, () => {
        const copy = structuredClone(snapshot);
        collect();
        const started = performance.now();
        call(copy);
        return performance.now() - started;
      }),
    );
  const locate = time((copy) => locatePlans(copy, engine.withDefaults({})));
  const whole = time((copy) => engine.refresh(copy, { asAt: "2020-01-31" }));
  process.stdout.write(JSON.stringify({ locate, engine: whole }));
}

measure().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
