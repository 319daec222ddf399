import ExcelJS from "exceljs";
import { WorkbookSnapshot } from "../../../src/engine";
import { readSnapshot } from "../../../src/xlsx/exceljs/readSnapshot";

/** Saved and reopened, so the reader meets the file as Excel would leave it. */
async function roundTrip(build: (workbook: ExcelJS.Workbook) => void | Promise<void>): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await build(workbook);
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load(await workbook.xlsx.writeBuffer());
  return readSnapshot(reopened);
}

const PLAN_HEADER = ["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"];

describe("reading an .xlsx into a snapshot", () => {
  it("reads a date formatted mmm-yy as an Excel serial with its format", async () => {
    const snapshot = await roundTrip((wb) => {
      const cell = wb.addWorksheet("Plan").getCell("A1");
      cell.value = new Date(Date.UTC(2019, 9, 1));
      cell.numFmt = "mmm-yy";
    });
    expect(snapshot.sheets[0]!.rows[0]![0]).toEqual({ value: 43739, format: "mmm-yy" });
  });

  it("keeps a merged area's value in its top-left cell only, as Excel does", async () => {
    const snapshot = await roundTrip((wb) => {
      const sheet = wb.addWorksheet("Plan");
      sheet.getCell("A1").value = "Recommendation 1";
      sheet.mergeCells("A1:C1");
    });
    const sheet = snapshot.sheets[0]!;
    expect(sheet.rows[0]![0]).toEqual({ value: "Recommendation 1" });
    expect(sheet.rows[0]![1]).toBeUndefined();
    expect(sheet.merges).toEqual(["A1:C1"]);
  });

  it("flattens rich text (bold runs) to plain text", async () => {
    const snapshot = await roundTrip((wb) => {
      wb.addWorksheet("Plan").getCell("A1").value = { richText: [{ text: "Gre", font: { bold: true } }, { text: "en" }] };
    });
    expect(snapshot.sheets[0]!.rows[0]![0]).toEqual({ value: "Green" });
  });

  it("reads a formula's result and keeps its text; an error value as its code", async () => {
    const snapshot = await roundTrip((wb) => {
      const sheet = wb.addWorksheet("Plan");
      sheet.getCell("A1").value = { formula: 'IF(1,"Green","Red")', result: "Green" };
      sheet.getCell("A2").value = { formula: "VLOOKUP(1,B:C,2,FALSE)", result: { error: "#N/A" } };
      sheet.getCell("A3").value = { error: "#REF!" };
    });
    const rows = snapshot.sheets[0]!.rows;
    expect(rows[0]![0]).toEqual({ value: "Green", formula: 'IF(1,"Green","Red")' });
    expect(rows[1]![0]).toEqual({ value: null, error: "#N/A", formula: "VLOOKUP(1,B:C,2,FALSE)" });
    expect(rows[2]![0]).toEqual({ value: null, error: "#REF!" });
  });

  it("reads a hyperlink cell as its text", async () => {
    const snapshot = await roundTrip((wb) => {
      wb.addWorksheet("Plan").getCell("A1").value = { text: "Minutes", hyperlink: "https://example.org/minutes" };
    });
    expect(snapshot.sheets[0]!.rows[0]![0]).toEqual({ value: "Minutes" });
  });

  it("reads hidden rows, hidden sheets and sheet protection", async () => {
    const snapshot = await roundTrip(async (wb) => {
      const plan = wb.addWorksheet("Plan");
      plan.getCell("A1").value = "x";
      plan.getCell("A2").value = "y";
      plan.getRow(2).hidden = true;
      wb.addWorksheet("Old", { state: "hidden" }).getCell("A1").value = "z";
      const locked = wb.addWorksheet("Locked");
      locked.getCell("A1").value = "w";
      await locked.protect("secret", { spinCount: 1 });
    });
    expect(snapshot.sheets.map((s) => [s.name, s.visible, s.protected])).toEqual([
      ["Plan", true, false],
      ["Old", false, false],
      ["Locked", true, true],
    ]);
    expect(snapshot.sheets[0]!.hiddenRows).toEqual([2]);
  });

  it("reads workbook-scoped defined names", async () => {
    const snapshot = await roundTrip((wb) => {
      wb.addWorksheet("BRAG summary").getCell("A1").value = "Summary";
      wb.definedNames.add("'BRAG summary'!$A$1", "BRAGTracker_Summary");
    });
    expect(snapshot.names).toEqual([{ name: "BRAGTracker_Summary", refersTo: "'BRAG summary'!$A$1" }]);
  });

  it("reads the fills of the status column only, as the engine asks", async () => {
    const snapshot = await roundTrip((wb) => {
      const sheet = wb.addWorksheet("Plan");
      sheet.addRow(PLAN_HEADER);
      sheet.addRow(["Safe", 1, "aim", "action", "Oct-19", "RG", "ok", ""]);
      sheet.getCell("H2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
      sheet.getCell("C2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    });
    expect(snapshot.fills).toEqual({ Plan: { H2: "00B050" } });
  });

  it("resolves theme and legacy indexed fill colours", async () => {
    const snapshot = await roundTrip((wb) => {
      const sheet = wb.addWorksheet("Plan");
      sheet.addRow(PLAN_HEADER);
      sheet.addRow(["Safe", 1, "aim", "action", "Oct-19", "RG", "ok", ""]);
      sheet.addRow(["", 2, "aim", "action", "Oct-19", "RG", "ok", ""]);
      sheet.getCell("H2").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 9 } as ExcelJS.Color };
      sheet.getCell("H3").fill = { type: "pattern", pattern: "solid", fgColor: { indexed: 10 } as unknown as ExcelJS.Color };
    });
    // ExcelJS writes the Office 2007 theme, whose accent 6 is F79646
    expect(snapshot.fills).toEqual({ Plan: { H2: "F79646", H3: "FF0000" } });
  });
});
