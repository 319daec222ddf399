import ExcelJS from "exceljs";
import { STATUS_LOOK } from "../../src/engine/plan/palette";
import { OfficeBragService } from "../../src/excel/officeBragService";
import { refreshFromRibbon } from "../../src/commands/refreshFromRibbon";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";

/** A plan on one sheet: Section, Ref, Aim, Action, Due, Lead, Comments, Status (H). */
function plan(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"]);
  for (let i = 0; i < 10; i++) sheet.addRow(["Safe", i + 1, `Aim ${i}`, `Action ${i}`, "Jun-20", "RG", `Comment ${i}`, "Green"]);
  return workbook;
}

/** The pane's Office code, running against the fake as it would inside Excel. */
function paneOn(excel: FakeExcel, mode?: "ReadOnly" | "ReadWrite"): OfficeBragService {
  inExcel(excel, mode);
  return new OfficeBragService();
}

/** Office.js's globals as one runtime sees them: the pane's code reaches Excel through whichever is current, so a test of two runtimes switches between them. */
function inExcel(excel: FakeExcel, mode?: "ReadOnly" | "ReadWrite"): void {
  Object.assign(globalThis, {
    Excel: { run: excel.run.bind(excel) },
    Office: {
      context: { requirements: { isSetSupported: () => true }, ...(mode ? { document: { mode } } : {}) },
      DocumentMode: { ReadOnly: "ReadOnly", ReadWrite: "ReadWrite" },
    },
    window: globalThis,
  });
}

/** The plan, refreshed from the pane: what most tests begin with. */
async function refreshedPane(): Promise<{ excel: FakeExcel; pane: OfficeBragService }> {
  const excel = FakeExcel.fromWorkbook(plan());
  const pane = paneOn(excel);
  await pane.refresh("2020-01-31");
  return { excel, pane };
}

/** The pane's Office code, counting the times it says its report is out of date. */
function watchedPane(excel: FakeExcel): { pane: OfficeBragService; stale: () => number } {
  const pane = paneOn(excel);
  let told = 0;
  pane.onStale(() => told++);
  return { pane, stale: () => told };
}

// the pane recolours typing once it pauses
const settled = () => new Promise((resolve) => setTimeout(resolve, 600));

describe("the pane's Office code on the strict fake", () => {
  it("goes to a finding's cell, and reads back the cell the user selects to point to a plan's header", async () => {
    const workbook = plan();
    workbook.addWorksheet("Sheet 1").getCell("B25").value = "Task Name";
    const excel = FakeExcel.fromWorkbook(workbook);
    const pane = paneOn(excel);
    expect(await pane.selectedCell()).toEqual({ sheet: "Plan", cell: "A1" });
    await pane.select({ sheet: "Plan", cell: "H3" });
    expect(excel.selection).toEqual({ sheet: "Plan", cell: "H3" });
    excel.userSelects("Sheet 1", "C25");
    expect(await pane.selectedCell()).toEqual({ sheet: "Sheet 1", cell: "C25" });
  });

  it("recolours a status the user types while the pane is open", async () => {
    const { excel } = await refreshedPane();
    await excel.userEdits("Plan", "H3", "Red");
    await settled();
    expect(excel.cell("Plan", "H3")?.fill).toBe(STATUS_LOOK.red.fill);
  });

  it("after the user inserts a column, recolours the status column where it now is and leaves the cell that moved into its place alone", async () => {
    const { excel } = await refreshedPane();
    await excel.userInsertsColumn("Plan", "C");
    excel.cell("Plan", "H4")!.fill = "FFFF00";
    // H is now the Comments column; the statuses are in I
    await excel.userEdits("Plan", "H4", "Red");
    await excel.userEdits("Plan", "I5", "Amber");
    await settled();
    expect(excel.cell("Plan", "H4")?.fill).toBe("FFFF00");
    expect(excel.cell("Plan", "I5")?.fill).toBe(STATUS_LOOK.amber.fill);
  });

  it("reads no more than the plan when the user clears a whole column", async () => {
    const { excel } = await refreshedPane();
    const before = excel.context.syncs.length;
    await excel.userEdits("Plan", "H:H", "");
    await settled();
    const recolouring = excel.context.syncs.slice(before);
    expect(Math.max(...recolouring.map((sync) => sync.responseBytes))).toBeLessThan(100 * 1024);
  });

  it("after a refresh from the ribbon beside it, says its own report is no longer the workbook's", async () => {
    const excel = FakeExcel.fromWorkbook(plan());
    const { pane, stale } = watchedPane(excel);
    await pane.refresh("2020-01-31");
    // the ribbon's function file runs in a runtime of its own, and switches off only its own events
    const ribbon = excel.otherRuntime();
    await refreshFromRibbon({ completed: () => undefined }, { run: (batch) => ribbon.run(batch), notify: () => undefined, today: () => new Date(2020, 5, 30), now: () => 0, after: () => new Promise(() => undefined) });
    await settled();
    expect(stale()).toBe(1);
  });

  it("does not take its own refresh, or one that changed nothing it shows, for a refresh from elsewhere", async () => {
    const excel = FakeExcel.fromWorkbook(plan());
    const { pane, stale } = watchedPane(excel);
    await pane.refresh("2020-01-31");
    await pane.refresh("2020-01-31");
    await excel.userEdits("Plan", "H3", "Red");
    await settled();
    expect(stale()).toBe(0);
  });
});

describe("a status typed while a refresh is writing", () => {
  it("keeps the colour of what was typed, not of what the refresh had read, though the pane's events were off", async () => {
    // the pane's first write request, found on a copy: the first that keeps the screen still
    const dry = FakeExcel.fromWorkbook(plan());
    await paneOn(dry).refresh("2020-01-31");
    const firstWrite = dry.context.syncs.findIndex((sync) => sync.screenSuspended);
    const excel = FakeExcel.fromWorkbook(plan());
    const pane = paneOn(excel);
    excel.context.whileRequest(firstWrite, () => void excel.userEdits("Plan", "H3", "Red"));
    await pane.refresh("2020-01-31");
    await settled();
    expect([excel.cell("Plan", "H3")?.value, excel.cell("Plan", "H3")?.fill]).toEqual(["Red", STATUS_LOOK.red.fill]);
    expect(excel.cell("Plan", "H4")?.fill).toBe(STATUS_LOOK.green.fill);
  });
});

describe("a workbook open read-only", () => {
  it("is counted, and the pane says in a sentence that nothing was written, instead of Excel's bare refusal", async () => {
    const excel = FakeExcel.fromWorkbook(plan());
    excel.model.readOnly = true;
    const outcome = await paneOn(excel, "ReadOnly").refresh("2020-01-31");
    expect(outcome.refusal?.message).toMatch(/^This workbook is open read-only, so BRAG Tracker changed nothing/);
    expect(outcome.report.totals.green).toBe(10);
    expect(excel.model.sheets.map((sheet) => sheet.name)).toEqual(["Plan"]);
  });

  it("a workbook open for editing is refreshed as ever", async () => {
    const excel = FakeExcel.fromWorkbook(plan());
    expect((await paneOn(excel, "ReadWrite").refresh("2020-01-31")).refusal).toBeNull();
  });
});

describe("event handlers belong to their sheet", () => {
  it("recolours on a plan sheet deleted and put back under its name, once refreshed, and on a sheet renamed", async () => {
    const { excel, pane } = await refreshedPane();
    excel.userAddsCopyOf(excel.userDeletesSheet("Plan"));
    await pane.refresh("2020-01-31");
    await excel.userEdits("Plan", "H3", "Red");
    await settled();
    expect(excel.cell("Plan", "H3")?.fill).toBe(STATUS_LOOK.red.fill);
    excel.userRenamesSheet("Plan", "Plan 2020");
    await excel.userEdits("Plan 2020", "H4", "Amber");
    await settled();
    expect(excel.cell("Plan 2020", "H4")?.fill).toBe(STATUS_LOOK.amber.fill);
  });
});

describe("with co-authors on the workbook", () => {
  it("keeps both colleagues' settings when each saves a change to what they loaded", async () => {
    const excel = FakeExcel.fromWorkbook(plan());
    const mine = paneOn(excel);
    const loadedMine = await mine.loadSettings();
    const colleague = paneOn(excel.otherRuntime());
    const loadedTheirs = await colleague.loadSettings();
    await colleague.saveSettings({ ...loadedTheirs, vocabulary: { ...loadedTheirs.vocabulary, "on track": "green" } });
    inExcel(excel);
    const saved = await mine.saveSettings({ ...loadedMine, dueSoonDays: 14 });
    expect([saved.dueSoonDays, saved.vocabulary["on track"]]).toEqual([14, "green"]);
    expect(await paneOn(excel.otherRuntime()).loadSettings()).toEqual(saved);
  });

  it("recolours a status in a word a colleague has just added, though this pane loaded its settings before", async () => {
    const excel = FakeExcel.fromWorkbook(plan());
    const pane = paneOn(excel);
    await pane.loadSettings();
    await pane.refresh("2020-01-31");
    const colleague = paneOn(excel.otherRuntime());
    const theirs = await colleague.loadSettings();
    await colleague.saveSettings({ ...theirs, vocabulary: { ...theirs.vocabulary, "on track": "green", "held up": "red" } });
    inExcel(excel);
    await excel.userEdits("Plan", "H3", "Held up");
    await settled();
    expect(excel.cell("Plan", "H3")?.fill).toBe(STATUS_LOOK.red.fill);
  });

  it("leaves a co-author's edit to their own Excel to recolour: each colour is written once, by the runtime of whoever typed it", async () => {
    const { excel } = await refreshedPane();
    const before = excel.context.syncs.length;
    await excel.colleagueEdits("Plan", "H3", "Red");
    await settled();
    expect(excel.context.syncs.length).toBe(before);
    expect(excel.cell("Plan", "H3")?.fill).toBe(STATUS_LOOK.green.fill);
  });
});

describe("while the user types in a cell (cell-edit mode)", () => {
  it("recolours every status typed in quick succession, though the user was already typing in the next cell when the recolour ran", async () => {
    const { excel } = await refreshedPane();
    await excel.userEdits("Plan", "H3", "Red");
    excel.userStartsTyping("Plan", "H4");
    await settled();
    await excel.userPressesEnter("Amber");
    excel.userStartsTyping("Plan", "H5");
    await settled();
    await excel.userPressesEnter("Blue");
    await settled();
    expect(["H3", "H4", "H5"].map((cell) => excel.cell("Plan", cell)?.fill)).toEqual([STATUS_LOOK.red.fill, STATUS_LOOK.amber.fill, STATUS_LOOK.blue.fill]);
  });

  it("where Excel fails the recolour though asked to wait, it is tried again until it gets through", async () => {
    const excel = FakeExcel.fromWorkbook(plan());
    excel.model.ignoresDelayForCellEdit = true;
    const pane = paneOn(excel);
    await pane.refresh("2020-01-31");
    await excel.userEdits("Plan", "H3", "Red");
    excel.userStartsTyping("Plan", "H4");
    await settled();
    await excel.userPressesEnter("Amber");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(["H3", "H4"].map((cell) => excel.cell("Plan", cell)?.fill)).toEqual([STATUS_LOOK.red.fill, STATUS_LOOK.amber.fill]);
  });

  it("a Refresh chosen while a cell is being typed in waits for the user to leave it, then refreshes", async () => {
    const excel = FakeExcel.fromWorkbook(plan());
    const pane = paneOn(excel);
    excel.userStartsTyping("Plan", "H2");
    const refreshed = pane.refresh("2020-01-31");
    await settled();
    await excel.userPressesEnter("Red");
    const outcome = await refreshed;
    expect(outcome.report.totals.red).toBe(1);
    expect(excel.cell("Plan", "H2")?.fill).toBe(STATUS_LOOK.red.fill);
  });
});

describe("where the pane can save the committee report as a download", () => {
  // Office.PlatformType's values, as office.js defines them
  const PlatformType = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" };
  it.each([
    ["OfficeOnline", true],
    ["PC", true],
    ["Mac", false],
    ["iOS", false],
  ])("in Excel on %s: %p", (platform, saves) => {
    Object.assign(globalThis, { Office: { PlatformType, context: { diagnostics: { platform } } } });
    expect(new OfficeBragService().savesFiles).toBe(saves);
  });
});
