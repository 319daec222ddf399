import { tmpdir } from "os";
import { join } from "path";
import { PaneSession, axeViolations, describeInBrowser, openPreview, refreshPane, typeAsAt } from "../support/paneDriver";

jest.setTimeout(60_000);

describeInBrowser("the task pane in a real browser, on the sample plan", () => {
  let session: PaneSession;
  beforeEach(async () => {
    session = await openPreview();
  });
  afterEach(async () => {
    await session.close();
  });

  it("shows the 2019-20 counts after Refresh: Safe 1 blue, 0 red, 1 amber, 14 green", async () => {
    const { page } = session;
    await refreshPane(page);
    const safe = page.getByRole("row").filter({ hasText: "Safe" });
    for (const badge of ["1 Blue", "0 Red", "1 Amber", "14 Green"]) await expect(safe.getByText(badge, { exact: true }).count()).resolves.toBe(1);
    await expect(safe.getByText("12 overdue · 0 due soon").count()).resolves.toBe(1);
    const total = page.getByRole("row").filter({ hasText: "Total (83)" });
    for (const badge of ["24 Blue", "0 Red", "22 Amber", "37 Green"]) await expect(total.getByText(badge, { exact: true }).count()).resolves.toBe(1);
  });

  it("names the status in every badge's text, never by colour alone", async () => {
    const { page } = session;
    await refreshPane(page);
    const badges = await page.locator(".fui-Badge").allTextContents();
    expect(badges.length).toBe(8 * 4);
    for (const text of badges) expect(text).toMatch(/^\d+ (Blue|Red|Amber|Green|Not started|No status)$/);
  });

  it("colours each status as the workbook does (amber #FFC000, not lemon), with its words at 4.5:1 contrast or more", async () => {
    const { page } = session;
    await refreshPane(page);
    const total = page.getByRole("row").filter({ hasText: "Total (83)" });
    const colours = async (text: string) =>
      total.getByText(text, { exact: true }).evaluate((badge) => {
        const style = getComputedStyle(badge);
        return [style.backgroundColor, style.color];
      });
    expect(await colours("22 Amber")).toEqual(["rgb(255, 192, 0)", "rgb(0, 0, 0)"]);
    expect(await colours("24 Blue")).toEqual(["rgb(0, 112, 192)", "rgb(255, 255, 255)"]);
    expect(await colours("0 Red")).toEqual(["rgb(192, 0, 0)", "rgb(255, 255, 255)"]);
    expect(await colours("37 Green")).toEqual(["rgb(0, 176, 80)", "rgb(0, 0, 0)"]);
  });

  it("lists the status words in Settings in alphabetical order", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Settings", exact: true }).click();
    const words = await page.getByRole("table", { name: "Status words" }).getByRole("row").evaluateAll((rows) => rows.slice(1).map((row) => row.querySelector("td")?.textContent ?? ""));
    expect(words.length).toBeGreaterThan(5);
    expect(words).toEqual([...words].sort((a, b) => a.localeCompare(b, "en-GB")));
  });

  it("selects a finding's cell when the finding is chosen, and highlights it", async () => {
    const { page } = session;
    await refreshPane(page);
    await page.getByRole("button", { name: "Findings (20)" }).click();
    const finding = page.getByRole("button", { name: /^Plan!F28: Due date 'Feb-19' is before the plan's period/ });
    await finding.click();
    await expect(finding.getAttribute("aria-current")).resolves.toBe("true");
    await expect(page.locator("#selection").textContent()).resolves.toBe("Selected Plan!F28: Feb-19");
  });

  it("copies the committee sentence to the clipboard", async () => {
    const { page } = session;
    await refreshPane(page);
    await page.getByRole("button", { name: "Copy sentence" }).click();
    await page.getByRole("status").filter({ hasText: "Copied the sentence to the clipboard" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe("There are: 22 tasks marked amber, 37 tasks marked green, 0 tasks marked red, 24 tasks marked blue");
  });

  it("copies the sentence even where the Clipboard API is blocked, as in Excel on the web's frame", async () => {
    const { page } = session;
    await refreshPane(page);
    await page.evaluate(() => navigator.clipboard.writeText("something else"));
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("Blocked by permissions policy", "NotAllowedError"));
    });
    await page.getByRole("button", { name: "Copy sentence" }).click();
    await page.getByRole("status").filter({ hasText: "Copied the sentence to the clipboard" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("There are: 22 tasks marked amber, 37 tasks marked green, 0 tasks marked red, 24 tasks marked blue");
  });

  it("selects the sentence and says to press Ctrl+C when no way of copying works", async () => {
    const { page } = session;
    await refreshPane(page);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("Blocked by permissions policy", "NotAllowedError"));
      document.execCommand = () => false;
    });
    await page.getByRole("button", { name: "Copy sentence" }).click();
    await page.getByRole("status").filter({ hasText: "press Ctrl+C" }).waitFor();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toContain("There are: 22 tasks marked amber");
  });

  it("shows what changed since an earlier refresh, and copies the drafted committee paragraph", async () => {
    const { page } = session;
    await typeAsAt(page, "31/10/2019");
    await refreshPane(page);
    await page.getByRole("button", { name: "Changes", exact: true }).click();
    await page.getByText("No earlier refresh at least 28 days before this one is kept in this workbook.", { exact: false }).waitFor();

    for (const [typed, shown] of [
      ["31/12/2019", "31 December 2019"],
      ["31/01/2020", "31 January 2020"],
    ]) {
      await typeAsAt(page, typed as string);
      await page.getByRole("button", { name: "Refresh" }).click();
      await page.getByText(`as at ${shown}`).waitFor();
    }
    // by default the last report at least 28 days before; any remembered refresh can be chosen instead
    await page.getByRole("heading", { name: "Since 31 December 2019" }).waitFor();
    await page.getByLabel("Compare with").selectOption({ label: "The refresh as at 31 October 2019" });
    await page.getByRole("heading", { name: "Since 31 October 2019" }).waitFor();
    // nothing was edited in between, so only the passing of time shows: 25 actions fell due and are not done
    await expect(page.getByRole("heading", { name: "Newly overdue (25)" }).count()).resolves.toBe(1);
    await expect(page.getByRole("heading", { name: /^Completed/ }).count()).resolves.toBe(0);
    const first = page.getByRole("button", { name: /^Safe 1: Recruit DTM to chair first CIN meetings \(due Oct-19\)$/ });
    await first.click();
    await expect(page.locator("#selection").textContent()).resolves.toBe("Selected Plan!A17: Safe");
    expect(await axeViolations(session)).toEqual([]);

    await page.getByRole("button", { name: "Copy paragraph" }).click();
    await page.getByRole("status").filter({ hasText: "Copied the paragraph to the clipboard" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^There are: 22 tasks marked amber, 37 tasks marked green, 0 tasks marked red, 24 tasks marked blue\.\n\nNo tasks were completed since 31 October 2019\./);
    expect(copied).toContain("48 tasks are past their due date and not completed; 25 became overdue since 31 October 2019:");
    expect(copied).toContain("Key actions being undertaken in the next quarter:\nWork in the next quarter is to turn the 22 tasks marked amber to green.");
  });

  it("works by keyboard alone: tab to Refresh, run it, reach the findings and choose one", async () => {
    const { page } = session;
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        return (active?.getAttribute("aria-label") || active?.innerText || active?.tagName || "").trim();
      });
    const tabTo = async (name: string | RegExp, limit = 12, key = "Tab") => {
      const seen: string[] = [];
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press(key);
        const now = await focused();
        seen.push(now);
        if (typeof name === "string" ? now === name : name.test(now)) return seen;
      }
      throw new Error(`Tab never reached '${name}'; it went through: ${seen.join(" | ")}`);
    };
    await tabTo("Refresh");
    await page.keyboard.press("Enter");
    await page.getByText("There are:").waitFor();
    // the views come straight after Refresh, then the view itself: the sentence to copy heads the counts
    await tabTo("Copy sentence");
    await tabTo("Findings (20)", 12, "Shift+Tab");
    await page.keyboard.press("Enter");
    // past the views after Findings (Report, Plan, Settings) to the first finding
    await tabTo(/^Plan!G22:/, 5);
    await page.keyboard.press("Enter");
    await expect(page.locator("#selection").textContent()).resolves.toMatch(/^Selected Plan!G22/);
  });

  it("has no accessibility violations (axe-core) before and after Refresh, with findings open, and in settings", async () => {
    const { page } = session;
    expect(await axeViolations(session)).toEqual([]);
    await refreshPane(page);
    expect(await axeViolations(session)).toEqual([]);
    await page.getByRole("button", { name: "Findings (20)" }).click();
    expect(await axeViolations(session)).toEqual([]);
    await page.getByRole("button", { name: "Settings", exact: true }).click();
    await page.getByRole("button", { name: "Save settings in the workbook" }).waitFor();
    expect(await axeViolations(session)).toEqual([]);
  });

  it("saves settings that change the next refresh", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Settings", exact: true }).click();
    await page.getByLabel("Due soon window (days)").fill("60");
    await page.getByRole("button", { name: "Save settings in the workbook" }).click();
    await page.getByText("Settings saved in the workbook.").waitFor();
    await refreshPane(page);
    await page.getByRole("button", { name: "Counts", exact: true }).click();
    const total = page.getByRole("row").filter({ hasText: "Total (83)" });
    // 60 days from 31 January 2020 reaches seven due dates instead of one
    await expect(total.getByText("48 overdue · 7 due soon").count()).resolves.toBe(1);
  });

  it("refuses to save a summary sheet name Excel would refuse, saying why", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Settings", exact: true }).click();
    const name = page.getByLabel("Summary sheet name");
    await name.fill("History");
    await page.getByText("Excel cannot use this name for a sheet: Excel keeps the name History for itself.").waitFor();
    await page.getByRole("button", { name: "Save settings in the workbook" }).click();
    await expect(page.getByText("Settings saved in the workbook.").count()).resolves.toBe(0);
    await name.fill("BRAG summary");
    await expect(page.getByText("Excel cannot use this name for a sheet", { exact: false }).count()).resolves.toBe(0);
  });

  it("asks for nothing beyond its own origin", async () => {
    const { page, url, requests } = session;
    await refreshPane(page);
    const foreign = requests.filter((request) => !request.startsWith(url) && !request.startsWith("data:"));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(1);
  });

  it("fits the real pane width of 350 px", async () => {
    const { page } = session;
    await refreshPane(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(tmpdir(), "brag-pane.png"), fullPage: true });
  });
});

describeInBrowser("the as-at date, day first whatever the browser's locale", () => {
  it("typed as 31/01/2020 gives the same counts as ?asAt=2020-01-31, and is shown day first and long", async () => {
    const byQuery = await openPreview("2020-01-31");
    let expected: string[];
    try {
      await refreshPane(byQuery.page);
      expected = await byQuery.page.locator(".fui-Badge").allTextContents();
      await expect(byQuery.page.getByRole("combobox", { name: "As at" }).inputValue()).resolves.toBe("31/01/2020");
    } finally {
      await byQuery.close();
    }
    const typed = await openPreview("2019-06-30");
    try {
      const { page } = typed;
      await typeAsAt(page, "31/01/2020");
      await expect(page.getByRole("combobox", { name: "As at" }).inputValue()).resolves.toBe("31/01/2020");
      await refreshPane(page);
      await page.getByText("as at 31 January 2020").waitFor();
      expect(await page.locator(".fui-Badge").allTextContents()).toEqual(expected);
      expect(await axeViolations(typed)).toEqual([]);
      // the calendar opens by keyboard too (Alt+Down), on the date typed, and is as accessible
      await page.getByRole("combobox", { name: "As at" }).press("Alt+ArrowDown");
      await page.getByRole("grid").waitFor();
      await expect(page.getByRole("gridcell", { selected: true }).textContent()).resolves.toContain("31");
      expect(await axeViolations(typed)).toEqual([]);
    } finally {
      await typed.close();
    }
  });
});
