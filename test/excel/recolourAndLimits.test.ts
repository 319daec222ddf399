import ExcelJS from "exceljs";
import { PLAIN_LOOK, STATUS_LOOK } from "../../src/engine/plan/palette";
import { recolourEdits, refresh, withDefaults } from "../../src/engine";
import { applyOfficeEdits, applyLookEdits } from "../../src/excel/applyOfficeEdits";
import { readExcelSnapshot } from "../../src/excel/readExcelSnapshot";
import { readLooks } from "../../src/excel/readLooks";
import { SyncBudget } from "../../src/excel/syncBudget";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { REQUEST_LIMIT_BYTES } from "../support/fakeExcel/context";
import { writeFixture } from "../support/fixtures/writeFixture";

const plans = [{ sheet: "Plan", range: "A1:H20", title: "Plan", statusColumn: "H" }];
const settings = withDefaults();

describe("recolouring a status the user types, while the pane is open", () => {
  it("colours an edited status cell by its new status", () => {
    expect(recolourEdits([{ sheet: "Plan", cell: "H5", text: "red" }], plans, settings)).toEqual([{ sheet: "Plan", look: STATUS_LOOK.red, cells: ["H5"] }]);
  });

  it("takes the colour off a status that is no longer one, and leaves an emptied cell alone", () => {
    expect(recolourEdits([{ sheet: "Plan", cell: "H5", text: "Purple" }], plans, settings)).toEqual([{ sheet: "Plan", look: PLAIN_LOOK, cells: ["H5"] }]);
    expect(recolourEdits([{ sheet: "Plan", cell: "H6", text: "" }], plans, settings)).toEqual([]);
  });

  it("ignores edits outside a plan's status column, and its header", () => {
    const edits = [
      { sheet: "Plan", cell: "G5", text: "Green" },
      { sheet: "Plan", cell: "H1", text: "Green" },
      { sheet: "Plan", cell: "H25", text: "Green" },
      { sheet: "Notes", cell: "H5", text: "Green" },
    ];
    expect(recolourEdits(edits, plans, settings)).toEqual([]);
  });

  it("applies the new colours in one sync, with events off", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Plan").getCell("H5").value = "Amber";
    const excel = await FakeExcel.fromXlsx(await writeFixture(workbook, "recolour.xlsx"));
    await applyLookEdits(excel.requestContext, recolourEdits([{ sheet: "Plan", cell: "H5", text: "Amber" }], plans, settings));
    expect(excel.context.syncCount).toBe(1);
    expect(excel.context.writesWithEventsOn).toBe(0);
    expect(excel.cell("Plan", "H5")).toMatchObject({ fill: STATUS_LOOK.amber.fill });
  });
});

describe("Excel on the web's answer limit, reading colours", () => {
  it("reads a block of colours whose answer is too large alone as two, and so on, losing none", async () => {
    const workbook = new ExcelJS.Workbook();
    const name = "Improvement plan 2019-20 (CSC)";
    const sheet = workbook.addWorksheet(name);
    for (let row = 1; row <= 3000; row++) {
      const cell = sheet.getCell(`H${row}`);
      cell.value = "Red";
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFC00000" } };
    }
    const excel = FakeExcel.fromWorkbook(workbook);
    // a tenth of what 3,000 cells' colours take: one block alone is refused
    excel.context.responseLimit = 40_000;
    const { fills } = await readLooks(excel.requestContext, [{ sheet: name, ranges: ["H1:H3000"] }]);
    expect(Object.keys(fills[name] ?? {})).toHaveLength(3000);
    expect(fills[name]?.H2999).toBe("C00000");
    expect(Math.max(...excel.context.syncs.filter((sync) => !sync.refused).map((sync) => sync.responseBytes))).toBeLessThanOrEqual(40_000);
  });
});

describe("Excel on the web's request limit", () => {
  it("splits the write into more syncs only when a request would pass the limit, fills each before sending it, and loses nothing", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Plan");
    sheet.addRow(["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"]);
    for (let i = 0; i < 1500; i++) sheet.addRow([i % 100 === 0 ? `Section ${i}` : "", i, "aim", "x".repeat(200), "Oct-19", "RG", "", ["Red", "Amber"][i % 2]]);
    const excel = await FakeExcel.fromXlsx(await writeFixture(workbook, "big-request.xlsx"));
    const { report, edits } = refresh(await readExcelSnapshot(excel.requestContext), { asAt: "2020-01-31" });
    const reads = excel.context.syncCount;
    // a fortieth of the real limit, so a plan this size must be split (its summary lists at most 250 of each kind)
    const limit = REQUEST_LIMIT_BYTES / 40;
    await applyOfficeEdits(excel.requestContext, edits, new SyncBudget(excel.requestContext, limit));
    const writes = excel.context.syncs.slice(reads);
    expect(writes.length).toBeGreaterThan(1);
    // never past the limit: room is reserved before an operation is queued, not after
    expect(Math.max(...writes.map((sync) => sync.bytes))).toBeLessThanOrEqual(limit);
    // and no more requests than the bytes need: each is filled before a round trip is spent
    const total = writes.reduce((sum, sync) => sum + sync.bytes, 0);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / (limit * 0.9)) + 1);
    expect(report.actions.filter((a) => !excel.cell("Plan", `H${a.row}`)?.fill)).toEqual([]);
    // each request that writes keeps the screen still until it has run; the last only turns events back on
    expect(writes.slice(0, -1).map((sync) => sync.screenSuspended === true)).toEqual(writes.slice(0, -1).map(() => true));
  });
});
