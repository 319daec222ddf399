import ExcelJS from "exceljs";

const STATUSES = ["Green", "Amber", "Blue", "Green ", "Red", "green", "Completed", "G", "Amber"];
const WORDS = "review audit practice standards families young people carers social workers managers training data quality timeliness assessment plan".split(" ");

function sentence(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length] as string);
  return out.join(" ");
}

/**
 * A plan of `actions` rows as a directorate keeps one: sections of 40, aims
 * and comments of realistic length, two in three due dates real dates
 * formatted mmm-yy and the rest text, one status in twenty shown by fill only.
 */
export function generatePlan(actions: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(["Name:", `Generated plan of ${actions} actions`]);
  sheet.addRow(["Duration:", "April 2019-March 2020"]);
  sheet.addRow([]);
  sheet.addRow(["Section", "Ref", "Specific aim", "Action", "Measure/outcome", "Due", "Lead", "Comments", "Status"]);
  const months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];
  for (let i = 0; i < actions; i++) {
    const month = i % 12;
    const year = month < 9 ? 2019 : 2020;
    const due = i % 3 === 0 ? `${months[month]}-${String(year).slice(2)}` : new Date(Date.UTC(year, (month + 3) % 12, 1));
    const colourOnly = i % 20 === 7;
    const row = sheet.addRow([
      i % 40 === 0 ? `Section ${Math.floor(i / 40) + 1}` : "",
      (i % 40) + 1,
      sentence(i, 14),
      sentence(i + 1, 18),
      sentence(i + 2, 12),
      due,
      ["RG", "HS", "AM", "SC"][i % 4],
      i % 5 === 0 ? "" : `Jan: ${sentence(i + 3, 22)}`,
      colourOnly ? "" : STATUSES[i % STATUSES.length],
    ]);
    if (due instanceof Date) row.getCell(6).numFmt = "mmm-yy";
    if (colourOnly) row.getCell(9).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } };
  }
  return workbook;
}
