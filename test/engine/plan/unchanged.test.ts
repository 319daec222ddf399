import { holdsExactly, sameNames, summaryUnchanged } from "../../../src/engine/plan/unchanged";
import { buildSummary } from "../../../src/engine/plan/buildSummary";
import { refresh } from "../../../src/engine";
import type { WrittenCell } from "../../../src/engine/model/editPlan";
import { actionRow, sheet, simplePlan } from "../../support/snapshotBuilder";

const cells = (...values: Array<[string, string | number]>): WrittenCell[] =>
  values.map(([cell, value]) => ({ cell, value: typeof value === "number" ? { number: value } : { text: value } }));

describe("what the workbook already shows is not written again", () => {
  it("a sheet holds exactly the written cells when every value matches and nothing else is there", () => {
    expect(holdsExactly(sheet("S", [["Total", 3]]), cells(["A1", "Total"], ["B1", 3]))).toBe(true);
  });

  it("a different value, an extra cell or a formula where text was written is not the same", () => {
    expect(holdsExactly(sheet("S", [["Total", 4]]), cells(["A1", "Total"], ["B1", 3]))).toBe(false);
    expect(holdsExactly(sheet("S", [["Total", 3, "note"]]), cells(["A1", "Total"], ["B1", 3]))).toBe(false);
    expect(holdsExactly(sheet("S", [[{ value: "Total", formula: "=\"Total\"" }]]), cells(["A1", "Total"]))).toBe(false);
  });

  it("names are the same whatever their order", () => {
    const a = { name: "BRAGTracker_Summary", refersTo: "'BRAG summary'!$A$1" };
    const b = { name: "BRAGTracker_Flags1", refersTo: "Plan!$J$1:$J$3" };
    expect(sameNames([a, b], [b, a])).toBe(true);
    expect(sameNames([a], [a, b])).toBe(false);
  });

  it("a summary whose charts cannot be seen (read through ExcelJS) is always written afresh", () => {
    const plan = simplePlan([actionRow({ section: "Safe" })]);
    const { report } = refresh(plan, { asAt: "2020-01-31" });
    const summary = buildSummary(report, "BRAG summary", "BRAG summary");
    const shown = sheet("BRAG summary", []);
    shown.rows = [];
    for (const written of summary.cells) {
      const match = /^([A-Z]+)(\d+)$/.exec(written.cell) as RegExpExecArray;
      const row = Number(match[2]) - 1;
      const column = (match[1] as string).split("").reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
      (shown.rows[row] ??= [])[column] = { value: "text" in written.value ? written.value.text : written.value.number };
    }
    const withSummary = (charts: number | undefined) => ({ ...plan, sheets: [...plan.sheets, { ...shown, charts }] });
    expect(summaryUnchanged(withSummary(summary.charts.length), summary)).toBe(true);
    expect(summaryUnchanged(withSummary(undefined), summary)).toBe(false);
    expect(summaryUnchanged(withSummary(summary.charts.length - 1), summary)).toBe(false);
  });
});
