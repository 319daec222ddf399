import { withDefaults } from "../../../src/engine";
import { mergeSettings } from "../../../src/engine/plan/mergeSettings";

const base = withDefaults({ dueSoonDays: 30, tables: [{ sheet: "Plan", header: "A5", columns: {} }], report: { committee: "Safeguarding" } });

describe("saving settings a colleague may have saved since they were read", () => {
  it("keeps the colleague's new status word and the user's own, each added on their side", () => {
    const mine = { ...base, vocabulary: { ...base.vocabulary, "on track": "green" as const } };
    const theirs = { ...base, vocabulary: { ...base.vocabulary, slipping: "amber" as const } };
    const merged = mergeSettings(base, mine, theirs);
    expect([merged.vocabulary["on track"], merged.vocabulary.slipping]).toEqual(["green", "amber"]);
  });

  it("a word the user took away stays away; one they left alone stays as the colleague changed it", () => {
    const mine = { ...base, vocabulary: Object.fromEntries(Object.entries(base.vocabulary).filter(([word]) => word !== "red")) };
    const theirs = { ...base, vocabulary: { ...base.vocabulary, amber: "red" as const } };
    const merged = mergeSettings(base, mine, theirs);
    expect(["red" in merged.vocabulary, merged.vocabulary.amber]).toEqual([false, "red"]);
  });

  it("settings the user did not touch are the workbook's; those they changed are theirs", () => {
    const mine = { ...base, dueSoonDays: 14 };
    const theirs = { ...base, summarySheetName: "Committee appendix", dueSoonDays: 60 };
    const merged = mergeSettings(base, mine, theirs);
    expect([merged.dueSoonDays, merged.summarySheetName]).toEqual([14, "Committee appendix"]);
  });

  it("table choices merge sheet by sheet, and report details one by one", () => {
    const mine = { ...base, tables: [...base.tables, { sheet: "Tracker", header: "B3", columns: { status: "H" } }], report: { ...base.report, author: "R Green" } };
    const theirs = { ...base, tables: [{ sheet: "Plan", header: "A7", columns: {} }], report: { ...base.report, dated: "19/02/2020" } };
    const merged = mergeSettings(base, mine, theirs);
    expect(merged.tables).toEqual([
      { sheet: "Plan", header: "A7", columns: {} },
      { sheet: "Tracker", header: "B3", columns: { status: "H" } },
    ]);
    expect(merged.report).toEqual({ committee: "Safeguarding", author: "R Green", dated: "19/02/2020" });
  });

  it("aliases merge one by one, and dismissals each as the user or the colleague made or took it back", () => {
    const d = (cell: string) => ({ rule: "unknown-lead", sheet: "Plan", cell, text: "SaC" });
    const was = { ...base, dismissed: [d("G22"), d("G53")] };
    // I took G53 back and dismissed G54; my colleague dismissed G57 and kept G53
    const mine = { ...was, dismissed: [d("G22"), d("G54")], aliases: { SaC: "SC" } };
    const theirs = { ...was, dismissed: [d("G22"), d("G53"), d("G57")], aliases: { HK: "HS" } };
    const merged = mergeSettings(was, mine, theirs);
    expect(merged.aliases).toEqual({ HK: "HS", SaC: "SC" });
    expect(merged.dismissed.map((x) => x.cell).sort()).toEqual(["G22", "G54", "G57"]);
  });
});
