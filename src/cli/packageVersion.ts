import { readFileSync } from "fs";
import { dirname, join } from "path";

/**
 * brag's version, from the package.json it is installed with: the bundle
 * (lib/brag.js) and the sources (src/cli) sit at different depths under it,
 * so the nearest package.json named brag-tracker is the one.
 */
export function packageVersion(from = __dirname): string {
  for (let folder = from; ; folder = dirname(folder)) {
    try {
      const found = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as { name?: string; version?: string };
      if (found.name === "brag-tracker" && found.version) return found.version;
    } catch {
      // no package.json here (or not one Node can read): look further up
    }
    if (dirname(folder) === folder) return "unknown";
  }
}
