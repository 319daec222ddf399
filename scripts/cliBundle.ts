import { BuildOptions } from "esbuild";
import { join } from "path";

const ROOT = join(__dirname, "..");

/**
 * How the installed `brag` is bundled into one file: used by the build
 * (lib/brag.js) and by the tests that run brag as a user's shell would,
 * on today's source.
 */
export function cliBundleOptions(outfile: string): BuildOptions {
  return {
    entryPoints: [join(ROOT, "src", "cli", "brag.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // the packages themselves, not the few small helpers of ExcelJS the package reader uses (number formats, shared formulas)
    plugins: [
      { name: "fallback-outside", setup: (build) => build.onResolve({ filter: /^(exceljs|jszip|docx|docx\/charts)$/ }, ({ path }) => ({ path, external: true })) },
      // yazl's checksums from Node's zlib rather than a loop in JavaScript (see src/cli/nativeCrc32.ts)
      { name: "native-crc32", setup: (build) => build.onResolve({ filter: /^buffer-crc32$/ }, () => ({ path: join(ROOT, "src", "cli", "nativeCrc32.ts") })) },
    ],
    minifySyntax: true,
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  };
}
