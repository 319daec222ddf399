import ExcelJS from "exceljs";
import { RibbonServices, RibbonMessage, refreshFromRibbon } from "../../src/commands/refreshFromRibbon";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { writeFixture } from "../support/fixtures/writeFixture";

function servicesFor(excel: FakeExcel, messages: RibbonMessage[], today = new Date(2020, 0, 31)): RibbonServices {
  return {
    run: (batch) => excel.run({ delayForCellEdit: true }, batch),
    now: () => excel.model.now ?? 0,
    after: () => new Promise(() => undefined),
    notify: (message) => {
      messages.push(message);
    },
    today: () => today,
  };
}

describe("the ribbon's Refresh", () => {
  it("says what moved since the last refresh at least 28 days before", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(buildPlan2019(), "ribbon-quarter.xlsx"));
    const messages: RibbonMessage[] = [];
    await refreshFromRibbon({ completed: jest.fn() }, servicesFor(excel, messages, new Date(2019, 9, 31)));
    await refreshFromRibbon({ completed: jest.fn() }, servicesFor(excel, messages, new Date(2020, 0, 31)));
    expect(messages.map((m) => m.text)).toEqual([
      "Refreshed as at 2019-10-31: 24 blue, 0 red, 22 amber, 37 green; 23 overdue; 20 findings (see the summary sheet).",
      "Refreshed as at 2020-01-31: 24 blue, 0 red, 22 amber, 37 green; 48 overdue; 20 findings (see the summary sheet). Since 2019-10-31: 0 completed, 0 newly red, 25 newly overdue.",
    ]);
  });

  it("names the actions not started, which are no BRAG status, beside the counts", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Project");
    sheet.addRow(["Task", "Owner", "Due", "Status"]);
    sheet.addRow(["Kick-off", "RG", "Oct-19", "Complete"]);
    sheet.addRow(["Design", "HS", "Mar-20", "Not started"]);
    sheet.addRow(["Build", "HS", "Jun-20", "On hold"]);
    const excel = await FakeExcel.fromXlsx(await writeFixture(workbook, "ribbon-not-started.xlsx"));
    const messages: RibbonMessage[] = [];
    await refreshFromRibbon({ completed: jest.fn() }, servicesFor(excel, messages));
    expect(messages[0]?.text).toMatch(/^Refreshed as at 2020-01-31: 1 blue, 0 red, 0 amber, 0 green, 2 not started; 0 overdue;/);
  });

  it("refreshes the workbook with no pane, says what it found, and completes", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(buildPlan2019(), "ribbon.xlsx"));
    const messages: RibbonMessage[] = [];
    const event = { completed: jest.fn() };
    await refreshFromRibbon(event, servicesFor(excel, messages));
    expect(messages).toEqual([
      { kind: "success", text: "Refreshed as at 2020-01-31: 24 blue, 0 red, 22 amber, 37 green; 48 overdue; 20 findings (see the summary sheet)." },
    ]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(excel.model.sheets.map((s) => s.name)).toContain("BRAG summary");
  });

  it("reports a protected sheet in words without writing anything, and completes", async () => {
    const workbook = buildPlan2019();
    await workbook.getWorksheet("Plan")!.protect("secret", { spinCount: 1 });
    const excel = await FakeExcel.fromXlsx(await writeFixture(workbook, "ribbon-protected.xlsx"));
    const before = JSON.stringify(excel.cells("Plan"));
    const messages: RibbonMessage[] = [];
    const event = { completed: jest.fn() };
    await refreshFromRibbon(event, servicesFor(excel, messages));
    expect(messages).toEqual([{ kind: "refused", text: expect.stringContaining("Sheet 'Plan' is protected, so BRAG Tracker changed nothing") }]);
    expect(JSON.stringify(excel.cells("Plan"))).toBe(before);
    expect(excel.model.sheets).toHaveLength(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("where no plan is found, says where the most plan-like table is, what it lacks, and to point to it in the pane", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Tracker");
    sheet.addRow(["Task Name", "Due Date", "Owner", "Flag"]);
    sheet.addRow(["Draft the brief", "31/10/2019", "RG", "X"]);
    const excel = await FakeExcel.fromXlsx(await writeFixture(workbook, "ribbon-no-plan.xlsx"));
    const messages: RibbonMessage[] = [];
    await refreshFromRibbon({ completed: jest.fn() }, servicesFor(excel, messages));
    expect(messages).toEqual([
      {
        kind: "refused",
        text:
          "No plan was found, so BRAG Tracker changed nothing. Sheet 'Tracker' row 1 has Task Name, Due Date and Owner but no status column, and no column of Blue, Red, Amber or Green beneath it. " +
          "If that is the plan, point to it and say which column holds its statuses. To point to it, choose Show panel, then Choose the plan.",
      },
    ]);
  });

  it("reports a failure in words, never swallowing it, and still completes", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(new ExcelJS.Workbook().addWorksheet("Plan").workbook, "ribbon-fail.xlsx"));
    excel.context.failAfterActions = 0;
    const messages: RibbonMessage[] = [];
    const event = { completed: jest.fn() };
    await refreshFromRibbon(event, servicesFor(excel, messages));
    expect(messages).toEqual([{ kind: "error", text: expect.stringMatching(/^Refresh could not finish: The network connection was lost/) }]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes even when the notification itself fails", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(buildPlan2019(), "ribbon-notify.xlsx"));
    const event = { completed: jest.fn() };
    const services = { ...servicesFor(excel, []), notify: () => Promise.reject(new Error("dialog blocked")) };
    await expect(refreshFromRibbon(event, services)).rejects.toThrow("dialog blocked");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
