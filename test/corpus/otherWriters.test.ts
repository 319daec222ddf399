import { Report } from "../../src/engine";
import { refreshWorkbookBytes } from "../../src/xlsx/refreshFile";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { integrityProblems, packageEntries } from "../support/corpus/packageIntegrity";
import { PACKAGE_VARIANTS, VARIANT_TOTALS, packageVariant } from "../support/corpus/packageVariants";

const AS_AT = { asAt: "2020-01-31" };

/** The user's cells whose value the refresh changed: each held something before and holds something else after, read by the package reader. */
async function cellsChanged(before: Buffer, after: Buffer): Promise<string[]> {
  const [was, now] = await Promise.all([readWorkbook(before, "before.xlsx", undefined), readWorkbook(after, "after.xlsx", undefined)]);
  const changed: string[] = [];
  for (const sheet of was.snapshot.sheets) {
    const rows = now.snapshot.sheets.find((other) => other.name === sheet.name)?.rows ?? [];
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell && JSON.stringify(cell.value) !== JSON.stringify(rows[r]?.[c]?.value)) changed.push(`${sheet.name}!R${r + 1}C${c + 1}`);
      }),
    );
  }
  return changed;
}

describe("packages from other writers, and as Excel writes them: read as Excel opens them, refused as Excel would", () => {
  it.each(PACKAGE_VARIANTS.map((variant) => [variant.name, variant] as const))("%s", async (_, made) => {
    const variant = await packageVariant(made);
    let report: Report | null = null;
    let refusal: string | null = null;
    let output: Buffer | null = null;
    try {
      const result = await refreshWorkbookBytes(variant.bytes, "variant.xlsx", AS_AT);
      report = result.report;
      output = result.output;
    } catch (error) {
      // a refusal is thrown before anything is written: there is no output to leave behind
      refusal = (error as Error).message;
    }
    if ("refused" in variant.expect) {
      expect([variant.name, refusal]).toEqual([variant.name, expect.stringMatching(variant.expect.refused)]);
    } else {
      const totals = report ? { blue: report.totals.blue, red: report.totals.red, amber: report.totals.amber, green: report.totals.green, total: report.totals.total } : null;
      expect([variant.name, refusal, totals]).toEqual([variant.name, null, VARIANT_TOTALS]);
      // as the corpus files are checked: the package sound, no part of the user's lost, no cell of theirs changed
      const [before, after] = await Promise.all([packageEntries(variant.bytes), packageEntries(output as Buffer)]);
      const changed = new Set(after.filter((entry) => !before.some((other) => other.name === entry.name && other.content.equals(entry.content))).map((entry) => entry.name));
      expect(await integrityProblems(output as Buffer, (name) => changed.has(name))).toEqual([]);
      expect(before.map((entry) => entry.name).filter((name) => !after.some((entry) => entry.name === name))).toEqual([]);
      expect(await cellsChanged(variant.bytes, output as Buffer)).toEqual([]);
    }
  });

  it.each(PACKAGE_VARIANTS.filter((variant) => /structure is locked|locked structure/.test(variant.name)).map((variant) => [variant.name, variant] as const))(
    "%s, read by the ExcelJS fallback: refused all the same",
    async (_, made) => {
      const variant = await packageVariant(made);
      await expect(refreshWorkbookBytes(variant.bytes, "variant.xlsx", { ...AS_AT, reader: "exceljs" })).rejects.toThrow(/structure is protected/);
    },
  );
});
