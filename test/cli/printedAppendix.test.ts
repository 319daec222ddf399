import { join } from "path";
import { refreshFile } from "../../src/xlsx/refreshFile";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";
import { canRender, pdfPages, renderToPdf } from "../support/render/libreOffice";

const lines = (page: string) => page.split("\n").map((line) => line.trim().replace(/\s+/g, " ")).filter(Boolean);

describe("the summary sheet printed as the committee's Appendix (rendered by LibreOffice to A4 landscape)", () => {
  let summaryPages: string[][] = [];
  let rendered = false;

  beforeAll(async () => {
    if (!canRender("the printed summary sheet")) return;
    const refreshed = join(fixtureDirectory(), "printed-appendix.xlsx");
    await refreshFile(await writeFixture(buildPlan2019(), "printed-appendix-plan.xlsx"), { asAt: "2020-01-31", out: refreshed });
    const pdf = renderToPdf(refreshed, join(fixtureDirectory(), "printed-appendix"));
    // the plan's own pages print too; the summary's each start with its repeated title rows
    summaryPages = pdfPages(pdf).map(lines).filter((page) => page[0] === "BRAG summary");
    rendered = true;
  }, 240_000);

  it("is at most three pages for the sample's quarter, each headed by the title, the plan and the date", () => {
    if (!rendered) return;
    expect(summaryPages.length).toBeGreaterThanOrEqual(2);
    expect(summaryPages.length).toBeLessThanOrEqual(3);
    for (const page of summaryPages) {
      expect(page[1]).toBe("Plan Children's Social Care and Early Help Service Development Plan");
      expect(page[2]).toBe("As at 31 January 2020");
    }
  });

  it("has the counts, every figure under its heading, on the first page, and the key actions after", () => {
    if (!rendered) return;
    const first = summaryPages[0] as string[];
    expect(first).toContain("Section Blue Red Amber Green Not started Unrated Total Overdue Due soon");
    expect(first).toContain("Total 24 0 22 37 0 0 83 48 1");
    expect(summaryPages.flat().filter((line) => line.startsWith("Key actions for the next quarter"))).toEqual([
      "Key actions for the next quarter: red, and amber due by 30 June 2020 (22)",
    ]);
  });

  it("starts each page a list runs onto with the list's header row, and prints no link column", () => {
    if (!rendered) return;
    const listHeader = "Section Ref Status Due Lead Action";
    const withList = summaryPages.filter((page) => page.includes(listHeader));
    expect(withList.length).toBe(summaryPages.length - 1);
    for (const page of withList.slice(1)) expect(page[3]).toBe(listHeader);
    expect(summaryPages.flat().some((line) => /Go to|Plan row \d+/.test(line))).toBe(false);
  });

  it("leaves the manager's part unprinted: the drafted paragraph, the overdue list and the checks", () => {
    if (!rendered) return;
    const text = summaryPages.flat().join("\n");
    for (const manager of ["For the manager", "Committee paragraph", "Overdue actions (", "Checks ("]) expect(text).not.toContain(manager);
  });
});
