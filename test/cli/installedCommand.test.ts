import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

describe("the installed brag", () => {
  it("starts as one bundled file, and a refresh by the package writer never loads ExcelJS or JSZip", () => {
    const directory = mkdtempSync(join(tmpdir(), "brag-installed-"));
    const preload = join(directory, "modules.js");
    // what Node loaded, said as the process ends
    writeFileSync(preload, `process.on("exit", () => process.stderr.write("MODULES " + JSON.stringify(Object.keys(require.cache)) + "\\n"));`);
    const result = spawnSync(
      process.execPath,
      ["--require", preload, join(ROOT, "bin", "brag.js"), "refresh", join(ROOT, "assets", "sample-plan-2019-20.xlsx"), "--as-at", "2020-01-31", "--out", join(directory, "out.xlsx")],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(0);
    const modules = JSON.parse(/MODULES (.*)/.exec(result.stderr)?.[1] ?? "[]") as string[];
    // the bundle runs from V8's code cache through vm, so only bin/brag.js is a module Node loaded itself
    const loaded = modules.filter((path) => path !== preload).map((path) => path.slice(ROOT.length + 1));
    expect(loaded.filter((path) => path !== "lib/brag.js")).toEqual(["bin/brag.js"]);
  });
});
