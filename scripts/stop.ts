import { spawnSync } from "child_process";
import { join } from "path";

/**
 * `npm stop`: ends the sideloading `npm start` began where desktop Excel can
 * be (Windows, macOS), as the Office add-in templates' `stop` does. The
 * preview server `npm start` runs elsewhere stops with Ctrl+C.
 */
if (process.platform === "win32" || process.platform === "darwin") {
  const result = spawnSync("npx", ["--no-install", "office-addin-debugging", "stop", "manifest.xml"], { cwd: join(__dirname, ".."), stdio: "inherit", shell: true });
  process.exitCode = result.status ?? 1;
} else {
  process.stdout.write("Nothing to stop: the add-in is sideloaded only where desktop Excel can be (Windows, macOS). Stop the preview with Ctrl+C.\n");
}
