import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

jest.setTimeout(300_000);

/**
 * brag as a performance officer gets it without the project: the package
 * `npm pack` makes, installed globally into a folder of its own with only its
 * production dependencies. It packs lib/brag.js as npm install built it
 * (--ignore-scripts), so no other test sees the bundle rewritten under it.
 */
describe("the packed brag, installed with npm install -g", () => {
  const folder = mkdtempSync(join(tmpdir(), "brag-packed-"));
  const prefix = join(folder, "prefix");
  const brag = join(prefix, "bin", "brag");
  let packed: string[] = [];

  beforeAll(() => {
    const pack = JSON.parse(execFileSync(NPM, ["pack", "--ignore-scripts", "--json", "--pack-destination", folder], { cwd: ROOT, encoding: "utf8" })) as Array<{ filename: string; files: Array<{ path: string }> }>;
    packed = (pack[0]?.files ?? []).map((file) => file.path).sort();
    const tarball = join(folder, pack[0]?.filename ?? "");
    // the registry's packages as npm ci left them in its cache: offline where it can be
    execFileSync(NPM, ["install", "-g", "--prefix", prefix, "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund", tarball], { encoding: "utf8", stdio: "pipe" });
  });

  it("holds brag's one bundled file and its starter, not the sources, tests or the add-in", () => {
    expect(packed).toEqual(["README.md", "bin/brag.js", "lib/brag.js", "package.json"]);
  });

  it("installs only what brag needs at run time: no React, Fluent, webpack or development tools", () => {
    const modules = join(prefix, "lib", "node_modules", "brag-tracker", "node_modules");
    const installed = existsSync(modules) ? readdirSync(modules) : [];
    for (const dependency of ["exceljs", "jszip", "docx"]) expect(installed).toContain(dependency);
    for (const tool of ["react", "react-dom", "@fluentui", "webpack", "typescript", "jest", "office-addin-debugging", "keytar"]) expect(installed).not.toContain(tool);
  });

  it("prints the package's version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(execFileSync(brag, ["--version"], { encoding: "utf8" }).trim()).toBe(version);
    expect(execFileSync(brag, ["--help"], { encoding: "utf8" })).toContain("refresh [options] <file>");
  });

  it("refreshes the sample plan and writes the committee report", () => {
    const out = join(folder, "refreshed.xlsx");
    const refresh = spawnSync(brag, ["refresh", join(ROOT, "assets", "sample-plan-2019-20.xlsx"), "--as-at", "2020-01-31", "--out", out], { encoding: "utf8" });
    expect([refresh.status, refresh.stderr]).toEqual([0, ""]);
    expect(refresh.stdout).toMatch(/Total +24 +0 +22 +37 +0 +0 +83 +48 +1/);
    expect(existsSync(out)).toBe(true);
    // docx is loaded only by brag report: the installed package must have it
    const docx = join(folder, "report.docx");
    const report = spawnSync(brag, ["report", join(ROOT, "assets", "sample-plan-2019-20.xlsx"), "--as-at", "2020-01-31", "--docx", docx], { encoding: "utf8" });
    expect([report.status, report.stderr]).toEqual([0, ""]);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe("PK");
  });
});
