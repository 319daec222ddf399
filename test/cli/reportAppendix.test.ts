import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { reportCommand } from "../../src/cli/reportCommand";
import { reportDocxBuffer } from "../../src/docx/packReport";
import { buildReport, committeeReport } from "../../src/engine";
import { documentText } from "../support/docx/documentText";
import { actionRow, simplePlan } from "../support/snapshotBuilder";
import { captureTerminal } from "../support/terminal";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-plan-2019-20.xlsx");

describe("Appendix 1 of the committee report, as Word reads it", () => {
  let rows: string[];
  let body: string;
  beforeAll(async () => {
    const docx = join(mkdtempSync(join(tmpdir(), "brag-appendix-")), "report.docx");
    expect(await reportCommand(SAMPLE, { docx, asAt: "2020-01-31" }, captureTerminal())).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(docx))).file("word/document.xml")!.async("string");
    const appendix = xml.slice(xml.lastIndexOf("<w:tbl>"));
    body = xml.slice(0, xml.lastIndexOf("<w:tbl>"));
    rows = [...appendix.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
  });

  it("holds every action after its heading row, each row kept on one page", () => {
    expect(rows.length).toBe(84);
    expect(rows.slice(1).every((row) => row.includes("<w:cantSplit/>"))).toBe(true);
  });

  it("says '(overdue)' in words beside an overdue action's due date, 48 of them as at 31 January 2020", () => {
    expect(rows.filter((row) => row.includes("(overdue)</w:t>")).length).toBe(48);
  });

  it("keeps every heading with what follows it, and the closing lines on one page (no page holds only the contact line)", () => {
    const paragraphs = [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((match) => match[0]).filter((p) => !p.includes("<w:tbl>"));
    const headings = paragraphs.filter((p) => /<w:pStyle w:val="Heading[12]"\/>/.test(p));
    expect(headings.length).toBeGreaterThan(5);
    expect(headings.filter((p) => !p.includes("<w:keepNext/>"))).toEqual([]);
    const at = paragraphs.findIndex((p) => p.includes(">Appendices<"));
    const closing = paragraphs.slice(at, at + 4);
    expect(closing.map((p) => p.includes("<w:keepNext/>"))).toEqual([true, true, true, false]);
  });

  it("keeps a comment's line breaks as line breaks", () => {
    expect(rows.some((row) => /<\/w:t><w:br\/><w:t xml:space="preserve">/.test(row))).toBe(true);
  });
});

describe("the committee report's table of sections names each status column as the summary sheet does", () => {
  it("with Not started and Unrated where the plan has them, and Overdue in a column it fits at 10 pt", async () => {
    const snapshot = simplePlan([actionRow({ status: "Green" }), actionRow({ status: "Not started" }), actionRow({ status: "Purple" })]);
    const draft = await documentText(await reportDocxBuffer(committeeReport(buildReport(snapshot, { asAt: "2020-01-31" }))));
    const table = draft.tables.find((rows) => rows[0]?.[0] === "Section") as string[][];
    expect(table[0]).toEqual(["Section", "Blue", "Red", "Amber", "Green", "Not started", "Unrated", "Total", "Overdue"]);
    expect(table.at(-1)).toEqual(["Total", "0", "0", "0", "1", "1", "1", "3", "3"]);
  });
});
