import { join } from "path";
import { Report } from "../../src/engine";
import { refreshWorkbook } from "../../src/excel/refreshWorkbook";
import { refreshFile } from "../../src/xlsx/refreshFile";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { TRACKERS } from "../support/fixtures/trackerWorkbooks";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";

const counts = (report: Report) =>
  report.sections.map((s) => [s.name, s.blue, s.red, s.amber, s.green, s.notStarted, s.unrated, s.total]);
const overdue = (report: Report) => report.actions.filter((a) => a.overdue).map((a) => a.action);

describe("real trackers' layouts, refreshed through the file and inside Excel", () => {
  it.each(TRACKERS.map((tracker) => [tracker.kind, tracker] as const))("%s: counted exactly per section and in total, its overdue actions listed", async (kind, tracker) => {
    const file = `tracker-${kind.replace(/\W+/g, "-")}`;
    const input = await writeFixture(tracker.build(), `${file}.xlsx`);
    const byFile = await refreshFile(input, { asAt: tracker.asAt, out: join(fixtureDirectory(), `${file}-out.xlsx`) });
    const excel = await FakeExcel.fromXlsx(input);
    const inExcel = await refreshWorkbook(excel.requestContext, { asAt: tracker.asAt });

    expect(counts(byFile.report)).toEqual(tracker.sections);
    expect(byFile.report.totals.total).toBe(tracker.sections.reduce((sum, section) => sum + section[7], 0));
    expect(overdue(byFile.report)).toEqual(tracker.overdue);
    expect(byFile.report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(inExcel.report).toEqual(byFile.report);
  });
});
