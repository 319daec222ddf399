import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { generatePlan } from "./generatePlan";

interface Times {
  locate: number;
  engine: number;
}

const ROOT = join(__dirname, "..");
const ROUNDS = 9;
const TSX = require.resolve("tsx/cli");

/** One side's times, from a process of its own (bench/findingPlansChild.ts), with its heap collected before each call. */
function measureIn(root: string, input: string): Times {
  const output = execFileSync(process.execPath, ["--expose-gc", TSX, join(__dirname, "findingPlansChild.ts"), root, input], { encoding: "utf8" });
  return JSON.parse(output) as Times;
}

/**
 * Finding the plans, and the engine's whole call, of today's code beside a
 * baseline commit's, on the same workbooks: each round runs one side then
 * the other, in turn, each in a fresh process (in one process, whichever
 * code loads second was measured slower, by a third, on the same code).
 * The baseline is compiled from `git worktree` at BRAG_BASELINE (the commit
 * this round of work started from, unless told). Prints a Markdown table.
 */
async function compare(sizes: number[], baseline: string): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), "brag-baseline-"));
  const tree = join(folder, "tree");
  try {
    execFileSync("git", ["worktree", "add", "--detach", tree, baseline], { cwd: ROOT, stdio: "ignore" });
    symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"));
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: tree, stdio: "inherit" });
    const rows: string[] = [];
    for (const size of sizes) {
      const input = join(folder, `plan-${size}.xlsx`);
      await generatePlan(size).xlsx.writeFile(input);
      const times = { today: [] as Times[], before: [] as Times[] };
      // each side in fresh processes, taken in turn: neither gains from the other's warmed-up code or collected heap
      for (let round = 0; round < ROUNDS; round++) {
        const order: Array<["today" | "before", string]> = round % 2 === 0 ? [["today", ROOT], ["before", tree]] : [["before", tree], ["today", ROOT]];
        for (const [which, root] of order) times[which].push(measureIn(root, input));
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
      const cell = (step: keyof Times) => {
        const [now, then] = [median(times.today.map((t) => t[step])), median(times.before.map((t) => t[step]))];
        return `${then.toFixed(0)} | ${now.toFixed(0)} | ${(now / then).toFixed(2)}`;
      };
      rows.push(`| ${size.toLocaleString("en-GB")} | ${cell("locate")} | ${cell("engine")} |`);
    }
    return [
      `Finding the plans and the engine's whole call, today's code beside ${baseline} (median of ${ROUNDS} processes each, taken in turn, ms):`,
      "",
      "| actions | finding the plans, before | today | today ÷ before | engine, before | today | today ÷ before |",
      "|---|---|---|---|---|---|---|",
      ...rows,
    ].join("\n");
  } finally {
    execFileSync("git", ["worktree", "remove", "--force", tree], { cwd: ROOT, stdio: "ignore" });
    rmSync(folder, { recursive: true, force: true });
  }
}

const sizes = (process.argv[2] ?? "10000,50000").split(",").map(Number);
const baseline = process.env.BRAG_BASELINE ?? "a100813";
if (!existsSync(join(ROOT, "lib", "engine", "index.js"))) {
  process.stderr.write("lib/ is not built: run npm run build:cli first\n");
  process.exitCode = 1;
} else {
  compare(sizes, baseline)
    .then((table) => {
      process.stdout.write(`${table}\n`);
      if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${table}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    });
}
