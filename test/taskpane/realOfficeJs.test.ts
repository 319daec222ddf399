import { axeViolations, describeInBrowser, openAddinPage } from "../support/paneDriver";

jest.setTimeout(60_000);

describeInBrowser("the add-in's pages with the real Office.js, outside any Office host", () => {
  it("the task pane says it runs inside Excel, links to the preview, and logs no error", async () => {
    const session = await openAddinPage("taskpane.html");
    try {
      const { page } = session;
      await page.getByText("BRAG Tracker runs inside Excel").waitFor();
      await page.getByRole("link", { name: "See it work on a sample plan" }).waitFor();
      expect(await page.evaluate(() => typeof Office.onReady)).toBe("function");
      expect(session.requests.some((url) => url.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/office.js"))).toBe(true);
      expect(session.consoleErrors).toEqual([]);
      expect(await axeViolations(session)).toEqual([]);
      await page.getByRole("link", { name: "See it work on a sample plan" }).click();
      await page.getByRole("button", { name: "Refresh" }).waitFor();
    } finally {
      await session.close();
    }
  });

  it("where Excel's browser cannot run the pane's script, the pane says so in a sentence rather than staying blank", async () => {
    const session = await openAddinPage("taskpane.html", { unparsableScripts: true });
    try {
      const { page } = session;
      await page.getByText("Starting BRAG Tracker").waitFor();
      await page.getByText("this version of Excel cannot run the BRAG Tracker panel").waitFor({ state: "visible", timeout: 15_000 });
      expect(session.consoleErrors.join("\n")).toMatch(/SyntaxError|Unexpected token/);
      expect(await axeViolations(session)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("the commands page registers the ribbon's refreshPlan without an error", async () => {
    const session = await openAddinPage("commands.html");
    try {
      const { page } = session;
      await page.waitForFunction(() => typeof Office !== "undefined" && typeof Office.onReady === "function");
      await page.evaluate(() => Office.onReady());
      // Office.js keeps the associations in an internal map (its m_mappings); reading it is the only way to see one outside Excel
      const associated = await page.evaluate(() => {
        const association = (Office.actions as unknown as { _association?: { m_mappings?: Record<string, unknown> } })._association;
        return Object.keys(association?.m_mappings ?? {}).map((name) => name.toLowerCase());
      });
      expect(associated).toContain("refreshplan");
      expect(session.consoleErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
