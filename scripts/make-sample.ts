import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { buildPlan2019 } from "./sample/plan2019";
import { buildSampleTracker } from "./sample/tracker";
import { readSnapshot } from "../src/xlsx/exceljs/readSnapshot";

/** Writes a sample workbook into assets/, and the snapshot of it that the pane's preview runs the engine on in the browser. */
async function writeSample(directory: string, name: string, workbook: ExcelJS.Workbook): Promise<string> {
  const path = join(directory, `${name}.xlsx`);
  await workbook.xlsx.writeFile(path);
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.readFile(path);
  writeFileSync(join(directory, `${name}.snapshot.json`), JSON.stringify(readSnapshot(reopened)));
  return path;
}

/** The bundled samples: the 2019-20 plan in its appendix layout, and a project tracker on which finding the plan fails. */
async function makeSample(): Promise<void> {
  const directory = join(__dirname, "..", "assets");
  mkdirSync(directory, { recursive: true });
  const plan = await writeSample(directory, "sample-plan-2019-20", buildPlan2019());
  const tracker = await writeSample(directory, "sample-tracker", buildSampleTracker());
  process.stdout.write(`Sample workbooks written to ${plan} and ${tracker}, their snapshots beside them\n`);
}

makeSample().catch((error: unknown) => {
  process.stderr.write(`Could not write the sample workbook: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
