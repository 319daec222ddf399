import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { cpus, tmpdir, totalmem } from "os";
import { performance } from "perf_hooks";
import { join } from "path";
import { generatePlan } from "./generatePlan";

const SIZES = (process.argv[2] ?? "100,1000,10000,50000").split(",").map(Number);
const TSX = require.resolve("tsx/cli");
const BRAG = join(__dirname, "..", "bin", "brag.js");
// Debian's python3-openpyxl belongs to the system python, whatever else is first on the PATH
const PYTHON = process.env.PYTHON ?? (existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3");

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
  return result.stdout.trim();
}

const ROUNDS = 5;

interface CliRun {
  read: number;
  engine: number;
  write: number;
  rssMb: number;
  reader: string;
  writer: string;
}

/** The middle run by `key` (phases of one run stay together). */
function median<T>(runs: T[], key: (run: T) => number): T {
  return [...runs].sort((a, b) => key(a) - key(b))[Math.floor(runs.length / 2)] as T;
}

/** Wall time of a whole process, as the person running it waits for it. */
function timed(command: string, args: string[]): number {
  const started = performance.now();
  run(command, args);
  return performance.now() - started;
}

const inNode = (script: string, ...args: string[]) => JSON.parse(run(process.execPath, [TSX, join(__dirname, script), ...args]));

function havePython(): boolean {
  return spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
}

async function bench(): Promise<void> {
  process.stderr.write("building the CLI (npm run build:cli)...\n");
  run(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "-s", "build:cli"]);
  const directory = mkdtempSync(join(tmpdir(), "brag-bench-"));
  const peer = havePython();
  if (!peer) process.stderr.write("python3-openpyxl is missing (apt-get install -y python3-openpyxl): the peer column stays empty.\n");
  const fileRows: string[] = [];
  const officeRows: string[] = [];
  const refreshMs: Record<number, number> = {};
  let engineShareAt10k = "";
  let engineSteps: EngineSteps | null = null;
  try {
    for (const size of SIZES) {
      process.stderr.write(`measuring ${size} actions...\n`);
      const input = join(directory, `plan-${size}.xlsx`);
      await generatePlan(size).xlsx.writeFile(input);
      // each timing is the median of five fresh processes, taken in turn so a slow moment of the machine touches them alike
      const cliRuns: CliRun[] = [];
      const noOpRuns: CliRun[] = [];
      const walls: number[] = [];
      const floors: number[] = [];
      const peers: number[] = [];
      const peerWalls: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        cliRuns.push(inNode("cliRefresh.ts", input, join(directory, `out-${size}.xlsx`)));
        // the refreshed workbook refreshed again as at the same date: nothing has changed, so little should be written
        noOpRuns.push(inNode("cliRefresh.ts", join(directory, `out-${size}.xlsx`), join(directory, `again-${size}.xlsx`)));
        // the installed command itself, start to finish: Node starting, loading its modules, refreshing, printing
        walls.push(timed(process.execPath, [BRAG, "refresh", input, "--out", join(directory, `wall-${size}.xlsx`), "--as-at", "2020-01-31"]));
        floors.push(inNode("floor.ts", input, join(directory, `floor-${size}.xlsx`)).floor);
        peers.push(peer ? Number(run(PYTHON, [join(__dirname, "peer_openpyxl.py"), input, join(directory, `peer-${size}.xlsx`)])) * 1000 : NaN);
        peerWalls.push(peer ? timed(PYTHON, [join(__dirname, "peer_openpyxl.py"), input, join(directory, `peer-wall-${size}.xlsx`)]) : NaN);
      }
      const cli = median(cliRuns, (one) => one.read + one.engine + one.write);
      const noOp = median(noOpRuns, (one) => one.read + one.engine + one.write);
      // the figures are of the package reader and writer; a fallback to ExcelJS would measure something else
      if (cli.reader !== "package" || cli.writer !== "patch") throw new Error(`at ${size} actions the refresh went through ${cli.reader} and ${cli.writer}, not the package reader and writer`);
      const [wall, floor, peerMs, peerWall] = [walls, floors, peers, peerWalls].map((times) => median(times, (t) => t)) as [number, number, number, number];
      const office = inNode("officePath.ts", input, "naive");
      const total = cli.read + cli.engine + cli.write;
      refreshMs[size] = total;
      if (size === 10000) engineSteps = median(Array.from({ length: ROUNDS }, () => inNode("engineStages.ts", input) as EngineSteps), (one) => one.coldMs);
      if (size === 10000) engineShareAt10k = `${((cli.engine / wall) * 100).toFixed(1)}% of the brag refresh wall time (${((cli.engine / total) * 100).toFixed(1)}% of the in-process refresh)`;
      const cell = (n: number) => (Number.isNaN(n) ? "–" : n >= 100 ? n.toFixed(0) : n.toFixed(1));
      const ratio = (a: number, b: number) => (Number.isNaN(a / b) ? "–" : (a / b).toFixed(2));
      fileRows.push(
        `| ${size.toLocaleString("en-GB")} | ${cell(cli.read)} | ${cell(cli.engine)} | ${cell(cli.write)} | ${cell(total)} | ${cell(floor)} | ${ratio(total, floor)} | ${cell(peerMs)} | ${ratio(total, peerMs)} | ${cell(wall)} | ${cell(peerWall)} | ${ratio(wall, peerWall)} | ${cli.rssMb.toFixed(0)} | ${cell(noOp.read + noOp.engine + noOp.write)} (${cell(noOp.write)}) |`,
      );
      officeRows.push(
        `| ${size.toLocaleString("en-GB")} | ${cell(office.first.ms)} | ${office.first.syncs} | ${office.first.actions} | ${(office.first.maxBytes / 1024).toFixed(0)} | ${(office.first.maxResponseBytes / 1024).toFixed(0)} | ${office.first.refused} | ${office.naive.syncs.toLocaleString("en-GB")} | ${office.naive.actions.toLocaleString("en-GB")} | ${office.noop.syncs} | ${office.noop.writeActions} | ${(office.noop.maxResponseBytes / 1024).toFixed(0)} | ${cell(office.noop.ms)} |`,
      );
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const out = process.stdout;
  out.write(`\nBRAG Tracker benchmark: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n\n`);
  out.write("The file door (`brag refresh`), in process and as whole processes:\n\n");
  out.write("| actions | read ms | engine ms | write ms | refresh ms | ExcelJS floor ms | refresh ÷ floor | openpyxl peer ms | ours ÷ peer | brag refresh wall ms | peer wall ms | wall ÷ peer wall | peak RSS MB | no-op refresh ms (of it writing) |\n");
  out.write(`|${"---|".repeat(14)}\n`);
  for (const row of fileRows) out.write(`${row}\n`);
  out.write("\nInside Excel (the Office.js adapter on the strict fake):\n\n");
  out.write(
    "| actions | refresh ms on the fake | syncs | queued actions | largest request KB | largest response KB | answers refused | naive syncs | naive actions | no-op refresh syncs | no-op refresh write actions | no-op largest response KB | no-op refresh ms |\n",
  );
  out.write(`|${"---|".repeat(13)}\n`);
  for (const row of officeRows) out.write(`${row}\n`);
  out.write("\n");
  if (engineShareAt10k) out.write(`Engine share of CLI refresh time at 10,000 actions: ${engineShareAt10k}\n`);
  if (engineSteps) writeEngineSteps(engineSteps);
  if (refreshMs[50000] && refreshMs[10000]) out.write(`Growth, refresh at 50,000 ÷ at 10,000 actions: ${(refreshMs[50000] / refreshMs[10000]).toFixed(2)} (linear is 5)\n`);
  // finding the plans beside the code this round of work started from (BRAG_BASELINE), where git can make it
  const large = SIZES.filter((size) => size >= 10000);
  if (large.length > 0 && spawnSync("git", ["rev-parse", "--git-dir"], { cwd: join(__dirname, "..") }).status === 0) {
    process.stderr.write("finding the plans beside the baseline (bench/findingPlans.ts)...\n");
    out.write(`\n${run(process.execPath, [TSX, join(__dirname, "findingPlans.ts"), large.join(",")])}\n`);
  }
}

interface EngineSteps {
  coldMs: number;
  warmMs: number;
  steps: Record<string, number>;
}

function writeEngineSteps({ coldMs, warmMs, steps }: EngineSteps): void {
  const out = process.stdout;
  const sampled = Object.values(steps).reduce((sum, ms) => sum + ms, 0);
  out.write("\nWhere the engine's time goes at 10,000 actions, called once in a fresh process as `brag refresh` calls it (V8's sampling profiler; the median of five processes by engine time):\n\n");
  out.write("| step | ms sampled | share |\n|---|---|---|\n");
  for (const [step, ms] of Object.entries(steps).sort((a, b) => b[1] - a[1])) out.write(`| ${step} | ${ms.toFixed(0)} | ${((ms / sampled) * 100).toFixed(0)}% |\n`);
  out.write(`\nThe engine's call took ${coldMs.toFixed(0)} ms under the profiler; called again in the same process, once its code has warmed up, ${warmMs.toFixed(0)} ms (median of five).\n`);
}

bench().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
