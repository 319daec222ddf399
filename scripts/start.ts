import { spawn, spawnSync } from "child_process";
import { join } from "path";
import { serveFolder } from "./staticServer";

const ROOT = join(__dirname, "..");
const PREVIEW_PORT = Number(process.env.PORT ?? 3001);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

/**
 * `npm start`: the CLI on the sample plan, then the task pane's preview on
 * localhost; where desktop Excel can exist (Windows, macOS) it also sideloads
 * the add-in with Microsoft's office-addin-debugging.
 */
async function start(): Promise<void> {
  run("npm", ["run", "-s", "build:preview"]);
  run("npm", [
    "run",
    "-s",
    "brag",
    "--",
    "refresh",
    "assets/sample-plan-2019-20.xlsx",
    "--as-at",
    "2020-01-31",
    "--out",
    "assets/sample-plan-2019-20-refreshed.xlsx",
  ]);
  if (process.platform === "win32" || process.platform === "darwin") {
    process.stdout.write("\nSideloading into Excel (npx office-addin-debugging start manifest.xml desktop)...\n");
    spawn("npx", ["--no-install", "office-addin-debugging", "start", "manifest.xml", "desktop"], { cwd: ROOT, stdio: "inherit", shell: true });
  }
  const { url } = await serveFolder(join(ROOT, "dist-preview"), PREVIEW_PORT);
  process.stdout.write(`\nTask pane preview on the sample plan: ${url}preview.html?asAt=2020-01-31\nand on a project tracker where finding the plan fails: ${url}preview.html?asAt=2020-01-31&sample=tracker\nPress Ctrl+C to stop.\n`);
}

start().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
