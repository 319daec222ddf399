import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { build } from "esbuild";
import { cliBundleOptions } from "../../../scripts/cliBundle";

const ROOT = join(__dirname, "..", "..", "..");
const FOLDER = join(ROOT, "tmp", "hostile-brag");

/** Today's source bundled as the installed `brag` is (in the repository, so its packages resolve from node_modules). */
export async function bundledBrag(): Promise<string> {
  mkdirSync(FOLDER, { recursive: true });
  const file = join(FOLDER, "brag.js");
  await build(cliBundleOptions(file));
  // said by the process itself as it ends: its peak resident memory in KB. On Linux from VmHWM, which starts afresh at exec,
  // where getrusage's maxRSS keeps the high-water mark of the forking parent (the test runner) across it (getrusage(2): "preserved across execve")
  writeFileSync(
    join(FOLDER, "measure.js"),
    `process.on("exit", () => { const fs = require("fs"); let kb = process.resourceUsage().maxRSS; try { kb = Number(/VmHWM:\\s*(\\d+)/.exec(fs.readFileSync("/proc/self/status", "utf8"))[1]); } catch {} fs.writeFileSync(process.env.BRAG_MEASURE, String(kb)); });`,
  );
  return file;
}

export interface BragRun {
  exit: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Peak resident memory in MB, as the child process measured it; null when it was killed. */
  peakMB: number | null;
  killed: boolean;
}

/** The address space a run may take: room for Node's reservations, not for a runaway read. */
const ADDRESS_SPACE_KB = 4 * 1024 * 1024;

/** Runs brag in the folder, as a shell would, stopped after the limit. */
export function runBrag(brag: string, folder: string, args: string[], limitSeconds: number): BragRun {
  const measure = join(folder, ".measure");
  const started = process.hrtime.bigint();
  const quoted = [process.execPath, "--require", join(FOLDER, "measure.js"), brag, ...args].map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(" ");
  const result = spawnSync("/bin/sh", ["-c", `ulimit -v ${ADDRESS_SPACE_KB}; exec ${quoted}`], {
    cwd: folder,
    encoding: "utf8",
    timeout: limitSeconds * 1000,
    killSignal: "SIGKILL",
    env: { ...process.env, BRAG_MEASURE: measure, NODE_OPTIONS: "" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakMB = existsSync(measure) ? Number(readFileSync(measure, "utf8")) / 1024 : null;
  return { exit: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "", seconds, peakMB, killed: result.signal !== null };
}
