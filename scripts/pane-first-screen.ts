import { openPreview } from "../test/support/paneDriver";
// How much of each view the pane shows without scrolling, at 350 (or the width given) × 800, on the sample refreshed as at 31 January 2020:
// where each view starts and what share of it is in the first screen. npx tsx scripts/pane-first-screen.ts [width]
(async () => {
  const width = Number(process.argv[2] ?? 350);
  const session = await openPreview("2020-01-31", undefined, width);
  const { page } = session;
  await page.setViewportSize({ width, height: 800 });
  await page.getByRole("button", { name: "Refresh" }).click();
  await page.getByText("There are:").first().waitFor();
  await page.waitForTimeout(500);
  const views = ["Counts", "Changes", "Findings", "Report", "Plan", "Settings"];
  for (const view of views) {
    const tab = page.getByRole("tab", { name: new RegExp(`^${view}`) });
    const button = page.getByRole("button", { name: new RegExp(`^${view}`) });
    await ((await tab.count()) > 0 ? tab.first() : button.first()).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    const box = await page.evaluate((name) => {
      const section = [...document.querySelectorAll("[aria-label]")].find((el) => el.getAttribute("aria-label") === name || el.getAttribute("aria-label")?.startsWith(name)) as HTMLElement | undefined;
      const panel = (document.querySelector('[role="tabpanel"]') as HTMLElement | null) ?? section;
      if (!panel) return null;
      const r = panel.getBoundingClientRect();
      return { top: Math.round(r.top), height: Math.round(r.height) };
    }, view);
    if (!box) { console.log(view, "no panel"); continue; }
    const shown = Math.max(0, Math.min(800, box.top + box.height) - box.top);
    console.log(`${view}: starts at y=${box.top}, ${box.height} px tall, ${shown} px (${Math.round((100 * shown) / box.height)}%) shown without scrolling`);
  }
  await session.close();
})();
