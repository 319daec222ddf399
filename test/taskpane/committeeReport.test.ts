import { readFileSync } from "fs";
import { join } from "path";
import { reportCommand } from "../../src/cli/reportCommand";
import { documentText } from "../support/docx/documentText";
import { fixtureDirectory } from "../support/fixtures/writeFixture";
import { PaneSession, axeViolations, describeInBrowser, openPreview, refreshPane } from "../support/paneDriver";

jest.setTimeout(60_000);

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-plan-2019-20.xlsx");
const quiet = { out: () => undefined, err: () => undefined };

describeInBrowser("the committee report from the pane, in the preview", () => {
  let session: PaneSession;
  beforeEach(async () => {
    session = await openPreview("2020-01-31");
  });
  afterEach(async () => {
    await session.close();
  });

  it("downloads the same document, word for word, as brag report writes for the same plan, date and details", async () => {
    const { page } = session;
    await refreshPane(page);
    await page.getByRole("button", { name: "Report", exact: true }).click();
    await page.getByRole("textbox", { name: "Committee", exact: true }).fill("Safeguarding Sub Committee – For Information");
    await page.getByRole("textbox", { name: "Report author" }).fill("Rachel Green, Service Manager");
    expect(await axeViolations(session)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download committee report" }).click()]);
    expect(download.suggestedFilename()).toBe("Committee report as at 2020-01-31.docx");
    const fromPane = await documentText(readFileSync((await download.path()) as string));
    await page.getByRole("status").filter({ hasText: "Downloads folder" }).waitFor();

    const docx = join(fixtureDirectory(), "report-from-cli.docx");
    const details = { committee: "Safeguarding Sub Committee – For Information", author: "Rachel Green, Service Manager" };
    expect(await reportCommand(SAMPLE, { docx, asAt: "2020-01-31", ...details }, quiet)).toBe(0);
    const fromCli = await documentText(readFileSync(docx));

    expect(fromPane.tables[0]?.[0]).toEqual(["Committee(s): Safeguarding Sub Committee – For Information", "Dated: [To complete: the committee's date]"]);
    expect(fromPane.paragraphs).toEqual(fromCli.paragraphs);
    expect(fromPane.tables).toEqual(fromCli.tables);
    // the document is built in the page, from the add-in's own origin
    expect(session.requests.every((url) => url.startsWith(session.url))).toBe(true);
  });

  it("keeps the report's details it was given for the next time, in the workbook's settings", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Report", exact: true }).click();
    await page.getByRole("textbox", { name: "Report of" }).fill("Andrew Carter, Director");
    await page.getByRole("button", { name: "Save details" }).click();
    await page.getByRole("button", { name: "Settings", exact: true }).click();
    await page.getByRole("button", { name: "Report", exact: true }).click();
    await expect(page.getByRole("textbox", { name: "Report of" }).inputValue()).resolves.toBe("Andrew Carter, Director");
    await expect(page.getByRole("button", { name: "Download committee report" }).isDisabled()).resolves.toBe(true);
    await expect(page.getByText("Choose Refresh first").count()).resolves.toBe(1);
  });
});

for (const width of [320, 350]) {
  describeInBrowser(`the Report view's details at ${width} px`, () => {
    let session: PaneSession;
    afterEach(async () => {
      await session.close();
    });

    it("shows each example as a hint under its box, never as grey text in it, and confirms a save with the keyboard left on Save", async () => {
      session = await openPreview("2020-01-31", undefined, width);
      const { page } = session;
      await page.getByRole("button", { name: "Report", exact: true }).click();
      const committee = page.getByRole("textbox", { name: "Committee", exact: true });
      await expect(committee.getAttribute("placeholder")).resolves.toBeNull();
      await expect(page.getByText("For example: Safeguarding Sub Committee – For Information").isVisible()).resolves.toBe(true);
      await committee.fill("Safeguarding Sub Committee");
      await page.getByRole("button", { name: "Save details" }).focus();
      await page.keyboard.press("Enter");
      await page.getByRole("status").filter({ hasText: "Details saved in the workbook." }).waitFor();
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Save details");
      expect(await axeViolations(session)).toEqual([]);
    });

    it("defines the statuses in the author's words and chooses the sections, saved with the details, and the download follows them", async () => {
      session = await openPreview("2020-01-31", undefined, width);
      const { page } = session;
      await refreshPane(page);
      await page.getByRole("button", { name: "Report", exact: true }).click();
      // the hint says what the report says when the box is left empty
      await expect(page.getByText("Leave empty to use: The actions are 'BRAG' rated, with blue meaning fully completed", { exact: false }).isVisible()).resolves.toBe(true);
      await page.getByRole("textbox", { name: "What each status means" }).fill("Blue is done; red is escalated to the board.");
      await page.getByRole("checkbox", { name: /^Chart of the sections/ }).uncheck();
      await page.getByRole("checkbox", { name: /^Stuck and late/ }).check();
      await page.getByRole("button", { name: "Save details" }).click();
      await page.getByRole("status").filter({ hasText: "Details saved in the workbook." }).waitFor();
      // away and back: what was saved is what shows
      await page.getByRole("button", { name: "Settings", exact: true }).click();
      await page.getByRole("button", { name: "Report", exact: true }).click();
      await expect(page.getByRole("checkbox", { name: /^Chart of the sections/ }).isChecked()).resolves.toBe(false);
      await expect(page.getByRole("checkbox", { name: /^Stuck and late/ }).isChecked()).resolves.toBe(true);
      expect(await axeViolations(session)).toEqual([]);

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download committee report" }).click()]);
      const document = await documentText(readFileSync((await download.path()) as string));
      expect(document.paragraphs).toContain("Blue is done; red is escalated to the board.");
      expect(document.paragraphs).toContain("Stuck and late");
      expect(document.xml).not.toContain("<c:chart");
    });

    it("with no plan found, offers no download and says why", async () => {
      session = await openPreview("2020-01-31", "tracker", width);
      const { page } = session;
      await page.getByRole("button", { name: "Refresh" }).click();
      await page.getByText("No plan was found", { exact: true }).waitFor();
      await page.getByRole("button", { name: "Report", exact: true }).click();
      await page.getByText("No plan was found, so there is no committee report to draft yet: choose the plan first.").waitFor();
      await expect(page.getByRole("button", { name: "Download committee report" }).isDisabled()).resolves.toBe(true);
      await expect(page.getByRole("button", { name: "Choose the plan" }).isVisible()).resolves.toBe(true);
      expect(await axeViolations(session)).toEqual([]);
    });
  });
}
