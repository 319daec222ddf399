import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { reportCommand } from "../../src/cli/reportCommand";
import { documentText } from "../support/docx/documentText";
import { fixtureDirectory, writeFixture } from "../support/fixtures/writeFixture";
import { captureTerminal } from "../support/terminal";

/**
 * A plan as the 2017 Ofsted action plan was kept: its only title in A1, its status column headed RAG, its own
 * key to the colours under the table, and no refresh before this one (a first quarter).
 */
async function ofstedPlan(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Action Plan");
  sheet.getCell("A1").value = "Action Plan 2017 – Ofsted recommendations";
  sheet.addRow([]);
  sheet.addRow(["Recommendation", "Ref", "Action", "Measure", "Due", "Lead", "Progress", "RAG"]);
  sheet.addRow(["1. Management oversight", 1, "Audit case supervision monthly", "Audit report", "Mar-17", "AC", "Two audits done", "G"]);
  sheet.addRow(["", 2, "Refresh the supervision policy", "Policy signed off", "Jun-17", "AC", "Draft with HR", "A"]);
  sheet.addRow(["2. Assessments", 1, "Train staff on assessment timeliness", "Training log", "Sep-17", "RG", "Trainer not yet found", "R"]);
  sheet.addRow([]);
  sheet.addRow(["R = off track, A = some slippage, G = on track"]);
  return writeFixture(workbook, "ofsted-2017.xlsx");
}

describe("brag report on a RAG plan with its own key, its title in A1, in its first quarter (word/document.xml)", () => {
  let paragraphs: string[];
  let tables: string[][][];

  beforeAll(async () => {
    const docx = join(fixtureDirectory(), "ofsted-2017.docx");
    expect(await reportCommand(await ofstedPlan(), { asAt: "2017-06-07", docx }, captureTerminal())).toBe(0);
    ({ paragraphs, tables } = await documentText(readFileSync(docx)));
  });

  it("takes its subject from the title in A1", () => {
    expect(tables[0]?.[1]?.[0]).toBe("Subject: Action Plan 2017 – Ofsted recommendations");
  });

  it("defines the statuses in the plan's own key, RAG, and counts no blue", () => {
    expect(paragraphs).toContain("The actions are 'RAG' rated, with red meaning 'off track', amber meaning 'some slippage', and green meaning 'on track'.");
    expect(paragraphs.filter((line) => /blue/i.test(line))).toEqual([]);
    expect(paragraphs).toEqual(expect.arrayContaining(["1 task marked amber", "1 task marked green", "1 task marked red"]));
  });

  it("in a first quarter leaves the achievements as a marked gap, with no instruction to the user", () => {
    expect(paragraphs).toContain("[To complete: the key achievements since the last report (the workbook keeps no earlier refresh to list them from)]");
    expect(paragraphs.filter((line) => /Refresh the plan|brag |--/.test(line))).toEqual([]);
  });

  it("counts the key's line as a key, not an action: Appendix 1 holds the three actions", () => {
    const appendix = tables[tables.length - 1] as string[][];
    expect(appendix.length - 1).toBe(3);
    expect(appendix[0]).toEqual(["Section", "Ref", "Aim", "Action", "Measure", "Due", "Lead", "Comments", "Status"]);
  });
});
