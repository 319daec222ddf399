import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { refreshFile } from "../../src/xlsx/refreshFile";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";

function planOn(name: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  sheet.getRow(1).values = ["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"];
  for (let i = 0; i < 4; i++) sheet.getRow(2 + i).values = ["Safe", i + 1, `Aim ${i}`, `Action ${i}`, "Oct-19", "RG", "Comment", ["Green", "Red"][i % 2]];
  return workbook;
}

describe("the file door names sheets as Excel reads them", () => {
  it.each(["FY20", "R2C3", "Plan, 2019-20"])("quotes the sheet %s in the flags' name and in the summary's links to it", async (name) => {
    const output = join(fixtureDirectory(), `named-${name.replace(/\W/g, "")}-out.xlsx`);
    await refreshFile(await writeFixture(planOn(name), `named-${name.replace(/\W/g, "")}.xlsx`), { asAt: "2020-01-31", out: output });
    const zip = await JSZip.loadAsync(readFileSync(output));
    const quoted = `'${name}'`;
    const workbook = (await zip.file("xl/workbook.xml")!.async("string")).replace(/&apos;/g, "'");
    expect(workbook).toContain(`<definedName name="BRAGTracker_Flags1">${quoted}!$I$1:$I$5</definedName>`);
    const summary = Object.keys(zip.files).filter((path) => /^xl\/worksheets\/[^/]+\.xml$/.test(path));
    const sheets = (await Promise.all(summary.map((path) => zip.file(path)!.async("string")))).join("").replace(/&apos;/g, "'").replace(/&quot;/g, '"');
    const links = sheets.match(/HYPERLINK\("#[^"]*/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !link.startsWith(`HYPERLINK("#${quoted}!`) && !link.startsWith(`HYPERLINK("#'BRAG summary'!`))).toEqual([]);
  });
});
