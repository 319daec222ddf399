import { buildSummary } from "../../../src/engine/plan/buildSummary";
import { STATUS_LOOK } from "../../../src/engine/plan/palette";
import { refresh } from "../../../src/engine";
import { actionRow, simplePlan } from "../../support/snapshotBuilder";

const summaryOf = (rows: Parameters<typeof actionRow>[0][]) => {
  const { report } = refresh(simplePlan(rows.map(actionRow)), { asAt: "2020-01-31" });
  return buildSummary(report, "BRAG summary", null);
};
const texts = (summary: ReturnType<typeof summaryOf>) => summary.cells.map((cell) => ("text" in cell.value ? cell.value.text : cell.value.number));

describe("the summary sheet for the committee appendix", () => {
  it("counts each section's actions by status, with the committee sentence", () => {
    const summary = summaryOf([{ section: "Safe", status: "Green" }, { status: "Amber" }, { section: "Well", status: "Blue" }]);
    expect(texts(summary)).toEqual(expect.arrayContaining(["Actions by section and status", "Safe", "Well", "There are: 1 task marked amber, 1 task marked green, 0 tasks marked red, 1 task marked blue"]));
  });

  it("writes the plan's own words as text, even when they look like a formula", () => {
    const summary = summaryOf([{ section: "=HYPERLINK(\"http://x\")", status: "Red", action: "=1+1" }]);
    const written = summary.cells.filter((cell) => "text" in cell.value && cell.value.text.startsWith("="));
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((cell) => !cell.link)).toBe(true);
  });

  it("draws the sections by status as a bar chart, one series per status in its palette colour", () => {
    const chart = summaryOf([{ section: "Safe" }]).charts.find((c) => c.type === "BarStacked");
    expect(chart?.series.map((series) => [series.name, series.colour])).toEqual([
      ["Blue", STATUS_LOOK.blue.fill],
      ["Red", STATUS_LOOK.red.fill],
      ["Amber", STATUS_LOOK.amber.fill],
      ["Green", STATUS_LOOK.green.fill],
    ]);
  });

  it("prints on A4 landscape, one page wide, its heading rows on every page, its cells aligned to the top", () => {
    const summary = summaryOf([{ section: "Safe" }]);
    expect(summary.print).toEqual({ paper: "A4", orientation: "landscape", fitToWidth: 1, repeatRows: "1:3" });
    expect(summary.verticalAlignment).toBe("top");
  });

  it("lists overdue actions with a link to each one's row in the plan", () => {
    const summary = summaryOf([{ section: "Safe", due: "Oct-19", action: "Audit files" }]);
    expect(texts(summary)).toContain("Overdue actions (1)");
    expect(summary.cells.filter((cell) => cell.link).map((cell) => cell.link)).toContainEqual({ sheet: "Plan", cell: "A2" });
  });
});

describe("long lists on the summary", () => {
  it("lists at most 250 overdue actions, then says how many more and how to see them; the report keeps them all", () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ section: i === 0 ? "Safe" : "", ref: i + 1, due: "Oct-19", status: "Green" }));
    const { report } = refresh(simplePlan(rows.map(actionRow)), { asAt: "2020-01-31" });
    const summary = buildSummary(report, "BRAG summary", null);
    const listed = summary.cells.filter((cell) => "text" in cell.value && /^Plan row \d+$/.test(cell.value.text) && cell.cell.startsWith("F"));
    expect(report.actions.filter((action) => action.overdue)).toHaveLength(300);
    expect(listed).toHaveLength(250);
    expect(texts(summary)).toContain('And 50 more overdue, not listed here: filter the plan\'s column "BRAG Tracker: overdue / due soon" for Overdue to see them all.');
  });
});
