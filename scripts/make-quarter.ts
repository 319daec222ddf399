import { join } from "path";
import ExcelJS from "exceljs";
import { refreshFile } from "../src/xlsx/refreshFile";
import { buildPlan2019 } from "./sample/plan2019";
import { editQuarter } from "../test/support/fixtures/quarterEdits";

/**
 * The quarter the README shows: the 2019-20 plan refreshed as at 31 October
 * 2019, edited as in test/cli/progressSinceLastReport.test.ts, and refreshed
 * as at 31 January 2020 into <folder>/quarter.xlsx.
 */
async function makeQuarter(folder: string): Promise<void> {
  const plan = join(folder, "quarter-plan.xlsx");
  const october = join(folder, "quarter-october.xlsx");
  await buildPlan2019().xlsx.writeFile(plan);
  await refreshFile(plan, { asAt: "2019-10-31", out: october });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(october);
  editQuarter(workbook);
  await workbook.xlsx.writeFile(october);
  await refreshFile(october, { asAt: "2020-01-31", out: join(folder, "quarter.xlsx") });
}

makeQuarter(process.argv[2] ?? ".").catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
