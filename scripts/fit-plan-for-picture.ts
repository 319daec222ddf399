import ExcelJS from "exceljs";

/**
 * For the README picture only: a copy of the refreshed workbook whose plan
 * sheet prints landscape, one page wide, so the coloured status and flags
 * columns show beside the aims. The user's own page set-up is never changed.
 */
async function fitPlan(input: string, output: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const plan = workbook.getWorksheet("Plan");
  if (!plan) throw new Error("no sheet named Plan");
  plan.pageSetup = { ...plan.pageSetup, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  [16, 5, 30, 30, 24, 8, 10, 34, 9, 26].forEach((width, index) => {
    plan.getColumn(index + 1).width = width;
  });
  // the first two sections, one line a row
  plan.eachRow({ includeEmpty: true }, (row, number) => {
    row.hidden = number < 16 || number > 47;
    row.height = 15;
    row.eachCell((cell) => {
      cell.alignment = { ...cell.alignment, wrapText: false };
    });
  });
  for (const name of workbook.worksheets.map((sheet) => sheet.name).filter((name) => name !== "Plan")) {
    workbook.removeWorksheet(workbook.getWorksheet(name)!.id);
  }
  await workbook.xlsx.writeFile(output);
}

const [input, output] = process.argv.slice(2);
fitPlan(input as string, output as string).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
