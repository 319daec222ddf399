import ExcelJS from "exceljs";
import { performance } from "perf_hooks";

/** The floor: ExcelJS alone loading and saving the same file, changing nothing. Prints milliseconds. */
async function floor(input: string, output: string): Promise<void> {
  const started = performance.now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
  process.stdout.write(JSON.stringify({ floor: performance.now() - started, rssMb: process.resourceUsage().maxRSS / 1024 }));
}

const [input, output] = process.argv.slice(2);
floor(input as string, output as string).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
