import { WorkbookSnapshot, refresh, withHistoryEdit } from "../../../src/engine";
import { HISTORY_NAME } from "../../../src/engine/sheet/ownership";
import { HISTORY_SHEET } from "../../../src/engine/progress/history";
import { storable } from "../../../src/engine/words/labels";
import { HEADER, actionRow, sheet, simplePlan } from "../../support/snapshotBuilder";

/** The workbook after a refresh, as far as its history goes: the history edit applied as an adapter applies it. */
function refreshed(snapshot: WorkbookSnapshot, asAt: string, since?: string) {
  const result = refresh(snapshot, { asAt, ...(since ? { since } : {}) });
  const next = withHistoryEdit(snapshot, result.edits.history!);
  const historyRows = next.sheets.find((s) => s.name === result.edits.history!.sheet)!.rows.filter((row) => row !== undefined).length;
  return { ...result, next, historyRows };
}

const plan = (statuses: string[], extra: Array<Parameters<typeof actionRow>[0]> = []) =>
  simplePlan([
    ...statuses.map((status, index) => actionRow({ section: index === 0 ? "Safe" : "", ref: String(index + 1), action: `Action ${index + 1}`, status })),
    ...extra.map(actionRow),
  ]);

describe("the history of refreshes kept in the workbook", () => {
  it("starts on the first refresh: a very hidden sheet marked by a name, a heading, and one row per action", () => {
    const { edits, next } = refreshed(plan(["Green", "Amber"]), "2019-10-31");
    expect(edits.history).toMatchObject({ sheet: HISTORY_SHEET, fromRow: 1, create: true });
    expect(edits.names).toContainEqual({ name: HISTORY_NAME, refersTo: "'BRAG Tracker history'!$A$1" });
    expect(edits.history!.rows.map((row) => row[0])).toEqual([expect.stringContaining("BRAG Tracker history"), "Kind", "refresh", "action", "action"]);
    expect(next.names.map((n) => n.name)).toEqual([HISTORY_NAME]);
  });

  it("adds one row when nothing changed, and a row only for each action that did", () => {
    const first = refreshed(plan(["Green", "Amber", "Red"]), "2019-10-31");
    const unchanged = refreshed({ ...plan(["Green", "Amber", "Red"]), names: first.next.names, sheets: [plan(["Green", "Amber", "Red"]).sheets[0]!, first.next.sheets[1]!] }, "2019-11-30");
    expect(unchanged.edits.history!.rows).toEqual([["refresh", "2019-11-30", "", "blue 0, red 1, amber 1, green 1, no status 0, total 3, overdue 3"]]);
    const changed = refreshed({ ...unchanged.next, sheets: [plan(["Blue", "Amber", "Red"]).sheets[0]!, unchanged.next.sheets[1]!] }, "2019-12-31");
    expect(changed.edits.history!.rows.map((row) => [row[0], row[2]])).toEqual([
      ["refresh", ""],
      ["action", "1"],
    ]);
    expect(changed.edits.history!.rows[1]![3]!.split("\t")).toEqual(["Safe", "1", expect.stringMatching(/^[0-9a-f]{8}$/), "blue", "2019-10-31", "RG", "Action 1"]);
  });

  it("remembers how many were not started, and counts them again when read back", () => {
    const first = refreshed(plan(["Not started", "On hold", "Green"]), "2019-10-31");
    expect(first.edits.history!.rows[2]![3]).toBe("blue 0, red 0, amber 0, green 1, not started 2, no status 0, total 3, overdue 0");
    const second = refreshed(first.next, "2019-12-31");
    expect(second.report.history.map((point) => point.notStarted)).toEqual([2, 2]);
  });

  it("replaces the record of a refresh with the same as-at date, so refreshing twice in a day leaves one", () => {
    const first = refreshed(plan(["Green"]), "2019-10-31");
    const again = refreshed({ ...first.next, sheets: [plan(["Amber"]).sheets[0]!, first.next.sheets[1]!] }, "2019-10-31");
    expect(again.edits.history).toMatchObject({ fromRow: 3, clearThrough: null });
    expect(again.historyRows).toBe(first.historyRows);
    expect(again.report.history.map((p) => [p.asAt, p.amber])).toEqual([["2019-10-31", 1]]);
  });

  it("compares with the last refresh at least 28 days before, or the one chosen with since", () => {
    let snapshot = plan(["Green", "Green"]);
    const steps: Array<[string, string[]]> = [
      ["2019-09-30", ["Green", "Green"]],
      ["2019-10-31", ["Amber", "Green"]],
      ["2019-11-15", ["Amber", "Red"]],
    ];
    for (const [asAt, statuses] of steps) snapshot = refreshed({ ...snapshot, sheets: [plan(statuses).sheets[0]!, ...snapshot.sheets.slice(1)] }, asAt).next;
    const now = { ...snapshot, sheets: [plan(["Blue", "Red"]).sheets[0]!, ...snapshot.sheets.slice(1)] };
    expect(refreshed(now, "2019-11-30").report.changes).toMatchObject({ since: "2019-10-31", completed: [{ ref: "1", from: "amber" }], newlyRed: [{ ref: "2", from: "green" }] });
    expect(refreshed(now, "2019-11-30", "2019-09-30").report.changes).toMatchObject({ since: "2019-09-30", completed: [{ ref: "1", from: "green" }] });
    const none = refreshed(now, "2019-11-30", "2019-01-31").report;
    expect(none.changes).toBeNull();
    expect(none.findings[0]).toMatchObject({ severity: "info", rule: "no-earlier-refresh" });
  });

  it("knows an action again after its words were edited, or its ref renumbered, or it moved to another section", () => {
    const before = simplePlan([
      actionRow({ section: "Safe", ref: "1", action: "Recruit a chair", status: "Green" }),
      actionRow({ ref: "2", action: "Train all staff", status: "Amber" }),
      actionRow({ ref: "3", action: "Audit referrals", status: "Amber" }),
    ]);
    const first = refreshed(before, "2019-10-31");
    const after = sheet("Plan", [
      HEADER,
      actionRow({ section: "Safe", ref: "1", action: "Recruit a chair for first meetings", status: "Blue" }),
      actionRow({ ref: "7", action: "Train all staff", status: "Green" }),
      actionRow({ section: "Potential", ref: "1", action: "Audit referrals", status: "Red" }),
    ]);
    const { report } = refreshed({ ...first.next, sheets: [after, first.next.sheets[1]!] }, "2020-01-31");
    const changes = report.changes!;
    expect(changes.completed.map((c) => [c.section, c.ref, c.from])).toEqual([["Safe", "1", "green"]]);
    expect(changes.improved.map((c) => [c.section, c.ref, c.from])).toEqual([["Safe", "7", "amber"]]);
    expect(changes.newlyRed.map((c) => [c.section, c.ref, c.from])).toEqual([["Potential", "1", "amber"]]);
    expect([changes.added, changes.removed]).toEqual([[], []]);
  });

  it("reads an action whose row is hand-edited into nonsense as gone, and never fails on it", () => {
    const first = refreshed(plan(["Green"]), "2019-10-31");
    const history = first.next.sheets[1]!;
    const spoiled = { ...history, rows: history.rows.map((row, r) => (r === 3 ? [{ value: "action" }, { value: "not a date" }] : row)) };
    const { report } = refreshed({ ...first.next, sheets: [first.next.sheets[0]!, spoiled] }, "2020-01-31");
    expect(report.changes!.added.map((c) => c.ref)).toEqual(["1"]);
  });

  it("is never read as a plan, though its heading row names Section, Ref, Status and Due", () => {
    const first = refreshed(plan(["Green"]), "2019-10-31");
    const { report } = refreshed(first.next, "2019-11-30");
    expect(report.plans.map((p) => p.sheet)).toEqual(["Plan"]);
  });
});

describe("a field as the history stores it", () => {
  it.each([
    ["Publish the guide", "Publish the guide"],
    ["", ""],
    [" leading", "leading"],
    ["trailing ", "trailing"],
    ["two  spaces", "two spaces"],
    ["tab\there", "tab here"],
    ["line\nbreak", "line break"],
    ["no-break\u00a0space", "no-break space"],
    ["\r\n", ""],
  ])("%j is stored as %j: one line, no tabs, single spaces", (text, stored) => {
    expect(storable(text)).toBe(stored);
  });
});
