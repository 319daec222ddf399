import { join } from "path";
import { openPreview, refreshPane } from "../test/browser/paneDriver";

/** The README's picture of the pane: the real preview build on the real sample, at the pane's real width. */
async function screenshot(): Promise<void> {
  const session = await openPreview();
  try {
    await refreshPane(session.page);
    const path = join(__dirname, "..", "docs", "pane-2019-20.png");
    await session.page.screenshot({ path, fullPage: true });
    process.stdout.write(`Wrote ${path}\n`);
  } finally {
    await session.close();
  }
}

screenshot().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
