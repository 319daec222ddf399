import { PaneSession, axeViolations, describeInBrowser, openPreview, refreshPane } from "../support/paneDriver";

jest.setTimeout(90_000);

for (const width of [320, 350]) {
  describeInBrowser(`quieting the manager's findings in the pane at ${width} px`, () => {
    let session: PaneSession;
    beforeEach(async () => {
      session = await openPreview("2020-01-31", undefined, width);
      await refreshPane(session.page);
      await session.page.getByRole("button", { name: "Findings (20)" }).click();
    });
    afterEach(async () => {
      await session.close();
    });

    it("says that 'SaC' is SC, saved with the workbook's settings: the seven findings about it go, and stay gone", async () => {
      const { page } = session;
      const saying = page.getByRole("listitem").filter({ hasText: "Plan!G53:" });
      await saying.getByRole("combobox", { name: "'SaC' is" }).selectOption("SC");
      await saying.getByRole("button", { name: "Save: 'SaC' is SC" }).click();
      await page.getByRole("button", { name: "Findings (13)" }).waitFor();
      await expect(page.getByText("'SaC' is not among the people", { exact: false }).count()).resolves.toBe(0);
      expect(await axeViolations(session)).toEqual([]);
      // saved: a refresh reads it again from the workbook's settings
      await page.getByRole("button", { name: "Refresh" }).click();
      await page.getByRole("button", { name: "Findings (13)" }).waitFor();
    });

    it("dismisses a finding, lists it as dismissed, and shows it again on request", async () => {
      const { page } = session;
      await page.getByRole("button", { name: "Dismiss the finding at Plan!I51" }).click();
      await page.getByRole("button", { name: "Findings (19)" }).waitFor();
      const dismissed = page.getByRole("region", { name: "Dismissed (1)" });
      await expect(dismissed.getByText("Marked Blue (completed) with no comment", { exact: false }).count()).resolves.toBe(1);
      await expect(page.getByRole("button", { name: /^Plan!I51:/ }).count()).resolves.toBe(0);
      expect(await axeViolations(session)).toEqual([]);
      await dismissed.getByRole("button", { name: "Show the finding at Plan!I51 again" }).click();
      await page.getByRole("button", { name: "Findings (20)" }).waitFor();
      await expect(page.getByRole("region", { name: /^Dismissed/ }).count()).resolves.toBe(0);
    });
  });
}
