import { writeFileSync } from "fs";
import { join } from "path";
import { openWorkbook } from "../../../src/xlsx/exceljs/openWorkbook";
import { fixtureDirectory } from "../../support/fixtures/writeFixture";

function file(name: string, bytes: Buffer | string): string {
  const path = join(fixtureDirectory(), name);
  writeFileSync(path, bytes);
  return path;
}

describe("opening a file that is not a readable workbook", () => {
  it("says there is no such file", async () => {
    await expect(openWorkbook(join(fixtureDirectory(), "missing.xlsx"))).rejects.toThrow("Cannot open 'missing.xlsx': there is no such file.");
  });

  it("says a folder is not a workbook", async () => {
    await expect(openWorkbook(fixtureDirectory())).rejects.toThrow(/it is a folder, not a workbook/);
  });

  it("says a CSV is not an .xlsx", async () => {
    const path = file("plan.csv", "Section,Ref,Aim\nSafe,1,x\n");
    await expect(openWorkbook(path)).rejects.toThrow("'plan.csv' is not an Excel workbook (.xlsx). Open it in Excel and save it as .xlsx.");
  });

  it("says an old .xls must be saved as .xlsx", async () => {
    const path = file("old.xls", Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(512)]));
    await expect(openWorkbook(path)).rejects.toThrow(/^'old\.xls' is an old-style Excel 97-2003 workbook \(\.xls\)\. Open it in Excel and save it as an Excel Workbook \(\.xlsx\)\.$/);
  });

  it("says a damaged .xlsx cannot be read", async () => {
    const path = file("truncated.xlsx", Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.alloc(100)]));
    await expect(openWorkbook(path)).rejects.toThrow(/^'truncated\.xlsx' looks like an \.xlsx but cannot be read/);
  });
});
