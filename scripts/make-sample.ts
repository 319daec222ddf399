import { mkdirSync } from "fs";
import { join } from "path";
import { buildPlan2019 } from "../test/fixtures/plan2019";

/** Writes the bundled sample workbook (the 2019-20 plan in its appendix layout) into assets/. */
async function makeSample(): Promise<void> {
  const directory = join(__dirname, "..", "assets");
  mkdirSync(directory, { recursive: true });
  const path = join(directory, "sample-plan-2019-20.xlsx");
  await buildPlan2019().xlsx.writeFile(path);
  process.stdout.write(`Sample workbook written to ${path}\n`);
}

makeSample().catch((error: unknown) => {
  process.stderr.write(`Could not write the sample workbook: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
