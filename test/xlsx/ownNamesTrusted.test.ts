import ExcelJS from "exceljs";
import JSZip from "jszip";
import { refreshWorkbookBytes } from "../../src/xlsx/refreshFile";

const AS_AT = { asAt: "2020-01-31" };

/** A plan refreshed once: its flags column (H) is marked by the add-in's name BRAGTracker_Flags1. */
async function refreshedPlan(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(["Section", "Ref", "Aim", "Action", "Due", "Comments", "Status"]);
  ["Green", "Amber", "Red"].forEach((status, i) => sheet.addRow(["Safe", i + 1, `Aim ${i}`, `Action ${i}`, "Oct-19", `Comment ${i}`, status]));
  const { output } = await refreshWorkbookBytes(Buffer.from(await workbook.xlsx.writeBuffer()), "plan.xlsx", AS_AT);
  return output as Buffer;
}

/** The workbook with the add-in's flags name pointed elsewhere, as a hand edit or another tool might leave it. */
async function withFlagsNameAt(bytes: Buffer, reference: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await (zip.file("xl/workbook.xml") as JSZip.JSZipObject).async("string");
  const moved = xml.replace(/(<definedName name="BRAGTracker_Flags1"[^>]*>)[^<]*(<\/definedName>)/, (_, open: string, close: string) => `${open}${reference}${close}`);
  expect(moved).not.toBe(xml);
  zip.file("xl/workbook.xml", moved);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function cellsOf(bytes: Buffer, range: string): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Plan") as ExcelJS.Worksheet;
  const [from, to] = range.split(":") as [string, string];
  const values: unknown[] = [];
  for (let row = Number(from.slice(1)); row <= Number(to.slice(1)); row++) values.push(sheet.getCell(`${from[0]}${row}`).value);
  return values;
}

describe("the add-in's own names are trusted only as far as the cells bear them out", () => {
  it("a flags name pointed at the user's Comments column leaves every comment where it is", async () => {
    const moved = await withFlagsNameAt(await refreshedPlan(), "Plan!$F$1:$F$4");
    const { output } = await refreshWorkbookBytes(moved, "plan.xlsx", AS_AT);
    expect(await cellsOf(output, "F1:F4")).toEqual(["Comments", "Comment 0", "Comment 1", "Comment 2"]);
  });

  it("a flags name pointed at the rest of the sheet is passed over, and the refresh takes no longer than any", async () => {
    const moved = await withFlagsNameAt(await refreshedPlan(), "Plan!$K$1:$XFD$1048576");
    const { report, output } = await refreshWorkbookBytes(moved, "plan.xlsx", AS_AT);
    expect(report.totals.total).toBe(3);
    expect(await cellsOf(output, "F1:F4")).toEqual(["Comments", "Comment 0", "Comment 1", "Comment 2"]);
  });

  it("the flags column it wrote itself is still cleared and written again", async () => {
    const { report, output } = await refreshWorkbookBytes(await refreshedPlan(), "plan.xlsx", { asAt: "2020-06-30" });
    expect(report.totals.overdue).toBe(3);
    expect(await cellsOf(output, "H2:H4")).toEqual(["Overdue", "Overdue", "Overdue"]);
  });
});
