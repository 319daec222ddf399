import { buildSummary } from "../../../src/engine/plan/buildSummary";
import { STATUS_LOOK } from "../../../src/engine/plan/palette";
import { refresh } from "../../../src/engine";
import { actionRow, simplePlan } from "../../support/snapshotBuilder";
import { SummaryPlan, cellAddress, parseAddress, parseArea } from "../../../src/engine";
import { COUNT_COLUMNS } from "../../../src/engine/judge/countBySection";

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
    expect(summary.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: 1, repeatRows: "1:3" });
    expect(summary.verticalAlignment).toBe("top");
  });

  it("lists overdue actions with a link to each one's row in the plan", () => {
    const summary = summaryOf([{ section: "Safe", due: "Oct-19", action: "Audit files" }]);
    expect(texts(summary)).toContain("Overdue actions (1)");
    expect(summary.cells.filter((cell) => cell.link).map((cell) => cell.link)).toContainEqual({ sheet: "Plan", cell: "A2" });
  });
});

describe("the summary sheet printed as the committee's appendix", () => {
  const rowOf = (summary: SummaryPlan, text: string) => {
    const cell = summary.cells.find((c) => "text" in c.value && c.value.text.startsWith(text));
    if (!cell) throw new Error(`no cell starts '${text}'`);
    return parseAddress(cell.cell).row;
  };
  const lastPrinted = (summary: SummaryPlan) => parseArea(summary.print.area).bottom;
  const textAt = (summary: SummaryPlan, address: string) => {
    const cell = summary.cells.find((c) => c.cell === address);
    return cell && "text" in cell.value ? cell.value.text : undefined;
  };

  it("prints the counts, the chart and the key actions; the paragraph, the overdue list and the checks are the manager's, below the print area", () => {
    const summary = summaryOf([{ section: "Safe", status: "Red", due: "Oct-19" }, { status: "Amber", lead: "" }]);
    expect(summary.print.area).toMatch(/^A1:K\d+$/);
    for (const printed of ["BRAG summary", "There are:", "Actions by section and status", "Key actions for the next quarter"]) {
      expect(rowOf(summary, printed)).toBeLessThanOrEqual(lastPrinted(summary));
    }
    for (const manager of ["For the manager (not printed)", "Committee paragraph", "Overdue actions", "Checks ("]) {
      expect(rowOf(summary, manager)).toBeGreaterThan(lastPrinted(summary));
    }
    for (const chart of summary.charts) expect(parseAddress(chart.to).row).toBeLessThanOrEqual(lastPrinted(summary));
  });

  it("has no link column on paper: links are only below the print area", () => {
    const summary = summaryOf([{ section: "Safe", status: "Red", due: "Oct-19" }, { status: "Amber", due: "Mar-20" }]);
    const printedLinks = summary.cells.filter((cell) => cell.link && parseAddress(cell.cell).row <= lastPrinted(summary));
    expect(printedLinks).toEqual([]);
    expect(summary.cells.some((cell) => cell.link)).toBe(true);
    expect(texts(summary).slice(0, texts(summary).indexOf("For the manager (not printed): the paragraph to paste, the overdue actions and the checks"))).not.toContain("Go to");
  });

  it("gives each count column the width of its heading, so the figures stand under it", () => {
    const summary = summaryOf([{ section: "Safe" }]);
    const header = rowOf(summary, "Section");
    COUNT_COLUMNS.forEach(([label], index) => {
      expect(textAt(summary, cellAddress(header, index + 1))).toBe(label);
      const width = summary.columnWidths[index + 1] as number;
      expect(width).toBeGreaterThanOrEqual(label.length);
      // no figure far to the right of a wide column, away from its heading
      expect(width).toBeLessThanOrEqual(14);
    });
  });

  it("starts each printed page that a list runs onto with the list's header row, and never leaves a heading at a page's foot", () => {
    const long = "Review every open case with the team manager, record the outcome on the case file and report to the board each month";
    const summary = summaryOf(Array.from({ length: 60 }, (_, i) => ({ section: i % 7 === 0 ? `Section ${i}` : "", ref: i + 1, status: "Red", action: long })));
    expect(summary.print.breaks.length).toBeGreaterThan(1);
    for (const row of summary.print.breaks) {
      const first = textAt(summary, `A${row}`);
      // a page starts with a table's heading and then its header, or with the header of a table running on
      const header = first === "Section" ? row : row + 1;
      expect(textAt(summary, `A${header}`)).toBe("Section");
      expect(textAt(summary, `B${header}`)).toBe("Ref");
    }
    // every break falls inside what prints
    expect(Math.max(...summary.print.breaks)).toBeLessThanOrEqual(lastPrinted(summary) + 1);
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
