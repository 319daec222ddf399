import ExcelJS from "exceljs";
import { OutOfTime, limitRequests } from "../../src/excel/timeLimit";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";

function excelWithLatency(milliseconds: number): FakeExcel {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Plan");
  const excel = FakeExcel.fromWorkbook(workbook);
  excel.context.latencyMs = milliseconds;
  return excel;
}

describe("holding a run's requests to a deadline", () => {
  it("sends a request only while the time left could carry the longest so far, and says whether a write had gone", async () => {
    const excel = excelWithLatency(100);
    const context = excel.requestContext;
    const limit = limitRequests(context, () => excel.model.now ?? 0, 350);
    await context.sync();
    await context.sync();
    limit.writing();
    // 200 + 100 < 350: the first write goes
    await context.sync();
    // 300 + 100 ≥ 350: the next would not finish in time
    await expect(context.sync()).rejects.toEqual(new OutOfTime(true));
    expect(excel.context.syncCount).toBe(3);
  });

  it("a stop before any write has gone says nothing was written, and the context's own sync comes back when released", async () => {
    const excel = excelWithLatency(100);
    const context = excel.requestContext;
    const limit = limitRequests(context, () => excel.model.now ?? 0, 150);
    await context.sync();
    limit.writing();
    const stopped = await context.sync().catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(OutOfTime);
    expect((stopped as OutOfTime).duringWrite).toBe(false);
    limit.release();
    await context.sync();
    expect(excel.context.syncCount).toBe(2);
  });
});
