import { buildReport, refresh } from "../../src/engine";
import { actionRow, simplePlan } from "../support/snapshotBuilder";

const AS_AT = { asAt: "2020-01-31" };
const STATUSES = ["Green", "Amber", "Red", "Blue"];

describe("a plan larger than any a council keeps is still counted, not a crash", () => {
  it("130,000 actions (past the number of arguments a spread may pass) are each counted", () => {
    const rows = Array.from({ length: 130_000 }, (_, i) => actionRow({ section: `Section ${i % 7}`, ref: i + 1, status: STATUSES[i % 4] }));
    const report = buildReport(simplePlan(rows), AS_AT);
    expect([report.totals.total, report.totals.green, report.totals.blue]).toEqual([130_000, 32_500, 32_500]);
  });

  it("a refresh of it plans a flag for each overdue action", () => {
    const rows = Array.from({ length: 130_000 }, (_, i) => actionRow({ ref: i + 1, status: "Green" }));
    const { edits } = refresh(simplePlan(rows), AS_AT);
    expect(edits.flags[0]?.cells.length).toBe(130_001);
  });
});
