import fc from "fast-check";
import ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import { join } from "path";
import { refreshWorkbook } from "../../src/excel/refreshWorkbook";
import { refreshWorkbookBytes } from "../../src/xlsx/refreshFile";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { fixtureDirectory } from "../support/fixtures/writeFixture";
import { AS_AT, GeneratedLayout, answerOfReport as counted } from "../support/layouts/generateLayout";
import { layoutWorkbook } from "../support/layouts/layoutWorkbook";
import { generatedLayouts } from "../support/layouts/renderLayout";

// fixed so a failure can be replayed: LAYOUT_SEED=… LAYOUT_RUNS=1 npx jest test/layouts
const SEED = Number(process.env.LAYOUT_SEED ?? 20261207);
const FILE_RUNS = Number(process.env.LAYOUT_RUNS ?? 2000);
const EXCEL_RUNS = Number(process.env.LAYOUT_EXCEL_RUNS ?? 300);

jest.setTimeout(900_000);

/** Saves the workbook a failure was found on, and says where and what it was made of. */
function keep(layout: GeneratedLayout, bytes: Buffer, door: string): string {
  const path = join(fixtureDirectory(), `layout-${door}-${Date.now()}.xlsx`);
  writeFileSync(path, bytes);
  return `${path}, made of: ${layout.parts.join("; ")}`;
}

describe("plans of every layout, generated with their answer known, counted exactly", () => {
  const timings: string[] = [];
  afterAll(() => process.stdout.write(`Generated layouts: ${timings.join("; ")}\n`));

  it(`through the file door: ${FILE_RUNS} workbooks, each section's counts, the overdue list and, where it keeps a column a quarter, what was completed since the quarter before exact`, async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(generatedLayouts, async (layout) => {
        const bytes = await layoutWorkbook(layout);
        const { report } = await refreshWorkbookBytes(bytes, "generated.xlsx", { asAt: AS_AT }).catch((error: Error) => {
          throw new Error(`${error.message} (${keep(layout, bytes, "file")})`);
        });
        const got = counted(report);
        if (JSON.stringify(got) !== JSON.stringify(layout.answer)) expect([got, keep(layout, bytes, "file")]).toEqual([layout.answer, "the answer"]);
      }),
      { seed: SEED, numRuns: FILE_RUNS, endOnFailure: true },
    );
    timings.push(`${FILE_RUNS} through the file door in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });

  it(`inside Excel (the Office.js adapter on the strict fake): ${EXCEL_RUNS} workbooks, the same answer`, async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(generatedLayouts, async (layout) => {
        const bytes = await layoutWorkbook(layout);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        const excel = FakeExcel.fromWorkbook(workbook);
        const { report } = await refreshWorkbook(excel.requestContext, { asAt: AS_AT });
        const got = counted(report);
        if (JSON.stringify(got) !== JSON.stringify(layout.answer)) expect([got, keep(layout, bytes, "excel")]).toEqual([layout.answer, "the answer"]);
      }),
      { seed: SEED + 1, numRuns: EXCEL_RUNS, endOnFailure: true },
    );
    timings.push(`${EXCEL_RUNS} inside Excel in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });
});
