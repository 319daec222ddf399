import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { ActionEntry, Report, withDefaults } from "../../src/engine";
import { refreshCommand } from "../../src/cli/refreshCommand";
import { reportCommand } from "../../src/cli/reportCommand";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { editQuarter, rowOf } from "../support/fixtures/quarterEdits";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";
import { captureTerminal } from "../support/terminal";
import { writeSettingsSheet } from "../support/writeSettingsSheet";
import { DocumentText, documentText } from "../support/docx/documentText";
import { canRender, pdfPages, renderToPdf } from "../support/render/libreOffice";

const quiet = { out: () => undefined, err: () => undefined };
const COMMENT = "=SUM(H17:H18) is what the manager typed, not a formula";
const DETAILS = {
  committee: "Safeguarding Sub Committee – For Information",
  dated: "19/02/2020",
  reportOf: "Andrew Carter, Director of Community and Children's Services",
  author: "Rachel Green, Service Manager Children's Social Care and Early Help",
  contact: "T: 020 7332 3501, rachel.green@example.gov.uk",
};

/** The paragraphs after the one that starts with `lead`, up to the next that is not a list item of that block. */
function after(document: DocumentText, lead: string, count: number): string[] {
  const at = document.paragraphs.findIndex((text) => text.startsWith(lead));
  expect(at).toBeGreaterThanOrEqual(0);
  return document.paragraphs.slice(at + 1, at + 1 + count);
}

describe("brag report: the committee report for the 2019-20 plan's quarter", () => {
  let january: Report;
  let quarter: string;
  let draft: DocumentText;
  let printed: string[];

  beforeAll(async () => {
    const directory = fixtureDirectory();
    const plan = await writeFixture(buildPlan2019(), "report-plan.xlsx");
    const october = join(directory, "report-october.xlsx");
    const edited = join(directory, "report-edited.xlsx");
    quarter = join(directory, "report-quarter.xlsx");
    const json = join(directory, "report-quarter.json");
    expect(await refreshCommand(plan, { asAt: "2019-10-31", out: october }, quiet)).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(october);
    editQuarter(workbook);
    // a comment that starts with "=", as the manager typed it (stored as text)
    const sheet = workbook.getWorksheet("Plan") as ExcelJS.Worksheet;
    sheet.getCell(rowOf(sheet, "Safe", 1), 8).value = COMMENT;
    await workbook.xlsx.writeFile(edited);
    expect(await refreshCommand(edited, { asAt: "2020-01-31", out: quarter, json }, quiet)).toBe(0);
    january = JSON.parse(readFileSync(json, "utf8"));

    const terminal = captureTerminal();
    const docx = join(directory, "report.docx");
    expect(await reportCommand(quarter, { docx, asAt: "2020-01-31", since: "2019-10-31" }, terminal)).toBe(0);
    printed = terminal.lines;
    draft = await documentText(readFileSync(docx));
  });

  it("lists the counts as the reports do, after 'There are:'", () => {
    expect(after(draft, "There are:", 4)).toEqual(["21 tasks marked amber", "36 tasks marked green", "1 task marked red", "25 tasks marked blue"]);
  });

  it("has a row for every section in the table of sections by status, each status named in words in its header", () => {
    const table = draft.tables.find((rows) => rows[0]?.[0] === "Section" && rows[0]?.includes("Overdue")) as string[][];
    // named as the summary sheet names them; Not started and Unrated, none of either in this plan, are left out to fit the page
    expect(table[0]).toEqual(["Section", "Blue", "Red", "Amber", "Green", "Total", "Overdue"]);
    const expected = january.sections.map((s) => [s.name, ...[s.blue, s.red, s.amber, s.green, s.total, s.overdue].map(String)]);
    expect(table.slice(1, -1)).toEqual(expected);
    expect(table[table.length - 1]?.[0]).toBe("Total");
    expect(draft.xml).toContain("<c:chart ");
  });

  it("names the actions completed in the quarter, in plan order", () => {
    expect(after(draft, "Key achievements since 31 October 2019: 2 tasks completed.", 2)).toEqual([
      expect.stringContaining("(Safe 16, lead RG)"),
      expect.stringContaining("(Potential 3, lead RG)"),
    ]);
  });

  it("lists the key actions for the next quarter: every red one, then the amber ones due by the quarter's end, soonest due first, five of them and how many more", () => {
    const due = (a: ActionEntry) => a.due ?? "9999-12-31";
    // as at 31 January 2020 the next quarter ends on 30 June 2020
    const expected = january.actions
      .filter((a) => a.status === "red" || (a.status === "amber" && a.due !== null && a.due <= "2020-06-30"))
      .sort((a, b) => Number(b.status === "red") - Number(a.status === "red") || due(a).localeCompare(due(b)))
      .map((a) => `(${a.section} ${a.ref}`);
    const lead = draft.paragraphs.find((text) => text.startsWith("Work in the next quarter is to"));
    expect(lead).toMatch(/^Work in the next quarter is to (unblock the \d+ tasks? marked red and )?turn the \d+ tasks marked amber to green\. Key actions include (the red ones, then )?the amber ones due by 30 June 2020, each with its latest comment:$/);
    const listed = after(draft, "Work in the next quarter is to", 6);
    // each line names "(Section Ref, due Month Year, lead XX)", then the action's latest comment where it has one
    expect(listed.slice(0, 5).map((line) => `(${/\(([^()]*, (?:due|lead) [^()]*)\)(?::|$)/.exec(line)?.[1]?.split(/, (?:due|lead) /)[0]}`)).toEqual(expected.slice(0, 5));
    expect(listed[5]).toBe(`and ${expected.length - 5} more, marked in Appendix 1.`);
    // said once: the report's subheading stands in for the pasted paragraph's lead line
    expect(draft.paragraphs.filter((text) => text.startsWith("Key actions being undertaken"))).toEqual([]);
  });

  it("marks the header's details the workbook does not hold as gaps to complete, and invents none", () => {
    const header = draft.tables[0] as string[][];
    expect(header[0]).toEqual(["Committee(s): [To complete: the committee]", "Dated: [To complete: the committee's date]"]);
    expect(header[1]?.[0]).toBe("Subject: Children's Social Care and Early Help Service Development Plan");
    expect(header[2]?.[0]).toBe("Report of: [To complete: whose report this is]");
    expect(header[3]?.[0]).toBe("Report author: [To complete: the report's author]");
    expect(printed[1]).toMatch(/\(8 gaps marked \[To complete: …\] for you to fill\)\.$/);
  });

  it("names the plan's period, owner and board from its header block", () => {
    expect(draft.paragraphs).toContain("This report updates members on the Children's Social Care and Early Help Service Development Plan (April 2019-March 2020), as at 31 January 2020. It reports the progress made since 31 October 2019.");
    expect(draft.paragraphs).toContain("The plan's owner is Service Manager Children's Social Care and Early Help - Rachel Green. It is monitored by Safeguarding Sub Committee/CSMT/DLT.");
  });

  it("puts the plan as Appendix 1: its header block, then every action with each column a reader needs and its status in words, the header row repeated on each landscape page", () => {
    const appendix = draft.tables[draft.tables.length - 1] as string[][];
    expect(appendix[0]).toEqual(["Section", "Ref", "Aim", "Action", "Measure", "Due", "Lead", "Comments", "Status"]);
    expect(appendix.length - 1).toBe(january.actions.length);
    expect(appendix.slice(1).map((row) => row[8])).toEqual(january.actions.map((a) => a.statusText));
    expect(appendix.find((row) => row[0] === "Safe" && row[1] === "1")?.[4]).toBe(january.actions.find((a) => a.section === "Safe" && a.ref === "1")?.measure);
    // the plan's own header block, as written, between the appendix's title and its table
    const opens = draft.paragraphs.map((line) => line.startsWith("Appendix 1 –")).lastIndexOf(true);
    expect(draft.paragraphs.slice(opens + 2, opens + 4)).toEqual(["Name: Children's Social Care and Early Help Service Development Plan", "Duration: April 2019-March 2020"]);
    expect(draft.headerRepeated[draft.headerRepeated.length - 1]).toBe(true);
    expect(draft.xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
  });

  it("writes a comment starting with '=' as text, and nothing from the plan as a field", () => {
    const appendix = draft.tables[draft.tables.length - 1] as string[][];
    expect(appendix.find((row) => row[0] === "Safe" && row[1] === "1")?.[7]).toBe(COMMENT);
    expect(draft.xml).not.toMatch(/<w:fldSimple|<w:instrText|<w:fldChar/);
  });

  it("fills the header from the report details saved in the workbook's settings", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(quarter);
    writeSettingsSheet(workbook, withDefaults({ report: DETAILS }));
    const withDetails = await writeFixture(workbook, "report-with-details.xlsx");
    const docx = join(fixtureDirectory(), "report-with-details.docx");
    const terminal = captureTerminal();
    expect(await reportCommand(withDetails, { docx, asAt: "2020-01-31" }, terminal)).toBe(0);
    const filled = await documentText(readFileSync(docx));
    expect(filled.tables[0]).toEqual([
      [`Committee(s): ${DETAILS.committee}`, `Dated: ${DETAILS.dated}`],
      ["Subject: Children's Social Care and Early Help Service Development Plan", "Public"],
      [`Report of: ${DETAILS.reportOf}`, "For Information"],
      [`Report author: ${DETAILS.author}`, ""],
    ]);
    expect(filled.paragraphs).toContain(DETAILS.contact);
    expect(terminal.lines[1]).toMatch(/\(2 gaps marked/);
  });

  it("prints (LibreOffice to PDF) with no page holding a lone line, the appendix starting a page of its own", () => {
    if (!canRender("the printed committee report")) return;
    const pdf = renderToPdf(join(fixtureDirectory(), "report.docx"), join(fixtureDirectory(), "report-pdf"));
    const pages = pdfPages(pdf).map((page) => page.split("\n").map((line) => line.trim()).filter(Boolean));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages[0]?.[0]).toMatch(/^Committee\(s\)/);
    pages.forEach((page) => expect(page.length).toBeGreaterThan(3));
    expect(pages.filter((page) => page[0]?.startsWith("Appendix 1 –"))).toHaveLength(1);
    // the appendix's table repeats its header row on every page it runs onto
    const appendix = pages.findIndex((page) => page[0]?.startsWith("Appendix 1 –"));
    for (const page of pages.slice(appendix + 1)) expect(page[0]).toMatch(/^Section +Ref +Aim +Action/);
  }, 240_000);
});

describe("brag report: how it is called", () => {
  it("asks for the Word document to write", async () => {
    const terminal = captureTerminal();
    expect(await reportCommand("plan.xlsx", {}, terminal)).toBe(2);
    expect(terminal.errors).toEqual(["brag: give the Word document to write with --docx, such as --docx report.docx."]);
  });

  it("refuses to write over the workbook", async () => {
    const terminal = captureTerminal();
    expect(await reportCommand("plan.xlsx", { docx: "plan.xlsx" }, terminal)).toBe(2);
    expect(terminal.errors[0]).toMatch(/--docx must name a \.docx file/);
  });
});
