import ExcelJS from "exceljs";
import { refresh } from "../../src/engine";
import { applyOfficeEdits } from "../../src/excel/applyOfficeEdits";
import { readExcelSnapshot } from "../../src/excel/readExcelSnapshot";
import { refreshWorkbook } from "../../src/excel/refreshWorkbook";
import { SyncBudget } from "../../src/excel/syncBudget";
import { eventsLeftOff, turnEventsBackOn } from "../../src/excel/events";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { REQUEST_LIMIT_BYTES } from "../support/fakeExcel/context";

const AS_AT = { asAt: "2020-01-31" };

async function planWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"]);
  for (let i = 0; i < 600; i++) sheet.addRow([i % 60 === 0 ? `Section ${i / 60 + 1}` : "", i, "aim", "y".repeat(150), "Oct-19", "RG", i % 3 ? "ok" : "", ["Red", "Amber", "Green", "Blue"][i % 4]]);
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
  return loaded;
}

const stateOf = (excel: FakeExcel) => JSON.stringify({ sheets: excel.model.sheets.map((s) => [s.name, [...s.cells].sort(), s.merges, s.charts.length]), names: [...excel.model.names].sort() });

// a small request limit, so the write takes several requests and a drop can fall between them
const SMALL_LIMIT = REQUEST_LIMIT_BYTES / 40;

describe("a connection dropped while a refresh writes (Excel on the web)", () => {
  let workbook: ExcelJS.Workbook;
  let clean: string;
  let original: string;
  let writeSyncs: number;

  beforeAll(async () => {
    workbook = await planWorkbook();
    const excel = FakeExcel.fromWorkbook(workbook);
    original = stateOf(excel);
    const { edits } = refresh(await readExcelSnapshot(excel.requestContext), AS_AT);
    const reads = excel.context.syncCount;
    await applyOfficeEdits(excel.requestContext, edits, new SyncBudget(excel.requestContext, SMALL_LIMIT));
    writeSyncs = excel.context.syncCount - reads;
    const once = FakeExcel.fromWorkbook(workbook);
    await refreshWorkbook(once.requestContext, AS_AT);
    clean = stateOf(once);
  });

  it("takes several requests to write this plan, so drops can fall between them", () => {
    expect(writeSyncs).toBeGreaterThanOrEqual(3);
  });

  it("leaves the workbook unchanged when the first write request never arrives", async () => {
    const excel = FakeExcel.fromWorkbook(workbook);
    const { edits } = refresh(await readExcelSnapshot(excel.requestContext), AS_AT);
    excel.context.failSync(0, "request-lost");
    await expect(applyOfficeEdits(excel.requestContext, edits, new SyncBudget(excel.requestContext, SMALL_LIMIT))).rejects.toThrow(/network connection was lost/);
    expect(stateOf(excel)).toBe(original);
  });

  it.each(["request-lost", "response-lost"] as const)("is fully refreshed by the next Refresh, whichever request was lost (%s)", async (mode) => {
    for (let failing = 0; failing < writeSyncs; failing++) {
      const excel = FakeExcel.fromWorkbook(workbook);
      const { edits } = refresh(await readExcelSnapshot(excel.requestContext), AS_AT);
      excel.context.failSync(failing, mode);
      await expect(applyOfficeEdits(excel.requestContext, edits, new SyncBudget(excel.requestContext, SMALL_LIMIT))).rejects.toThrow();
      const retry = await refreshWorkbook(excel.requestContext, AS_AT);
      expect([failing, retry.refusal]).toEqual([failing, null]);
      expect([failing, stateOf(excel) === clean]).toEqual([failing, true]);
    }
  });

  it("switches events back on after a write that failed midway, so typing a status recolours it again", async () => {
    for (let failing = 1; failing < writeSyncs; failing++) {
      const excel = FakeExcel.fromWorkbook(workbook);
      const { edits } = refresh(await readExcelSnapshot(excel.requestContext), AS_AT);
      excel.context.failSync(failing, "request-lost");
      await expect(applyOfficeEdits(excel.requestContext, edits, new SyncBudget(excel.requestContext, SMALL_LIMIT))).rejects.toThrow(/network connection was lost/);
      expect([failing, excel.model.enableEvents]).toEqual([failing, true]);
    }
  });

  it("where turning events back on is refused too (the user typing in a cell), says they were left off, and they are turned on again once Excel lets it", async () => {
    const excel = FakeExcel.fromWorkbook(workbook);
    excel.model.ignoresDelayForCellEdit = true;
    const { edits } = refresh(await readExcelSnapshot(excel.requestContext), AS_AT);
    // the user starts typing as the last write request travels: it and the retry that turns events on are refused
    excel.context.whileRequest(excel.context.syncCount + writeSyncs - 1, () => excel.userStartsTyping("Plan", "H9"));
    await expect(applyOfficeEdits(excel.requestContext, edits, new SyncBudget(excel.requestContext, SMALL_LIMIT))).rejects.toThrow(/cell-editing mode/);
    expect([excel.model.enableEvents, eventsLeftOff()]).toEqual([false, true]);
    await excel.userPressesEnter("Red");
    await turnEventsBackOn(excel.requestContext);
    expect([excel.model.enableEvents, eventsLeftOff()]).toEqual([true, false]);
  });
});
