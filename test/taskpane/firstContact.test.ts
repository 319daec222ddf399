import AxeBuilder from "@axe-core/playwright";
import { PaneSession, axeViolations, describeInBrowser, openPreview, refreshPane, typeAsAt } from "../support/paneDriver";

jest.setTimeout(90_000);

const HEIGHT = 800;

for (const width of [320, 350]) {
  describeInBrowser(`first contact with the pane at ${width} × ${HEIGHT} px`, () => {
    let session: PaneSession;
    afterEach(async () => {
      await session.close();
    });

    const open = async (sample?: "tracker") => {
      session = await openPreview("2020-01-31", sample, width);
      await session.page.setViewportSize({ width, height: HEIGHT });
      return session.page;
    };

    it("with no plan found, offers nothing to copy and no empty table, and says what to do under a title of its own, in the pane's words", async () => {
      const page = await open("tracker");
      await page.getByRole("button", { name: "Refresh" }).click();
      const title = page.getByText("No plan was found", { exact: true });
      await title.waitFor();
      await expect(page.getByRole("button", { name: /^Copy/ }).count()).resolves.toBe(0);
      await expect(page.getByText("There are:").count()).resolves.toBe(0);
      await expect(page.getByRole("row").count()).resolves.toBe(0);
      await page.getByText("Nothing was counted: choose the plan first.").waitFor();
      // the bold title on a line of its own, above the sentence
      const said = page.getByText(/^No plan table found on Tracker\./);
      const [titleBox, saidBox] = [await title.boundingBox(), await said.boundingBox()];
      expect(titleBox!.y + titleBox!.height).toBeLessThanOrEqual(saidBox!.y + 1);
      await expect(said.textContent()).resolves.not.toMatch(/brag|--table|--column/);
      expect(await axeViolations(session)).toEqual([]);
    });

    it("refuses the title cell as the plan's header, says why, and still shows where the nearest header is", async () => {
      const page = await open("tracker");
      await page.getByRole("button", { name: "Refresh" }).click();
      await page.getByRole("button", { name: "Choose the plan" }).click();
      await page.getByLabel("A cell of the plan's header row").fill("A1");
      await page.getByRole("button", { name: "Use this table" }).click();
      await page.getByText(/^'?Tracker'?!A1 was chosen as the plan's header, but its row names no actions and no status/).waitFor();
      await expect(page.getByText(/Sheet 'Tracker' row 5 has Task Name/).count()).resolves.toBeGreaterThan(0);
      await expect(page.getByText("add a Status column", { exact: false }).count()).resolves.toBe(0);
      expect(await axeViolations(session)).toEqual([]);
    });

    it("keeps the views in two even rows at the top as the pane scrolls, the counts and their sentence in the first screen", async () => {
      const page = await open();
      await refreshPane(page);
      const views = page.getByRole("navigation", { name: "Views" }).getByRole("button");
      await expect(views.count()).resolves.toBe(6);
      const boxes = await Promise.all([0, 1, 2, 3, 4, 5].map(async (index) => (await views.nth(index).boundingBox())!));
      expect(new Set(boxes.map((box) => Math.round(box.y))).size).toBe(2);
      expect(new Set(boxes.map((box) => Math.round(box.width))).size).toBe(1);
      // the view starts high enough that most of the counts show without scrolling
      const counts = (await page.getByRole("region", { name: "Counts" }).boundingBox())!;
      expect(counts.y).toBeLessThan(300);
      await page.getByRole("button", { name: "Copy sentence" }).waitFor();
      expect((await page.getByRole("button", { name: "Copy sentence" }).boundingBox())!.y).toBeLessThan(HEIGHT);

      // scrolled to the foot of a long view, the views are still there to switch with
      await page.getByRole("button", { name: "Findings (20)" }).click();
      await page.mouse.wheel(0, 5000);
      await page.waitForFunction(() => window.scrollY > 500);
      const stuck = (await page.getByRole("button", { name: "Counts", exact: true }).boundingBox())!;
      expect(stuck.y).toBeGreaterThanOrEqual(0);
      expect(stuck.y).toBeLessThan(60);
      await page.getByRole("button", { name: "Changes", exact: true }).click();
      await page.getByRole("region", { name: "Changes" }).waitFor();
      expect(await axeViolations(session)).toEqual([]);
    });

    it("confirms a copy beside the button, covering nothing", async () => {
      const page = await open();
      await refreshPane(page);
      await page.getByRole("button", { name: "Copy sentence" }).click();
      const confirmation = page.getByRole("status").filter({ hasText: "Copied the sentence to the clipboard" });
      await confirmation.waitFor();
      const card = (await page.getByLabel("Committee sentence").boundingBox())!;
      const box = (await confirmation.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(card.y);
      expect(box.y + box.height).toBeLessThanOrEqual(card.y + card.height);
    });

    it("shows due dates as the plan shows them ('Oct-19'), and the as-at date one way", async () => {
      const page = await open();
      await typeAsAt(page, "31/10/2019");
      await refreshPane(page);
      await typeAsAt(page, "31/01/2020");
      await page.getByRole("button", { name: "Refresh" }).click();
      await page.getByText("as at 31 January 2020", { exact: false }).waitFor();
      await page.getByRole("button", { name: "Changes", exact: true }).click();
      await page.getByRole("heading", { name: "Since 31 October 2019" }).waitFor();
      await page.getByRole("button", { name: /^Safe 1: Recruit DTM to chair first CIN meetings \(due Oct-19\)$/ }).waitFor();
      await expect(page.getByText(/due \d{4}-\d{2}-\d{2}/).count()).resolves.toBe(0);
      await expect(page.getByText("as at 31 January 2020", { exact: false }).count()).resolves.toBeGreaterThan(0);
      expect(await axeViolations(session)).toEqual([]);
    });

    it("colours each status as the workbook does, words at 4.5:1 or more, and lists the status words in Settings alphabetically", async () => {
      const page = await open();
      await refreshPane(page);
      const total = page.getByRole("row").filter({ hasText: "Total (83)" });
      const colours = (text: string) => total.getByText(text, { exact: true }).evaluate((badge) => [getComputedStyle(badge).backgroundColor, getComputedStyle(badge).color]);
      expect(await colours("22 Amber")).toEqual(["rgb(255, 192, 0)", "rgb(0, 0, 0)"]);
      expect(await colours("37 Green")).toEqual(["rgb(0, 176, 80)", "rgb(0, 0, 0)"]);
      await page.getByRole("button", { name: "Settings", exact: true }).click();
      const words = await page.getByRole("table", { name: "Status words" }).getByRole("row").evaluateAll((rows) => rows.slice(1).map((row) => row.querySelector("td")?.textContent ?? ""));
      expect(words).toEqual([...words].sort((a, b) => a.localeCompare(b, "en-GB")));
      expect(await axeViolations(session)).toEqual([]);
    });

    it("has help that tells of the Report view and the Word report", async () => {
      const page = await open();
      const [help] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: "Help" }).click()]);
      await help.waitForLoadState();
      await help.getByRole("heading", { name: "The committee report" }).waitFor();
      await expect(help.getByText(/Report\s+view drafts the committee report as a Word document/).count()).resolves.toBe(1);
      expect((await new AxeBuilder({ page: help }).analyze()).violations.map((violation) => violation.id)).toEqual([]);
    });
  });
}
