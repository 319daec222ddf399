import { spawnSync } from "child_process";
import { build } from "esbuild";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { cliBundleOptions } from "./cliBundle";

const ROOT = join(__dirname, "..");

/**
 * The installed `brag` as one file (lib/brag.js): Node resolves and reads one
 * module at start instead of some hundreds. ExcelJS and JSZip stay outside
 * it, loaded from node_modules only when a package needs the fallback writer,
 * and so does docx, loaded only by `brag report`;
 * the few small helpers of ExcelJS the package reader uses are inside.
 */
/**
 * V8's code cache for the bundle, made by a whole refresh of the sample plan,
 * so the functions a refresh compiles are in it (bin/brag.js writes one only
 * when there is none, or when V8 refuses it after a Node upgrade). Without the
 * sample (npm run sample), the first refresh a user runs makes it.
 */
function warmCodeCache(): void {
  rmSync(join(ROOT, "lib", "brag.js.cache"), { force: true });
  const sample = join(ROOT, "assets", "sample-plan-2019-20.xlsx");
  if (!existsSync(sample)) return;
  const directory = mkdtempSync(join(tmpdir(), "brag-warm-"));
  const run = spawnSync(process.execPath, [join(ROOT, "bin", "brag.js"), "refresh", sample, "--as-at", "2020-01-31", "--out", join(directory, "out.xlsx")], { encoding: "utf8" });
  rmSync(directory, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`warming brag's code cache failed: ${run.stderr}`);
}

async function bundle(): Promise<void> {
  const result = await build(cliBundleOptions(join(ROOT, "lib", "brag.js")));
  const bytes = Object.values(result.metafile?.outputs ?? {}).reduce((sum, output) => sum + output.bytes, 0);
  warmCodeCache();
  process.stdout.write(`brag bundled into lib/brag.js (${(bytes / 1024).toFixed(0)} KiB), its code cache warmed on a refresh\n`);
}

bundle().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
