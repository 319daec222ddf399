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

  it("refuses a getRanges address list past 8,192 characters or 512 areas, as Excel does (office-js #5198)", async () => {
    const excel = fakeWithPlan();
    const long = Array.from({ length: 2000 }, (_, i) => `B${i * 2 + 1}`);
    excel.context.workbook.worksheets.getItem("Plan").getRanges(long.join(",")).format.fill.color = "#00B050";
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const many = Array.from({ length: 513 }, (_, i) => `B${i * 2 + 1}`);
    expect(many.join(",").length).toBeLessThan(8192);
    excel.context.workbook.worksheets.getItem("Plan").getRanges(many.join(",")).format.fill.color = "#00B050";
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.cell("Plan", "B1")?.fill ?? null).toBeNull();
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

  it("refuses an answer over 5 MB, as Excel on the web does, after counting it", async () => {
    const sheet = newSheet("Data");
    for (let row = 0; row < 2_000; row++) sheet.cells.set(key(row, 0), { ...emptyCell(), value: "x".repeat(3_000) });
    const excel = new FakeExcel({ sheets: [sheet], names: new Map(), enableEvents: true });
    excel.context.workbook.worksheets.getItem("Data").getRange("A1:A2000").load("values");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(excel.context.syncs[0]).toMatchObject({ refused: true });
  });

  it("gives no values for a range of more than five million cells", async () => {
    const excel = fakeWithPlan();
    const range = excel.context.workbook.worksheets.getItem("Plan").getRange("A:E");
    range.load("values");
    await excel.context.sync();
    expect(range.values).toBeNull();
  });

  it("fails to list more than 512 merged areas", async () => {
    const sheet = newSheet("Notes");
    sheet.merges = Array.from({ length: 513 }, (_, row) => `A${row + 1}:C${row + 1}`);
    const excel = new FakeExcel({ sheets: [sheet], names: new Map(), enableEvents: true });
    excel.context.workbook.worksheets.getItem("Notes").getRange().getMergedAreasOrNullObject().load("address");
    await expect(excel.context.sync()).rejects.toThrow(/more than 512/);
  });

  it("keeps a deleted sheet's names as #REF! of type Error, and matches names without regard to case", async () => {
    const excel = fakeWithPlan();
    excel.model.names.set("BRAGTracker_Flags1", "=Plan!$J$1:$J$3");
    excel.userDeletesSheet("Plan");
    const name = excel.context.workbook.names.getItem("bragtracker_flags1");
    name.load("type,formula");
    await excel.context.sync();
    expect([name.type, name.formula]).toEqual(["Error", "=#REF!$J$1:$J$3"]);
    excel.context.workbook.names.add("BRAGTRACKER_FLAGS1", "=Other!$A$1");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("refuses a sheet name Excel refuses, and an unquoted sheet in a name that reads as a cell", async () => {
    const excel = fakeWithPlan();
    excel.context.workbook.worksheets.add("History");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    excel.context.workbook.names.add("Odd", "=FY20!$A$1");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("turns text starting with '+' or '-' into a formula too, unless the cell is Text or the text a number", async () => {
    const excel = fakeWithPlan();
    const sheet = excel.context.workbook.worksheets.getItem("Plan");
    sheet.getRange("D1:D3").values = [["- and 3 more"], ["+44 20 7946 0000 ext"], ["-12"]];
    await excel.context.sync();
    expect(excel.cell("Plan", "D1")).toMatchObject({ formula: "=- and 3 more", error: "#NAME?" });
    expect(excel.cell("Plan", "D2")).toMatchObject({ error: "#NAME?" });
    expect(excel.cell("Plan", "D3")).toMatchObject({ value: -12 });
    sheet.getRange("E1").numberFormat = [["@"]];
    sheet.getRange("E1").values = [["- and 3 more"]];
    await excel.context.sync();
    expect(excel.cell("Plan", "E1")).toMatchObject({ value: "- and 3 more" });
    expect(excel.cell("Plan", "E1")?.formula).toBeUndefined();
  });
});
