import { join } from "path";
import ExcelJS from "exceljs";
import { refreshWorkbook } from "../../src/excel/refreshWorkbook";
import { fillColour, themeColours } from "../../src/xlsx/fillColour";
import { refreshFile } from "../../src/xlsx/refreshFile";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { buildColourOnlyPlan, buildRagOnlyPlan, buildSheetPerSectionPlan } from "../support/fixtures/otherPlans";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";

const AS_AT = { asAt: "2020-01-31" };

interface Seen {
  value: unknown;
  fill: string | null;
}

/** What a person sees in each non-empty or filled cell of each sheet, and the add-in's names. */
async function seenInFile(path: string): Promise<{ sheets: Record<string, Record<string, Seen>>; names: Record<string, string> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const theme = themeColours((workbook as unknown as { _themes?: Record<string, string> })._themes?.theme1);
  const sheets: Record<string, Record<string, Seen>> = {};
  for (const sheet of workbook.worksheets) {
    const cells: Record<string, Seen> = {};
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const raw = cell.formula ? cell.result : cell.value;
        const value = raw instanceof Date ? Math.round(raw.getTime() / 86400000 + 25569) : raw && typeof raw === "object" && "richText" in raw ? raw.richText.map((r) => r.text).join("") : (raw ?? "");
        const fill = fillColour(cell.fill, theme);
        if (value !== "" || fill) cells[cell.address] = { value, fill };
      }),
    );
    sheets[sheet.name] = cells;
  }
  const names = Object.fromEntries(
    (workbook.definedNames.model as Array<{ name: string; ranges: string[] }>).filter((n) => n.name.startsWith("BRAGTracker_")).map((n) => [n.name, n.ranges.join(",")]),
  );
  return { sheets, names };
}

function seenInFake(excel: FakeExcel): { sheets: Record<string, Record<string, Seen>>; names: Record<string, string> } {
  const sheets: Record<string, Record<string, Seen>> = {};
  for (const sheet of excel.model.sheets) {
    const cells: Record<string, Seen> = {};
    for (const [address, cell] of Object.entries(excel.cells(sheet.name))) {
      const value = cell.error ?? cell.value;
      if (value !== "" || cell.fill) cells[address] = { value, fill: cell.fill };
    }
    sheets[sheet.name] = cells;
  }
  const names = Object.fromEntries([...excel.model.names].filter(([name]) => name.startsWith("BRAGTracker_")).map(([name, formula]) => [name, formula.replace(/^=/, "")]));
  return { sheets, names };
}

describe("the Office.js adapter and the ExcelJS adapter agree", () => {
  it.each([
    ["the 2019-20 plan", buildPlan2019],
    ["a RAG-only plan with heading rows", buildRagOnlyPlan],
    ["a plan one sheet per section", buildSheetPerSectionPlan],
    ["a plan rated by colour", buildColourOnlyPlan],
  ])("on %s: the same report, cell values, fills and owned names", async (name, build) => {
    const input = await writeFixture(build(), `parity-${name.replace(/\W+/g, "-")}.xlsx`);
    const output = join(fixtureDirectory(), `parity-${name.replace(/\W+/g, "-")}-out.xlsx`);
    const byFile = await refreshFile(input, { ...AS_AT, out: output });

    const excel = await FakeExcel.fromXlsx(input);
    const inExcel = await refreshWorkbook(excel.requestContext, AS_AT);

    expect(inExcel.report).toEqual(byFile.report);
    const seen = seenInFake(excel);
    expect(seen).toEqual(await seenInFile(output));
    expect(Object.keys(seen.sheets["BRAG summary"]!).length).toBeGreaterThan(30);
    expect(Object.values(seen.sheets[byFile.report.plans[0]!.sheet]!).filter((cell) => cell.fill).length).toBeGreaterThanOrEqual(2);
  });
});
