import { existsSync, readFileSync, writeFileSync } from "fs";
import { createHash } from "crypto";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PackageParts } from "../../src/xlsx/package/parts";
import { parseArea, parseAddress, refresh } from "../../src/engine";
import { STATUS_LOOK, OVERDUE_LOOK } from "../../src/engine/plan/palette";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { refreshFile } from "../../src/xlsx/refreshFile";
import { reportOnFile } from "../../src/xlsx/reportOnFile";
import { RefreshRefusedError } from "../../src/xlsx/errors";
import { CHART_PART } from "../../src/xlsx/package/write/addCharts";
import { worksheetPart } from "../../src/xlsx/package/workbookXml";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";
import { smallPlan } from "../support/fixtures/otherPlans";
import { dumpWorkbook } from "../support/workbookDump";

const AS_AT = "2020-01-31";
const out = (name: string) => join(fixtureDirectory(), name);
const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}


describe("brag refresh --out on the 2019-20 plan", () => {
  let input: string;
  let output: string;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    input = await writeFixture(buildPlan2019(), "plan-2019-20-for-refresh.xlsx");
    output = out("plan-2019-20-refreshed.xlsx");
    await refreshFile(input, { asAt: AS_AT, out: output });
    workbook = await open(output);
  });

  it("colours every status cell by its status", () => {
    const plan = workbook.getWorksheet("Plan")!;
    let coloured = 0;
    plan.eachRow((row, number) => {
      // each block's repeated header reads "Green" in the status column: not a status
      if (number <= 16 || row.getCell(2).value === "Ref") return;
      const status = String(row.getCell(9).value ?? "").trim().toLowerCase();
      const expected = { blue: "blue", completed: "blue", red: "red", amber: "amber", green: "green" }[status] as keyof typeof STATUS_LOOK | undefined;
      if (!expected) return;
      const fill = row.getCell(9).fill as ExcelJS.FillPattern;
      expect([number, fill.fgColor?.argb]).toEqual([number, `FF${STATUS_LOOK[expected].fill}`]);
      expect(row.getCell(9).font?.color?.argb).toBe(`FF${STATUS_LOOK[expected].font}`);
      coloured++;
    });
    expect(coloured).toBe(83);
  });

  it("writes the flags column with the overdue rows flagged as at 2020-01-31, and highlights their due dates", () => {
    const plan = workbook.getWorksheet("Plan")!;
    expect(plan.getCell("J16").value).toBe("BRAG Tracker: overdue / due soon");
    // row 17: Safe 1, due Oct-19, green: overdue
    expect(plan.getCell("J17").value).toBe("Overdue");
    expect((plan.getCell("F17").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${OVERDUE_LOOK.fill}`);
    const flagged = plan.getColumn(10).values.filter((v) => v === "Overdue").length;
    expect(flagged).toBe(48);
    // row 30: Safe 14 is blue, due Oct-19: never overdue
    expect(plan.getCell("I30").value).toBe("Blue");
    expect(plan.getCell("J30").value).toBeNull();
  });

  it("writes the summary sheet with the committee sentence and the section table", () => {
    const summary = workbook.getWorksheet("BRAG summary")!;
    const texts: string[] = [];
    summary.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
    expect(texts).toContain("There are: 22 tasks marked amber, 37 tasks marked green, 0 tasks marked red, 24 tasks marked blue");
    expect(summary.getCell("A9").value).toBe("Safe");
    expect([2, 3, 4, 5].map((c) => summary.getCell(9, c).value)).toEqual([1, 0, 1, 14]);
    expect(summary.getCell("A16").value).toBe("Total");
    expect([2, 3, 4, 5, 8].map((c) => summary.getCell(16, c).value)).toEqual([24, 0, 22, 37, 83]);
  });

  it("sets the summary up for A4 landscape, fit to width, title rows repeated, the committee's part the print area, its pages broken by hand", async () => {
    const summary = workbook.getWorksheet("BRAG summary")!;
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(summary.pageSetup.printTitlesRow).toBe("1:3");
    expect(summary.pageSetup.printArea).toMatch(/^A1:K\d+$/);
    const sheetXml = await (await JSZip.loadAsync(readFileSync(output))).file("xl/worksheets/sheet3.xml")!.async("string");
    expect(sheetXml).toMatch(/<rowBreaks count="(\d+)" manualBreakCount="\1">(<brk id="\d+" max="16383" man="1"\/>)+<\/rowBreaks>/);
  });

  it("adds a native chart part to the summary sheet", async () => {
    const zip = await JSZip.loadAsync(readFileSync(output));
    const chart = await zip.file(CHART_PART)!.async("string");
    expect(chart).toContain("<c:barChart>");
    expect(chart).toContain("<c:f>&apos;BRAG summary&apos;!$A$9:$A$15</c:f>");
    expect(chart).toContain("<c:f>&apos;BRAG summary&apos;!$E$9:$E$15</c:f>");
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain(`<Override PartName="/${CHART_PART}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    const sheetPart = (await worksheetPart(await PackageParts.load(readFileSync(output)), "BRAG summary"))!;
    expect(await zip.file(sheetPart)!.async("string")).toMatch(/<drawing r:id="rIdBragTrackerDrawing"\/><\/worksheet>$/);
  });

  it("links every finding and listed action to a cell that exists, inside the workbook", async () => {
    const summary = workbook.getWorksheet("BRAG summary")!;
    const targets: string[] = [];
    summary.eachRow((row) =>
      row.eachCell((cell) => {
        if (!cell.formula) return;
        const [, target, text] = /^HYPERLINK\("#([^"]+)","([^"]+)"\)$/.exec(cell.formula)!;
        expect(cell.result).toBe(text);
        targets.push(target!);
      }),
    );
    // below the print area: 48 overdue actions and 20 findings (the 22 red and amber key actions print, without links)
    expect(targets).toHaveLength(48 + 20);
    for (const target of targets) {
      const [, sheetName, cell] = /^'?(.+?)'?!([A-Z]+\d+)$/.exec(target)!;
      const sheet = workbook.getWorksheet(sheetName!)!;
      expect(sheet).toBeDefined();
      const { row, column } = parseAddress(cell!);
      expect(row + 1).toBeLessThanOrEqual(sheet.rowCount);
      expect(column + 1).toBeLessThanOrEqual(sheet.columnCount);
    }
  });

  it("marks what it owns with workbook-scoped defined names", () => {
    const names = workbook.definedNames.model.map((n: { name: string; ranges: string[] }) => [n.name, n.ranges]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["BRAGTracker_Summary", ["'BRAG summary'!$A$1"]],
        ["BRAGTracker_Flags1", ["Plan!$J$16:$J$111"]],
      ]),
    );
  });

  it("is idempotent: refreshing the output again changes no cell value, style, merge or defined name", async () => {
    const again = out("plan-2019-20-refreshed-twice.xlsx");
    await refreshFile(output, { asAt: AS_AT, out: again });
    expect(await dumpWorkbook(again)).toEqual(await dumpWorkbook(output));
    const chart = async (path: string) => (await JSZip.loadAsync(readFileSync(path))).file(CHART_PART)!.async("string");
    expect(await chart(again)).toBe(await chart(output));
  });

  it("sees that the summary already shows every value and chart, so a second refresh with nothing changed leaves it as it is", async () => {
    const bytes = readFileSync(output);
    const { snapshot, reader } = await readWorkbook(bytes, "refreshed.xlsx", undefined);
    const charts = Object.keys((await JSZip.loadAsync(bytes)).files).filter((path) => path.startsWith("xl/charts/")).length;
    expect(reader).toBe("package");
    expect(snapshot.sheets.find((sheet) => sheet.name === "BRAG summary")?.charts).toBe(charts);
    expect(refresh(snapshot, { asAt: AS_AT }).edits.summary).toBeNull();

    const again = out("plan-2019-20-refreshed-unchanged.xlsx");
    await refreshFile(output, { asAt: AS_AT, out: again });
    const part = async (path: string, name: string) => (await JSZip.loadAsync(readFileSync(path))).file(name)!.async("nodebuffer");
    const summaryPart = (await worksheetPart(await PackageParts.load(bytes), "BRAG summary"))!;
    for (const name of [summaryPart, CHART_PART]) expect((await part(again, name)).equals(await part(output, name))).toBe(true);
  });

  it("through ExcelJS, which drops charts, a second refresh writes the summary afresh, charts and all", async () => {
    const again = out("plan-2019-20-refreshed-again-exceljs.xlsx");
    expect((await refreshFile(output, { asAt: AS_AT, out: again, writer: "exceljs" })).writer).toBe("exceljs");
    const zip = await JSZip.loadAsync(readFileSync(again));
    expect(await zip.file(CHART_PART)!.async("string")).toContain("<c:barChart>");
    // the two writers spell a look differently (see patchWriter.test.ts); the values are the same
    const summaryValues = async (path: string) => Object.entries((await dumpWorkbook(path)).sheets["BRAG summary"]!).map(([address, cell]) => [address, cell.value]);
    expect(await summaryValues(again)).toEqual(await summaryValues(output));
  });

  it("never changes a user's cell value or formula", async () => {
    const before = await dumpWorkbook(input);
    const after = await dumpWorkbook(output);
    const owned = parseArea("J16:J111");
    for (const [address, cell] of Object.entries(before.sheets.Plan!)) {
      const { row, column } = parseAddress(address);
      if (column === owned.left && row >= owned.top && row <= owned.bottom) continue;
      expect([address, after.sheets.Plan![address]?.value, after.sheets.Plan![address]?.formula]).toEqual([address, cell.value, cell.formula]);
    }
    // the add-in's own sheets are added beside the plan, never over it
    expect(Object.keys(after.sheets)).toEqual(["Plan", "BRAG Tracker history", "BRAG summary"]);
  });

  it("never modifies its input", async () => {
    const before = hash(input);
    await refreshFile(input, { asAt: AS_AT, out: out("another.xlsx") });
    expect(hash(input)).toBe(before);
  });
});

describe("refreshing safely", () => {
  it("keeps formulas in the plan as formulas, untouched", async () => {
    const input = await writeFixture(
      smallPlan((sheet) => {
        sheet.getCell("H4").value = { formula: 'IF(TRUE,"Green","Red")', result: "Green" };
      }),
      "formula-plan.xlsx",
    );
    const output = out("formula-plan-out.xlsx");
    const { report } = await refreshFile(input, { asAt: AS_AT, out: output });
    expect(report.actions[2]!.status).toBe("green");
    const cell = (await open(output)).getWorksheet("Plan")!.getCell("H4");
    expect(cell.formula).toBe('IF(TRUE,"Green","Red")');
  });

  it("writes text from the plan into the summary as text, never as a formula", async () => {
    const input = await writeFixture(
      smallPlan((sheet) => {
        sheet.getCell("C3").value = '=HYPERLINK("http://evil","click")';
        sheet.getCell("D3").value = "+cmd|' /C calc'!A0";
      }),
      "injection.xlsx",
    );
    const output = out("injection-out.xlsx");
    await refreshFile(input, { asAt: AS_AT, out: output });
    const parts = await PackageParts.load(readFileSync(output));
    const summaryXml = (await parts.text((await worksheetPart(parts, "BRAG summary"))!))!;
    // the only formulas are the add-in's own links; the user's words never reach a formula
    const formulas = [...summaryXml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of formulas) expect(formula).toMatch(/^HYPERLINK\("#Plan!A\d+","Plan row \d+"\)$|^HYPERLINK\("#Plan![A-Z]+\d+","Plan![A-Z]+\d+"\)$/);
    const summary = (await open(output)).getWorksheet("BRAG summary")!;
    const texts: Array<[ExcelJS.ValueType, string]> = [];
    summary.eachRow((row) => row.eachCell((cell) => texts.push([cell.type, String(cell.text)])));
    expect(texts).toContainEqual([ExcelJS.ValueType.String, "+cmd|' /C calc'!A0"]);
  });

  it("colours one cell without recolouring others that shared its style", async () => {
    const input = await writeFixture(
      smallPlan((sheet) => {
        const shared: Partial<ExcelJS.Style> = { font: { italic: true } };
        sheet.getCell("G2").style = shared;
        sheet.getCell("H2").style = shared;
      }),
      "shared-style.xlsx",
    );
    const output = out("shared-style-out.xlsx");
    await refreshFile(input, { asAt: AS_AT, out: output });
    const sheet = (await open(output)).getWorksheet("Plan")!;
    expect((sheet.getCell("H2").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${STATUS_LOOK.blue.fill}`);
    expect((sheet.getCell("G2").fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect(sheet.getCell("G2").font).toEqual({ italic: true });
  });

  it("keeps a user's row shading that runs across the flags column, refresh after refresh", async () => {
    const grey = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } } as ExcelJS.Fill;
    const input = await writeFixture(
      smallPlan((sheet) => {
        for (let column = 1; column <= 12; column++) if (column !== 8) sheet.getCell(3, column).fill = grey;
      }),
      "shaded.xlsx",
    );
    const first = out("shaded-out.xlsx");
    const second = out("shaded-out-2.xlsx");
    await refreshFile(input, { asAt: AS_AT, out: first });
    await refreshFile(first, { asAt: AS_AT, out: second });
    for (const path of [first, second]) {
      const flag = (await open(path)).getWorksheet("Plan")!.getCell("I3");
      expect([flag.value, (flag.fill as ExcelJS.FillPattern).fgColor?.argb]).toEqual(["Overdue", "FFD9D9D9"]);
    }
  });

  it("refuses a protected plan sheet before writing anything, naming the sheet", async () => {
    const workbook = smallPlan();
    await workbook.getWorksheet("Plan")!.protect("secret", { spinCount: 1 });
    const input = await writeFixture(workbook, "protected.xlsx");
    const output = out("protected-out.xlsx");
    await expect(refreshFile(input, { asAt: AS_AT, out: output })).rejects.toThrow(
      new RefreshRefusedError("Sheet 'Plan' is protected, so BRAG Tracker changed nothing. Unprotect it (Review > Unprotect Sheet) and refresh again."),
    );
    expect(existsSync(output)).toBe(false);
  });

  it("never overwrites a user's sheet named like the summary", async () => {
    const workbook = smallPlan();
    workbook.addWorksheet("BRAG summary").getCell("A1").value = "My own notes";
    const input = await writeFixture(workbook, "name-taken.xlsx");
    const output = out("name-taken-out.xlsx");
    const { report } = await refreshFile(input, { asAt: AS_AT, out: output });
    const written = await open(output);
    expect(written.getWorksheet("BRAG summary")!.getCell("A1").value).toBe("My own notes");
    expect(written.getWorksheet("BRAG summary (2)")!.getCell("A1").value).toBe("BRAG summary");
    expect(report.findings[0]!.rule).toBe("summary-name-taken");
  });

  async function withChartAndPivot(): Promise<string> {
    const zip = await JSZip.loadAsync(await smallPlan().xlsx.writeBuffer());
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
          '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/></Types>',
      ),
    );
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
    const input = out("has-chart.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    return input;
  }

  it("keeps the charts and pivot tables the input holds, part for part, as it edits the package rather than rewriting it", async () => {
    const input = await withChartAndPivot();
    const output = out("has-chart-kept.xlsx");
    const { lost } = await refreshFile(input, { asAt: AS_AT, out: output });
    expect(lost).toEqual([]);
    const zip = await JSZip.loadAsync(readFileSync(output));
    expect(await zip.file("xl/charts/chart1.xml")!.async("string")).toBe("<c:chartSpace/>");
    expect(await zip.file("xl/pivotTables/pivotTable1.xml")!.async("string")).toBe("<pivotTableDefinition/>");
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain('<Override PartName="/xl/pivotTables/pivotTable1.xml"');
  });

  it("writing through ExcelJS, refuses when the input holds parts it cannot keep, naming them, unless forced", async () => {
    const input = await withChartAndPivot();
    const output = out("has-chart-out.xlsx");
    await expect(refreshFile(input, { asAt: AS_AT, out: output, writer: "exceljs" })).rejects.toThrow(
      "'has-chart.xlsx' holds charts and pivot tables, which BRAG Tracker's file writer cannot keep, so nothing was written. Refresh it inside Excel instead.",
    );
    await expect(refreshFile(input, { asAt: AS_AT, out: output, writer: "exceljs" })).rejects.toMatchObject({ forceWouldWrite: true });
    expect(existsSync(output)).toBe(false);

    const forced = await refreshFile(input, { asAt: AS_AT, out: output, writer: "exceljs", force: true });
    expect(forced.lost).toEqual(["charts", "pivot tables"]);
    expect(existsSync(output)).toBe(true);
  });

  it("reads a package holding a zip entry named by an absolute path, with the same report, and refuses to write it, naming the entry, rather than drop it", async () => {
    const plain = await smallPlan().xlsx.writeBuffer();
    const zip = await JSZip.loadAsync(plain);
    zip.file("/stray.txt", "written by some other tool");
    const input = out("stray-absolute-path.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const clean = out("stray-clean.xlsx");
    writeFileSync(clean, Buffer.from(plain));

    expect(await reportOnFile(input, { asAt: AS_AT })).toEqual(await reportOnFile(clean, { asAt: AS_AT }));
    const written = out("stray-refreshed.xlsx");
    await expect(refreshFile(input, { asAt: AS_AT, out: written })).rejects.toThrow(/'\/stray\.txt'.*Nothing was written/);
    expect(existsSync(written)).toBe(false);
  });

  it("keeps a workbook's macros when it writes a macro-enabled file, and refuses to put them in an .xlsx, which Excel would not open", async () => {
    const zip = await JSZip.loadAsync(await smallPlan().xlsx.writeBuffer());
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
    zip.file("xl/vbaProject.bin", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
    const input = out("macros.xlsm");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));

    const kept = out("macros-refreshed.xlsm");
    await refreshFile(input, { asAt: AS_AT, out: kept });
    const written = await JSZip.loadAsync(readFileSync(kept));
    expect([...(await written.file("xl/vbaProject.bin")!.async("nodebuffer"))]).toEqual([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]);

    const asXlsx = out("macros-refreshed.xlsx");
    await expect(refreshFile(input, { asAt: AS_AT, out: asXlsx })).rejects.toThrow(
      "'macros.xlsm' holds macros (VBA), which BRAG Tracker's file writer cannot keep, so nothing was written. To keep its macros, write the refreshed workbook to a .xlsm file.",
    );
    expect(existsSync(asXlsx)).toBe(false);
  });
});
