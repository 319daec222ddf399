import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { refresh } from "../../src/engine";
import { openWorkbook } from "../../src/xlsx/exceljs/openWorkbook";
import { patchPackage } from "../../src/xlsx/package/write/patchPackage";
import { PackageParts } from "../../src/xlsx/package/parts";
import { readPackageSnapshot } from "../../src/xlsx/package/read/readPackageSnapshot";
import { readSnapshot } from "../../src/xlsx/exceljs/readSnapshot";
import { refreshFile } from "../../src/xlsx/refreshFile";
import { buildColourOnlyPlan, buildRagOnlyPlan, buildSheetPerSectionPlan } from "../support/fixtures/otherPlans";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { editQuarter } from "../support/fixtures/quarterEdits";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";
import { CellDump, dumpWorkbook } from "../support/workbookDump";

const out = (name: string) => join(fixtureDirectory(), name);

async function bothWriters(input: string, asAt: string, name: string): Promise<{ patched: string; exceljs: string }> {
  const patched = out(`${name}-patched.xlsx`);
  const exceljs = out(`${name}-exceljs.xlsx`);
  await refreshFile(input, { asAt, out: patched });
  await refreshFile(input, { asAt, out: exceljs, writer: "exceljs" });
  return { patched, exceljs };
}

/**
 * What a reader sees of a cell's format. The two writers spell the same look
 * differently: a new format made from the cell's old one keeps its font name
 * and size and Excel's automatic (theme) text colour, where ExcelJS writes
 * only what was set.
 */
function seen(style: string): unknown {
  const { font = {}, fill, alignment, numFmt, border } = JSON.parse(style) as Partial<ExcelJS.Style>;
  const colour = font.color?.argb ?? "automatic";
  const solid = fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : "none";
  return { text: colour, bold: font.bold ?? false, fill: fill ? solid : "none", alignment, numFmt, border: border ?? {} };
}

async function sameWorkbook(a: string, b: string): Promise<void> {
  const [left, right] = [await dumpWorkbook(a), await dumpWorkbook(b)];
  const byName = (names: unknown) => [...(names as Array<{ name: string }>)].sort((x, y) => x.name.localeCompare(y.name));
  const plain = JSON.stringify(seen("{}"));
  // an empty cell that shows nothing is the same as no cell, however each writer leaves it
  const shown = (cells: Record<string, CellDump>) =>
    Object.entries(cells)
      .map(([address, cell]) => [address, { ...cell, style: seen(cell.style) }] as const)
      .filter(([, cell]) => cell.value !== null || JSON.stringify(cell.style) !== plain);
  const looks = (sheets: typeof left.sheets) => Object.fromEntries(Object.entries(sheets).map(([sheet, cells]) => [sheet, Object.fromEntries(shown(cells))]));
  expect(looks(left.sheets)).toEqual(looks(right.sheets));
  expect(left.merges).toEqual(right.merges);
  expect(byName(left.names)).toEqual(byName(right.names));
}

async function parts(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = Object.values(zip.files).filter((file) => !file.dir);
  return new Map(await Promise.all(files.map(async (file) => [file.name, await file.async("nodebuffer")] as const)));
}

describe("the file writer edits the package it was given", () => {
  it.each([
    ["the 2019-20 plan", buildPlan2019],
    ["a RAG-only plan with merged recommendation headings", buildRagOnlyPlan],
    ["a plan with a sheet per section", buildSheetPerSectionPlan],
    ["a plan rated by fill colour only", buildColourOnlyPlan],
  ])("%s reads back cell for cell, style for style, as when ExcelJS writes the whole workbook", async (name, build) => {
    const input = await writeFixture(build(), `${name}.xlsx`);
    const { patched, exceljs } = await bothWriters(input, "2020-01-31", name);
    await sameWorkbook(patched, exceljs);
  });

  it("a quarter later (history kept, summary replaced, flags moved) reads back the same as ExcelJS's", async () => {
    const input = await writeFixture(buildPlan2019(), "quarter-input.xlsx");
    const october = out("quarter-october.xlsx");
    await refreshFile(input, { asAt: "2019-10-31", out: october });
    const workbook = await openWorkbook(october);
    editQuarter(workbook);
    const edited = out("quarter-edited.xlsx");
    await workbook.xlsx.writeFile(edited);
    const { patched, exceljs } = await bothWriters(edited, "2020-01-31", "quarter");
    await sameWorkbook(patched, exceljs);
  });

  it("adds no cell formats when it refreshes again: a format it made before is used again", async () => {
    const input = await writeFixture(buildPlan2019(), "formats-input.xlsx");
    const [first, second] = [out("formats-1.xlsx"), out("formats-2.xlsx")];
    await refreshFile(input, { asAt: "2020-01-31", out: first });
    await refreshFile(first, { asAt: "2020-01-31", out: second });
    const styles = async (path: string) => (await parts(path)).get("xl/styles.xml")!.toString();
    expect(await styles(second)).toBe(await styles(first));
  });

  it("keeps every part it does not edit byte for byte, including parts ExcelJS knows nothing of", async () => {
    const zip = await JSZip.loadAsync(readFileSync(await writeFixture(buildPlan2019(), "kept-input.xlsx")));
    zip.file("customXml/item1.xml", `<?xml version="1.0" encoding="UTF-8"?><records xmlns="urn:example:council">kept</records>`);
    const input = out("kept.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const output = out("kept-out.xlsx");
    await refreshFile(input, { asAt: "2020-01-31", out: output });

    const [before, after] = [await parts(input), await parts(output)];
    const edited = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"];
    for (const [path, bytes] of before) {
      if (edited.includes(path)) continue;
      expect({ path, same: after.get(path)?.equals(bytes) }).toEqual({ path, same: true });
    }
    // the plan's rows above its first action are untouched text
    const rowsAbove = (xml: string) => /<sheetData>([\s\S]*?)<row r="16"/.exec(xml)?.[1];
    expect(rowsAbove(after.get("xl/worksheets/sheet1.xml")!.toString())).toBe(rowsAbove(before.get("xl/worksheets/sheet1.xml")!.toString()));
  });

  it("edits a package whose rows carry no numbers, or hide one in an XML comment, as it edits the package Excel writes", async () => {
    const bytes = readFileSync(await writeFixture(buildPlan2019(), "unnumbered-input.xlsx"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const { edits } = refresh(readSnapshot(workbook), { asAt: "2020-01-31" });
    const cellsOf = async (written: Buffer | null) => (await readPackageSnapshot(await PackageParts.load(written!))).sheets[0]!.rows;
    const plain = await cellsOf(await patchPackage(bytes, edits));

    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // a row's number may be left out where it follows the row before (ECMA-376 Part 1, §18.3.1.73)
    let previous = 0;
    const unnumbered = sheet.replace(/<row r="(\d+)"/g, (row, number: string) => (Number(number) === ++previous ? "<row" : ((previous = Number(number)), row)));
    expect(unnumbered).not.toBe(sheet);
    zip.file("xl/worksheets/sheet1.xml", unnumbered);
    expect(await cellsOf(await patchPackage(await zip.generateAsync({ type: "nodebuffer" }), edits))).toEqual(plain);

    // a row in an XML comment is not a row, and is not edited as one
    zip.file("xl/worksheets/sheet1.xml", sheet.replace('<row r="16"', '<!-- <row r="16"></row> --><row r="16"'));
    expect(await cellsOf(await patchPackage(await zip.generateAsync({ type: "nodebuffer" }), edits))).toEqual(plain);
  });

});
