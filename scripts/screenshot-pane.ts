import { join } from "path";
import { openPreview, refreshPane, typeAsAt } from "../test/support/paneDriver";

// what a manager sees without scrolling: the pane at its real width, and the height of a laptop's Excel pane
const WIDTH = 350;
const HEIGHT = 800;
const VIEWS = [
  ["Counts", "pane-2019-20.png"],
  ["Changes", "pane-changes-2019-20.png"],
  ["Findings (20)", "pane-findings-2019-20.png"],
  ["Report", "pane-report-2019-20.png"],
  ["Plan", "pane-plan-2019-20.png"],
  ["Settings", "pane-settings-2019-20.png"],
] as const;

/**
 * The docs' pictures of the pane: the real preview build on the real sample, refreshed as at 31 October 2019
 * and again as at 31 January 2020 (so Changes has something to show), each view's first screen at 350 × 800.
 */
async function screenshot(): Promise<void> {
  const session = await openPreview("2020-01-31", undefined, WIDTH);
  const { page } = session;
  try {
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    await typeAsAt(page, "31/10/2019");
    await refreshPane(page);
    await typeAsAt(page, "31/01/2020");
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByText("as at 31 January 2020", { exact: false }).waitFor();
    for (const [view, file] of VIEWS) {
      await page.getByRole("button", { name: view, exact: true }).click();
      await page.evaluate(() => window.scrollTo(0, 0));
      // the view settled: no button mid-transition in the picture
      await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
      const path = join(__dirname, "..", "docs", file);
      await page.screenshot({ path });
      process.stdout.write(`Wrote ${path}\n`);
    }
  } finally {
    await session.close();
  }
}

screenshot().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
