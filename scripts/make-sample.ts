import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { buildPlan2019 } from "./sample/plan2019";
import { readSnapshot } from "../src/xlsx/exceljs/readSnapshot";

/** Writes the bundled sample workbook (the 2019-20 plan in its appendix layout) into assets/. */
async function makeSample(): Promise<void> {
  const directory = join(__dirname, "..", "assets");
  mkdirSync(directory, { recursive: true });
  const path = join(directory, "sample-plan-2019-20.xlsx");
  await buildPlan2019().xlsx.writeFile(path);
  // the pane's preview runs the engine in the browser on this snapshot of the same file
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.readFile(path);
  writeFileSync(join(directory, "sample-plan-2019-20.snapshot.json"), JSON.stringify(readSnapshot(reopened)));
  process.stdout.write(`Sample workbook written to ${path}, its snapshot beside it\n`);
}

makeSample().catch((error: unknown) => {
  process.stderr.write(`Could not write the sample workbook: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
