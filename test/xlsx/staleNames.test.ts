import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { refreshFile } from "../../src/xlsx/refreshFile";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";

const AS_AT = "2020-01-31";

/** The workbook as Excel saves it after the user deleted the summary sheet: the sheet gone, its name left as #REF!. */
async function withSummaryDeleted(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const workbook = (await zip.file("xl/workbook.xml")!.async("string"))
    .replace(/<sheet [^>]*name="BRAG summary"[^>]*\/>/, "")
    // the summary is the last sheet: its own print titles go with it
    .replace(/<definedName name="_xlnm.Print_(Titles|Area)" localSheetId="2">[^<]*<\/definedName>/g, "")
    .replace(/(<definedName name="BRAGTracker_Summary"[^>]*>)[^<]*/, (_, element: string) => `${element}#REF!$A$1`);
  zip.file("xl/workbook.xml", workbook);
  const edited = join(fixtureDirectory(), "summary-deleted.xlsx");
  writeFileSync(edited, await zip.generateAsync({ type: "nodebuffer" }));
  return edited;
}

describe("a workbook Excel saved after the user deleted the add-in's summary sheet", () => {
  it("is refreshed with one summary name, pointing at the new summary", async () => {
    const first = join(fixtureDirectory(), "stale-first.xlsx");
    await refreshFile(await writeFixture(buildPlan2019(), "stale-names.xlsx"), { asAt: AS_AT, out: first });
    const input = await withSummaryDeleted(first);
    const output = join(fixtureDirectory(), "stale-second.xlsx");
    const result = await refreshFile(input, { asAt: AS_AT, out: output });
    expect(result.writer).toBe("patch");

    const workbookXml = (await (await JSZip.loadAsync(readFileSync(output))).file("xl/workbook.xml")!.async("string")).replace(/&apos;/g, "'");
    const names = workbookXml.match(/<definedName name="BRAGTracker_Summary"[^>]*>[^<]*/g);
    expect(names).toEqual(['<definedName name="BRAGTracker_Summary">\'BRAG summary\'!$A$1']);
    expect(workbookXml.match(/_xlnm.Print_Titles/g)).toHaveLength(1);
    expect(workbookXml.match(/_xlnm.Print_Area/g)).toHaveLength(1);
  });
});
