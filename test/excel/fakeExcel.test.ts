import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { newSheet, emptyCell, key } from "../support/fakeExcel/model";

function fakeWithPlan(): FakeExcel {
  const sheet = newSheet("Plan");
  sheet.cells.set(key(0, 0), { ...emptyCell(), value: "Green" });
  return new FakeExcel({ sheets: [sheet], names: new Map(), enableEvents: true });
}

describe("the fake of Excel is strict where Excel is", () => {
  it("refuses to read a property before it is loaded and synced", async () => {
    const excel = fakeWithPlan();
    const range = excel.context.workbook.worksheets.getItem("Plan").getRange("A1");
    expect(() => range.values).toThrow(/The property 'values' is not available\. Before reading the property's value, call the load method/);
    range.load("values");
    expect(() => range.values).toThrow(/not available/);
    await excel.context.sync();
    expect(range.values).toEqual([["Green"]]);
  });

  it("applies writes only at sync, and counts syncs and actions", async () => {
    const excel = fakeWithPlan();
    excel.context.workbook.worksheets.getItem("Plan").getRange("A1").values = [["Red"]];
    expect(excel.cell("Plan", "A1")!.value).toBe("Green");
    expect(excel.context.queuedActions).toBe(1);
    await excel.context.sync();
    expect(excel.cell("Plan", "A1")!.value).toBe("Red");
    expect([excel.context.syncCount, excel.context.actionCount]).toEqual([1, 1]);
  });

  it("silently ignores the end of a getRanges address list longer than 8,192 characters, as Excel does", async () => {
    const excel = fakeWithPlan();
    const cells = Array.from({ length: 2000 }, (_, i) => `B${i * 2 + 1}`);
    excel.context.workbook.worksheets.getItem("Plan").getRanges(cells.join(",")).format.fill.color = "#00B050";
    await excel.context.sync();
    expect(excel.cell("Plan", "B1")!.fill).toBe("00B050");
    expect(excel.cell("Plan", "B3999")?.fill ?? null).toBeNull();
  });

  it("refuses a request over 5 MB whole", async () => {
    const excel = fakeWithPlan();
    const big = Array.from({ length: 60000 }, () => ["x".repeat(100)]);
    excel.context.workbook.worksheets.getItem("Plan").getRange("C1:C60000").values = big;
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.cell("Plan", "C1")).toBeUndefined();
  });

  it("rejects writes to a protected sheet", async () => {
    const excel = fakeWithPlan();
    excel.model.sheets[0]!.protected = true;
    excel.context.workbook.worksheets.getItem("Plan").getRange("A1").format.fill.color = "#FF0000";
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.cell("Plan", "A1")!.fill).toBeNull();
  });

  it("turns text starting with '=' into a formula unless the cell is formatted as text, as Excel does", async () => {
    const excel = fakeWithPlan();
    const sheet = excel.context.workbook.worksheets.getItem("Plan");
    sheet.getRange("A2").values = [['=HYPERLINK("http://evil","x")']];
    sheet.getRange("A3").numberFormat = [["@"]];
    sheet.getRange("A3").values = [['=HYPERLINK("http://evil","x")']];
    await excel.context.sync();
    expect(excel.cell("Plan", "A2")!.formula).toBe('=HYPERLINK("http://evil","x")');
    expect(excel.cell("Plan", "A3")).toMatchObject({ value: '=HYPERLINK("http://evil","x")' });
    expect(excel.cell("Plan", "A3")!.formula).toBeUndefined();
  });

  it("fails a sync midway when told to, keeping what ran before, as a dropped connection does", async () => {
    const excel = fakeWithPlan();
    const sheet = excel.context.workbook.worksheets.getItem("Plan");
    sheet.getRange("B1").values = [["one"]];
    sheet.getRange("B2").values = [["two"]];
    excel.context.failAfterActions = 1;
    await expect(excel.context.sync()).rejects.toThrow(/network connection was lost/);
    expect([excel.cell("Plan", "B1")?.value, excel.cell("Plan", "B2")?.value]).toEqual(["one", undefined]);
  });
});
