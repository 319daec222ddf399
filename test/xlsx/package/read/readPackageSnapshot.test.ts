import { readFileSync, writeFileSync } from "fs";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { WorkbookSnapshot } from "../../../../src/engine";
import { PackageParts } from "../../../../src/xlsx/package/parts";
import { readPackageSnapshot } from "../../../../src/xlsx/package/read/readPackageSnapshot";
import { readSnapshot } from "../../../../src/xlsx/exceljs/readSnapshot";
import { refreshFile } from "../../../../src/xlsx/refreshFile";
import { buildColourOnlyPlan, buildRagOnlyPlan, buildSheetPerSectionPlan } from "../../../support/fixtures/otherPlans";
import { buildPlan2019 } from "../../../../scripts/sample/plan2019";
import { editQuarter } from "../../../support/fixtures/quarterEdits";
import { fixtureDirectory, writeFixture } from "../../../support/fixtures/writeFixture";
import { planWorkbooks, toWorkbook } from "../../../support/planWorkbooks";
import { join } from "path";

async function bothReaders(bytes: Buffer): Promise<{ fromPackage: WorkbookSnapshot; fromExcelJS: WorkbookSnapshot }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { fromPackage: await readPackageSnapshot(await PackageParts.load(bytes)), fromExcelJS: readSnapshot(workbook) };
}

/**
 * The two readers' snapshots with what they may spell differently made alike:
 * ExcelJS keeps an empty row for one whose only cells a merge covers, and
 * quotes every sheet name in a defined name that is not letters and digits,
 * where the package says it as Excel wrote it; and only the package reader
 * counts charts.
 */
function comparable(snapshot: WorkbookSnapshot): unknown {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) => {
      const cells: Record<string, unknown> = {};
      sheet.rows.forEach((row, r) => row?.forEach((cell, c) => cell !== undefined && (cells[`${r + 1},${c + 1}`] = cell)));
      const holdsValues = (row: number) => sheet.rows[row - 1]?.some((cell) => cell !== undefined);
      // ExcelJS cannot see charts; the package reader counts them (tested with the file door's second refresh)
      return { ...sheet, rows: cells, hiddenRows: sheet.hiddenRows.filter(holdsValues), merges: [...sheet.merges].sort(), charts: undefined };
    }),
    names: snapshot.names.map(({ name, refersTo }) => ({ name, refersTo: refersTo.replace(/^'([A-Za-z0-9]+)'!/, "$1!") })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

async function expectSameSnapshot(bytes: Buffer): Promise<void> {
  const { fromPackage, fromExcelJS } = await bothReaders(bytes);
  expect(comparable(fromPackage)).toEqual(comparable(fromExcelJS));
}

describe("the package reader reads what ExcelJS reads", () => {
  it.each([
    ["the 2019-20 plan", buildPlan2019],
    ["a RAG-only plan with merged recommendation headings", buildRagOnlyPlan],
    ["a plan with a sheet per section", buildSheetPerSectionPlan],
    ["a plan rated by fill colour only", buildColourOnlyPlan],
  ])("%s, as given and once refreshed", async (name, build) => {
    const input = await writeFixture(build(), `read-${name}.xlsx`);
    await expectSameSnapshot(readFileSync(input));
    const refreshed = join(fixtureDirectory(), `read-${name}-refreshed.xlsx`);
    await refreshFile(input, { asAt: "2020-01-31", out: refreshed });
    await expectSameSnapshot(readFileSync(refreshed));
  });

  it("a quarter later, edited by hand in between (history, links and moved flags)", async () => {
    const input = await writeFixture(buildPlan2019(), "read-quarter-input.xlsx");
    const october = join(fixtureDirectory(), "read-quarter-october.xlsx");
    await refreshFile(input, { asAt: "2019-10-31", out: october });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(october);
    editQuarter(workbook);
    const edited = join(fixtureDirectory(), "read-quarter-edited.xlsx");
    await workbook.xlsx.writeFile(edited);
    await expectSameSnapshot(readFileSync(edited));
  });

  it("generated plans: text in every script, numbers, dates in many formats, formulas, errors, merges, hidden rows and sheets", async () => {
    await fc.assert(
      fc.asyncProperty(planWorkbooks, async (sheets) => {
        const bytes = Buffer.from(await toWorkbook(sheets).xlsx.writeBuffer());
        await expectSameSnapshot(bytes);
      }),
      { seed: 20261127, numRuns: 60 },
    );
  }, 60_000);
});

describe("a refresh reads the package directly, whoever wrote it", () => {
  it("the 2019-20 plan is read from the package, with the report the ExcelJS reader gives", async () => {
    const input = await writeFixture(buildPlan2019(), "reader-input.xlsx");
    const direct = await refreshFile(input, { asAt: "2020-01-31", out: join(fixtureDirectory(), "reader-direct.xlsx") });
    const throughExcelJS = await refreshFile(input, { asAt: "2020-01-31", out: join(fixtureDirectory(), "reader-exceljs.xlsx"), reader: "exceljs" });
    expect([direct.reader, throughExcelJS.reader]).toEqual(["package", "exceljs"]);
    expect(direct.report).toEqual(throughExcelJS.report);
  });

  it("a package with a cell that carries no reference is read directly, the cell following the one before it, with the same report", async () => {
    const bytes = readFileSync(await writeFixture(buildPlan2019(), "reader-unnumbered.xlsx"));
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // Excel always writes the reference; without it a cell's place follows the cell before it, as ExcelJS reads it
    const lastCell = sheet.lastIndexOf('<c r="');
    zip.file("xl/worksheets/sheet1.xml", sheet.slice(0, lastCell) + sheet.slice(lastCell).replace(/<c r="[A-Z]+\d+"/, "<c"));
    const input = join(fixtureDirectory(), "reader-unreferenced-cells.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const declined = await refreshFile(input, { asAt: "2020-01-31", out: join(fixtureDirectory(), "reader-unnumbered-out.xlsx") });
    const plain = await refreshFile(join(fixtureDirectory(), "reader-unnumbered.xlsx"), { asAt: "2020-01-31", out: join(fixtureDirectory(), "reader-plain-out.xlsx") });
    expect(declined.reader).toBe("package");
    expect(declined.report).toEqual(plain.report);
  });
});

describe("the package reader reads what Excel itself writes", () => {
  async function withSheet(sheetXml: (xml: string) => string, more: (zip: JSZip) => unknown = () => {}): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Plan");
    sheet.getCell("A1").value = "Status";
    sheet.getCell("A2").value = "Green";
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const path = "xl/worksheets/sheet1.xml";
    zip.file(path, sheetXml(await zip.file(path)!.async("string")));
    await more(zip);
    return zip.generateAsync({ type: "nodebuffer" });
  }

  it("shared formulas: each cell's own formula, as Excel shows it", async () => {
    const bytes = await withSheet((xml) =>
      xml.replace(
        /<row r="2"[\s\S]*?<\/row>/,
        `<row r="2"><c r="A2" t="str"><v>Green</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">A2&amp;"!"</f><v>1</v></c></row><row r="3"><c r="B3"><f t="shared" si="0"/><v>2</v></c></row>`,
      ),
    );
    const { fromPackage, fromExcelJS } = await bothReaders(bytes);
    const cells = (snapshot: WorkbookSnapshot) => [snapshot.sheets[0]!.rows[1]![1], snapshot.sheets[0]!.rows[2]![1]];
    expect(cells(fromPackage)).toEqual([
      { value: 1, formula: 'A2&"!"' },
      { value: 2, formula: 'A3&"!"' },
    ]);
    expect(cells(fromPackage)).toEqual(cells(fromExcelJS));
  });

  it("rich text and phonetic guides in shared strings: the text alone, with Excel's escaped characters undone", async () => {
    const bytes = await withSheet(
      (xml) => xml.replace(/<row r="2"[\s\S]*?<\/row>/, `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>`),
      (zip) => {
        zip.file(
          "xl/sharedStrings.xml",
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">` +
            `<si><r><rPr><b/></rPr><t>Amber</t></r><r><t xml:space="preserve"> – see A&amp;E</t></r></si>` +
            `<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si></sst>`,
        );
      },
    );
    const { fromPackage } = await bothReaders(bytes);
    expect(fromPackage.sheets[0]!.rows[1]!.slice(0, 2)).toEqual([{ value: "Amber – see A&E" }, { value: "東京" }]);
  });

  it("a workbook counting dates from 1904 gives the same days as one counting from 1900", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("Plan");
    sheet.getCell("A1").value = new Date(Date.UTC(2020, 0, 31));
    sheet.getCell("A1").numFmt = "dd/mm/yyyy";
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const { fromPackage, fromExcelJS } = await bothReaders(bytes);
    expect(fromPackage.sheets[0]!.rows[0]![0]).toEqual({ value: 43861, format: "dd/mm/yyyy" });
    expect(fromPackage.sheets[0]!.rows[0]![0]).toEqual(fromExcelJS.sheets[0]!.rows[0]![0]);
  });

  it("leaves out a chart sheet, which holds no cells, as Office.js and ExcelJS do", async () => {
    const bytes = await withSheet(
      (xml) => xml,
      (zip) => {
        zip.file("xl/chartsheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`);
        const addSheet = (text: string) => text.replace("</sheets>", `<sheet name="Chart1" sheetId="9" r:id="rIdChart"/></sheets>`);
        const addRelationship = (text: string) =>
          text.replace("</Relationships>", `<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`);
        return Promise.all([
          zip.file("xl/workbook.xml")!.async("string").then((text) => zip.file("xl/workbook.xml", addSheet(text))),
          zip.file("xl/_rels/workbook.xml.rels")!.async("string").then((text) => zip.file("xl/_rels/workbook.xml.rels", addRelationship(text))),
        ]);
      },
    );
    const snapshot = await readPackageSnapshot(await PackageParts.load(bytes));
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(["Plan"]);
  });

  it.each([
    ["rows and cells without numbers, each following the one before as the format says", (xml: string) => xml.replace(/<row r="(\d+)"/g, "<row").replace(/<c r="[A-Z]+\d+"/g, "<c"), "Green"],
    ["a row hidden in an XML comment, which is no row", (xml: string) => xml.replace('<row r="2"', '<!-- <row r="3"><c r="A3" t="inlineStr"><is><t>Red</t></is></c></row> --><row r="2"'), "Green"],
    ["text in a CDATA section", (xml: string) => xml.replace(/<row r="2"[\s\S]*?<\/row>/, `<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[Green & <b>]]></t></is></c></row>`), "Green & <b>"],
  ])("reads a package with %s, as Excel reads it", async (_, change, second) => {
    const snapshot = await readPackageSnapshot(await PackageParts.load(await withSheet(change)));
    expect(snapshot.sheets[0]!.rows.map((row) => row?.[0]?.value)).toEqual(["Status", second]);
  });
});
