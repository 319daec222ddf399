import { buildReport, refresh, withHistoryEdit } from "../../../src/engine";
import { committeeReport } from "../../../src/engine/words/committeeReport";
import { changesSummary } from "../../../src/cli/formatReport";
import { sheet, workbook } from "../../support/snapshotBuilder";

// SPEC "Period columns": the latest period holding ratings is the status, and
// the one before it is "the last report" when the workbook keeps no history.
const AS_AT = { asAt: "2020-01-31" };

const quarterly = () =>
  workbook(
    sheet("Plan", [
      ["Ref", "Action", "Due", "RAG Q1", "RAG Q2", "RAG Q3", "RAG Q4"],
      ["1", "Audit supervision", "Oct-20", "Red", "Amber", "Green", ""],
      ["2", "Survey children", "Mar-20", "Red", "Green", "Amber", ""],
      ["3", "Publish the offer", "Sep-20", "Amber", "Green", "Blue", ""],
      ["4", "Recruit managers", "Jun-20", "", "Amber", "Red", ""],
      ["5", "Train panel members", "Jun-20", "", "Green", "Green", ""],
    ]),
  );

describe("since the last report, from the plan's own period columns when the workbook keeps no history", () => {
  it("compares the latest quarter's ratings with the quarter before, and names that quarter", () => {
    const { changes } = buildReport(quarterly(), AS_AT);
    expect(changes?.since).toBeNull();
    expect(changes?.period).toEqual({ label: "Q2", sheet: "Plan", column: "E" });
    expect(changes?.completed.map((c) => [c.ref, c.from, c.to])).toEqual([["3", "green", "blue"]]);
    expect(changes?.newlyRed.map((c) => [c.ref, c.from, c.to])).toEqual([["4", "amber", "red"]]);
    expect(changes?.improved.map((c) => [c.ref, c.from, c.to])).toEqual([["1", "amber", "green"]]);
    expect(changes?.worsened.map((c) => [c.ref, c.from, c.to])).toEqual([["2", "green", "amber"]]);
    // the columns hold ratings only: nothing is known of due dates, rows added or removed then
    expect([changes?.newlyOverdue, changes?.added, changes?.removed, changes?.drift]).toEqual([[], [], [], []]);
  });

  it("the committee paragraph says what moved since that quarter, and that it is read from the plan's own columns", () => {
    const { paragraph } = buildReport(quarterly(), AS_AT);
    expect(paragraph).toContain("Key achievements since Q2: 1 task completed.");
    expect(paragraph).toContain("Progress is measured against the plan's own Q2 ratings (column E), as the workbook keeps no earlier refresh.");
    expect(paragraph).toContain("1 became red since Q2");
  });

  it("the summary sheet heads the changes with the quarter and says where they come from", () => {
    const result = refresh(quarterly(), AS_AT);
    const summary = (result.edits.summary?.cells ?? []).map((cell) => ("text" in cell.value ? cell.value.text : ""));
    expect(summary).toContain("Since Q2 (the plan's own ratings in column E)");
  });

  it("the committee report says the progress is measured against that quarter", () => {
    const document = committeeReport(buildReport(quarterly(), AS_AT), {});
    const words = JSON.stringify(document);
    expect(words).toContain("It reports the progress made since Q2, measured against the plan's own Q2 ratings (column E), as the workbook keeps no earlier refresh.");
    expect(words).not.toContain("keeps no refresh from the last quarter to compare with");
  });

  it("the command line's line of changes names the quarter", () => {
    expect(changesSummary(buildReport(quarterly(), AS_AT))).toBe(
      "Since Q2 (the plan's own ratings in column E): 1 completed, 1 newly red, 1 improved, 1 worsened, 0 newly overdue, 0 due date moved later, 0 added, 0 removed.",
    );
  });

  it("a kept refresh early enough is the last report, before any column", () => {
    const first = refresh(quarterly(), { asAt: "2019-10-31" });
    expect(first.report.changes?.period).toBeDefined();
    const { changes } = buildReport(withHistoryEdit(quarterly(), first.edits.history!), AS_AT);
    expect(changes?.since).toBe("2019-10-31");
    expect(changes?.period).toBeUndefined();
  });

  it("a status column with no series before it gives no changes without history, as before", () => {
    const plan = workbook(
      sheet("Plan", [
        ["Ref", "Action", "Due", "RAG"],
        ["1", "Audit supervision", "Oct-20", "Green"],
      ]),
    );
    expect(buildReport(plan, AS_AT).changes).toBeNull();
  });

  it("the first quarter rated has no quarter before it to compare with", () => {
    const plan = workbook(
      sheet("Plan", [
        ["Ref", "Action", "Due", "RAG Q1", "RAG Q2"],
        ["1", "Audit supervision", "Oct-20", "Green", ""],
      ]),
    );
    expect(buildReport(plan, AS_AT).changes).toBeNull();
  });
});
