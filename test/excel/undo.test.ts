import { refresh } from "../../src/engine";
import { applyOfficeEdits } from "../../src/excel/applyOfficeEdits";
import { readExcelSnapshot } from "../../src/excel/readExcelSnapshot";
import { runInExcel } from "../../src/excel/runInExcel";
import { SyncBudget } from "../../src/excel/syncBudget";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { REQUEST_LIMIT_BYTES } from "../support/fakeExcel/context";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { writeFixture } from "../support/fixtures/writeFixture";

const AS_AT = { asAt: "2020-01-31" };

/** The add-in's own Excel.run on the fake, in an Excel that has ExcelApi up to `version`. */
function inExcel(excel: FakeExcel, version: number): void {
  excel.model.mergesUndoGroups = version >= 1.2;
  Object.assign(globalThis, {
    Excel: { run: excel.run.bind(excel) },
    Office: { context: { requirements: { isSetSupported: (_: string, wanted: string) => Number(wanted) <= version } } },
  });
}

/** A refresh written in several requests, as a large plan's is: a four-hundredth of Excel's request limit here. */
async function refreshInSeveralRequests(excel: FakeExcel): Promise<number> {
  return runInExcel(async (context) => {
    const { edits } = refresh(await readExcelSnapshot(context), AS_AT);
    const before = excel.context.syncCount;
    await applyOfficeEdits(context, edits, new SyncBudget(context, REQUEST_LIMIT_BYTES / 400));
    return excel.context.syncCount - before;
  });
}

describe("undoing a refresh", () => {
  it("where Excel has ExcelApi 1.20, a refresh written in several requests is one undo record: one Ctrl+Z undoes it whole", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(buildPlan2019(), "undo-120.xlsx"));
    inExcel(excel, 1.2);
    expect(await refreshInSeveralRequests(excel)).toBeGreaterThan(2);
    expect(excel.model.undoRecords).toHaveLength(1);
  });

  it("where it has not, the requests are undone one by one, as before", async () => {
    const excel = await FakeExcel.fromXlsx(await writeFixture(buildPlan2019(), "undo-119.xlsx"));
    inExcel(excel, 1.19);
    const writes = await refreshInSeveralRequests(excel);
    expect(excel.model.undoRecords).toHaveLength(writes);
  });
});
