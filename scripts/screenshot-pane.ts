import { join } from "path";
import { openPreview, refreshPane, typeAsAt } from "../test/support/paneDriver";

/**
 * The README's pictures of the pane: the real preview build on the real
 * sample, at the pane's real width; then its Changes view after a refresh as
 * at 31 October 2019 and another as at 31 January 2020.
 */
async function screenshot(): Promise<void> {
  const session = await openPreview();
  const { page } = session;
  try {
    await refreshPane(page);
    const path = join(__dirname, "..", "docs", "pane-2019-20.png");
    await page.screenshot({ path, fullPage: true });
    process.stdout.write(`Wrote ${path}\n`);

    await typeAsAt(page, "31/10/2019");
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByText("as at 31 October 2019").waitFor();
    await typeAsAt(page, "31/01/2020");
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByRole("button", { name: "Changes", exact: true }).click();
    await page.getByRole("heading", { name: "Since 31 October 2019" }).waitFor();
    const changes = join(__dirname, "..", "docs", "pane-changes-2019-20.png");
    // the top of the view: the list runs on, with the drafted paragraph below it
    await page.screenshot({ path: changes, fullPage: true, clip: { x: 0, y: 0, width: 350, height: 1200 } });
    process.stdout.write(`Wrote ${changes}\n`);
  } finally {
    await session.close();
  }
}

screenshot().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
