import JSZip from "jszip";
import { refreshWorkbookBytes } from "../../../src/xlsx/refreshFile";
import { buildPlan2019 } from "../../../scripts/sample/plan2019";

/** The summary's print area and the rows its manual page breaks follow, as the package holds them. */
async function printing(output: Buffer): Promise<{ area: string | undefined; breaks: number[] }> {
  const zip = await JSZip.loadAsync(output);
  const workbook = (await zip.file("xl/workbook.xml")!.async("string")).replace(/&apos;/g, "'");
  const area = /<definedName name="_xlnm.Print_Area" localSheetId="\d+">([^<]*)<\/definedName>/.exec(workbook)?.[1];
  const parts = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  const sheets = await Promise.all(parts.map((part) => zip.file(part)!.async("string")));
  const summary = sheets.find((xml) => xml.includes("<rowBreaks")) ?? "";
  return { area, breaks: [...summary.matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1])) };
}

describe("the summary sheet written by the ExcelJS fallback", () => {
  it("prints as the package writer's does: the committee's part the print area, its pages broken by hand", async () => {
    const bytes = Buffer.from(await buildPlan2019().xlsx.writeBuffer());
    const fallback = await refreshWorkbookBytes(bytes, "plan.xlsx", { asAt: "2020-01-31", reader: "exceljs" });
    const patched = await refreshWorkbookBytes(bytes, "plan.xlsx", { asAt: "2020-01-31" });
    expect([fallback.writer, patched.writer]).toEqual(["exceljs", "patch"]);
    const [ours, theirs] = await Promise.all([printing(fallback.output), printing(patched.output)]);
    expect(ours.area).toMatch(/^'BRAG summary'!\$A\$1:\$K\$\d+$/);
    expect(ours.breaks.length).toBeGreaterThan(0);
    expect(ours).toEqual(theirs);
  });
});
