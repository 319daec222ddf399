import { PaneSession, axeViolations, describeInBrowser, openPreview } from "../support/paneDriver";

jest.setTimeout(90_000);

/** The badges of the Total row, as the pane shows them. */
async function totals(session: PaneSession): Promise<string[]> {
  await session.page.getByRole("button", { name: "Counts", exact: true }).click();
  return session.page.getByRole("row").filter({ hasText: /^Total/ }).locator(".fui-Badge").allTextContents();
}

describeInBrowser("pointing to the plan in the pane, on a tracker where finding it fails", () => {
  let session: PaneSession;
  beforeEach(async () => {
    session = await openPreview("2020-01-31", "tracker");
  });
  afterEach(async () => {
    await session.close();
  });

  it("chooses the header row, maps the State column to Status, counts 'On plan' as green, and sees the counts change", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByText("No plan was found", { exact: true }).waitFor();
    // where the nearest table is and what it lacks, in the pane's words: the button, never an option to type
    const said = await page.getByText(/No plan table found on Tracker\./).textContent();
    expect(said).toMatch(/Sheet 'Tracker' row 5 has Task Name, Owner, Finish and Workstream but no status column.*If that is the plan, point to it and say which column holds its statuses\.$/);
    expect(said).not.toMatch(/brag|--table|--column/);
    expect(await axeViolations(session)).toEqual([]);

    await page.getByRole("button", { name: "Choose the plan" }).click();
    await page.getByLabel("A cell of the plan's header row").fill("C5");
    expect(await axeViolations(session)).toEqual([]);
    await page.getByRole("button", { name: "Use this table" }).click();
    await page.getByRole("heading", { name: "Columns of Tracker!B5:F11" }).waitFor();
    await expect(page.getByRole("combobox", { name: "Column B: Task Name" }).textContent()).resolves.toBe("Action");
    await expect(page.getByRole("combobox", { name: "Column E: State" }).textContent()).resolves.toBe("Ignore");
    expect(await totals(session)).toEqual(["0 Blue", "0 Red", "0 Amber", "0 Green", "6 No status"]);

    await page.getByRole("button", { name: "Plan", exact: true }).click();
    await page.getByRole("combobox", { name: "Column E: State" }).click();
    await page.getByRole("option", { name: "Status" }).click();
    await page.getByRole("button", { name: "Save the columns and refresh" }).click();
    await page.getByRole("heading", { name: "Status words not recognised" }).waitFor();
    await expect(page.getByText("'On plan' (3 actions): count as").count()).resolves.toBe(1);
    expect(await axeViolations(session)).toEqual([]);
    expect(await totals(session)).toEqual(["1 Blue", "1 Red", "0 Amber", "0 Green", "4 No status"]);

    await page.getByRole("button", { name: "Plan", exact: true }).click();
    await page.getByRole("button", { name: "Count 'On plan' as Green" }).click();
    await page.getByRole("button", { name: "Count 'Slipping' as Amber" }).waitFor();
    await expect(page.getByText("'On plan' (3 actions): count as").count()).resolves.toBe(0);
    expect(await totals(session)).toEqual(["1 Blue", "1 Red", "0 Amber", "3 Green", "1 No status"]);
    await expect(page.getByText("There are: 0 tasks marked amber, 3 tasks marked green, 1 task marked red, 1 task marked blue, 1 task with no recognised status").count()).resolves.toBe(1);
    expect(await axeViolations(session)).toEqual([]);
  });

  it("fills in the header cell from the cell selected, here the one a finding went to", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByRole("button", { name: "Choose the plan" }).click();
    await page.getByLabel("A cell of the plan's header row").fill("D5");
    await page.getByRole("button", { name: "Use this table" }).click();
    await page.getByRole("heading", { name: "Columns of Tracker!B5:F11" }).waitFor();
    await page.getByRole("button", { name: /^Findings/ }).click();
    await page.getByRole("button", { name: /^Tracker!B5: This plan has no Status column/ }).click();
    await page.getByRole("button", { name: "Plan", exact: true }).click();
    await page.getByLabel("A cell of the plan's header row").fill("");
    await page.getByRole("button", { name: "Use the selected cell" }).click();
    await expect(page.getByLabel("A cell of the plan's header row").inputValue()).resolves.toBe("B5");
  });
});
