import { refreshWorkbook } from "../../src/excel/refreshWorkbook";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { writeFixture } from "../support/fixtures/writeFixture";

const AS_AT = { asAt: "2020-01-31" };

async function refreshedPlan(): Promise<FakeExcel> {
  const excel = await FakeExcel.fromXlsx(await writeFixture(buildPlan2019(), "plan-2019-20-inside-excel.xlsx"));
  expect((await refreshWorkbook(excel.requestContext, AS_AT)).refusal).toBeNull();
  return excel;
}

describe("inside real Excel: a user's ordinary actions between refreshes", () => {
  it("refreshes again after the user deletes the summary sheet, which Excel leaves as a #REF! name", async () => {
    const excel = await refreshedPlan();
    excel.userDeletesSheet("BRAG summary");
    expect(excel.model.names.get("BRAGTracker_Summary")).toBe("=#REF!$A$1");

    const again = await refreshWorkbook(excel.requestContext, AS_AT);
    expect(again.refusal).toBeNull();
    expect(excel.cell("BRAG summary", "A5")?.value).toBe(again.report.sentence);
    expect(excel.model.names.get("BRAGTracker_Summary")).toBe("='BRAG summary'!$A$1");
  });

  it("refreshes again after the user deletes the flags column", async () => {
    const excel = await refreshedPlan();
    excel.userDeletesColumn("Plan", "J");
    expect(excel.model.names.get("BRAGTracker_Flags1")).toBe("=Plan!#REF!");

    expect((await refreshWorkbook(excel.requestContext, AS_AT)).refusal).toBeNull();
    expect(excel.cell("Plan", "J16")?.value).toBe("BRAG Tracker: overdue / due soon");
    expect(excel.model.names.get("BRAGTracker_Flags1")).toBe("=Plan!$J$16:$J$111");
  });

  it("takes a name of its own spelt in another case for its own, as Excel matches names without regard to case", async () => {
    const excel = await refreshedPlan();
    const formula = excel.model.names.get("BRAGTracker_Summary") as string;
    excel.model.names.delete("BRAGTracker_Summary");
    excel.model.names.set("BRAGTRACKER_SUMMARY", formula);

    expect((await refreshWorkbook(excel.requestContext, { asAt: "2020-02-29" })).refusal).toBeNull();
    expect(excel.model.sheets.filter((sheet) => sheet.name.startsWith("BRAG summary")).map((sheet) => sheet.name)).toEqual(["BRAG summary"]);
    expect([...excel.model.names.keys()].filter((name) => name.toLowerCase() === "bragtracker_summary")).toHaveLength(1);
  });
});
