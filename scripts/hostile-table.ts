import { runHostileCase } from "../test/support/hostile/checkCase";
import { HOSTILE_CASES } from "../test/support/hostile/hostileCases";
import { bundledBrag } from "../test/support/hostile/runBrag";

/**
 * The hostile-input suite's table for docs/testing.md: each case, each
 * command, its exit code, time and peak memory, measured on this machine
 * (`npm run -s hostile:table`). Cases named on the command line run alone.
 */
async function main(): Promise<void> {
  const brag = await bundledBrag();
  const only = process.argv.slice(2);
  process.stdout.write("| case | command | exit | time (s) | peak memory (MB) | problems |\n|---|---|---|---|---|---|\n");
  for (const hostile of HOSTILE_CASES.filter((c) => only.length === 0 || only.some((name) => c.name.includes(name)))) {
    for (const { run, result, problems } of await runHostileCase(brag, hostile)) {
      const peak = result.peakMB === null ? "killed" : result.peakMB.toFixed(0);
      process.stdout.write(`| ${hostile.name.replace(/\|/g, "\\|")} | \`brag ${run.args.join(" ")}\` | ${result.exit ?? "killed"} | ${result.seconds.toFixed(2)} | ${peak} | ${problems.join("; ").replace(/\|/g, "\\|").replace(/\n/g, " ") || "none"} |\n`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
