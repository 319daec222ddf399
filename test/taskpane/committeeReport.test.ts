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
