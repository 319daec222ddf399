import { build } from "esbuild";
import { join } from "path";

const ROOT = join(__dirname, "..");

/**
 * The installed `brag` as one file (lib/brag.js): Node resolves and reads one
 * module at start instead of some hundreds. ExcelJS and JSZip stay outside
 * it, loaded from node_modules only when a package needs the fallback writer;
 * the few small helpers of ExcelJS the package reader uses are inside.
 */
async function bundle(): Promise<void> {
  const result = await build({
    entryPoints: [join(ROOT, "src", "cli", "brag.ts")],
    outfile: join(ROOT, "lib", "brag.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // the packages themselves, not the few small helpers of ExcelJS the package reader uses (number formats, shared formulas)
    plugins: [{ name: "fallback-outside", setup: (build) => build.onResolve({ filter: /^(exceljs|jszip)$/ }, ({ path }) => ({ path, external: true })) }],
    minifySyntax: true,
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  process.stdout.write(`brag bundled into lib/brag.js (${(bytes / 1024).toFixed(0)} KiB)\n`);
}

bundle().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
