import { buildReport } from "../../../src/engine";
import { committeeSentence } from "../../../src/engine/words/committeeSentence";
import { emptyCounts } from "../../../src/engine/judge/countBySection";
import { findOverdue } from "../../../src/engine/judge/findOverdue";
import { actionRow, simplePlan } from "../../support/snapshotBuilder";

describe("flagging overdue and due-soon actions", () => {
  it("flags an action due before the as-at date that is not blue", () => {
    expect(findOverdue("2019-12-31", "green", "2020-01-31", 30)).toEqual({ overdue: true, dueSoon: false });
    expect(findOverdue("2019-12-31", "red", "2020-01-31", 30).overdue).toBe(true);
  });

  it("never flags a blue action", () => {
    expect(findOverdue("2019-12-31", "blue", "2020-01-31", 30)).toEqual({ overdue: false, dueSoon: false });
  });

  it("does not flag an action due on the as-at date as overdue, but as due soon", () => {
    expect(findOverdue("2020-01-31", "green", "2020-01-31", 30)).toEqual({ overdue: false, dueSoon: true });
  });

  it("flags due soon within the window, and not beyond it", () => {
    expect(findOverdue("2020-03-01", "amber", "2020-01-31", 30).dueSoon).toBe(true);
    expect(findOverdue("2020-03-02", "amber", "2020-01-31", 30).dueSoon).toBe(false);
    expect(findOverdue("2020-03-02", "amber", "2020-01-31", 60).dueSoon).toBe(true);
  });

  it("never flags an action with no date", () => {
    expect(findOverdue(null, "green", "2020-01-31", 30)).toEqual({ overdue: false, dueSoon: false });
  });

  it("uses the settable as-at date and due-soon window", () => {
    const plan = simplePlan([actionRow({ due: "Oct-19" }), actionRow({ due: "Dec-19" })]);
    expect(buildReport(plan, { asAt: "2019-11-15" }).totals).toMatchObject({ overdue: 1, dueSoon: 0 });
    expect(buildReport(plan, { asAt: "2019-11-15", settings: { dueSoonDays: 60 } }).totals).toMatchObject({ overdue: 1, dueSoon: 1 });
  });
});

describe("counting", () => {
  it("counts blue, red, amber, green, not started, unrated, total, overdue and due soon per section and in total", () => {
    const report = buildReport(
      simplePlan([
        actionRow({ section: "Safe", status: "Blue", due: "Oct-19" }),
        actionRow({ status: "Red", due: "Oct-19" }),
        actionRow({ status: "??" }),
        actionRow({ section: "Community", status: "Amber", due: "Feb-20" }),
        actionRow({ status: "Green", due: "Jun-20" }),
        actionRow({ status: "Not started", due: "Oct-19" }),
      ]),
      { asAt: "2020-01-31" },
    );
    expect(report.sections).toEqual([
      { name: "Safe", blue: 1, red: 1, amber: 0, green: 0, notStarted: 0, unrated: 1, total: 3, overdue: 2, dueSoon: 0 },
      { name: "Community", blue: 0, red: 0, amber: 1, green: 1, notStarted: 1, unrated: 0, total: 3, overdue: 1, dueSoon: 1 },
    ]);
    expect(report.totals).toEqual({ blue: 1, red: 1, amber: 1, green: 1, notStarted: 1, unrated: 1, total: 6, overdue: 3, dueSoon: 1 });
  });

  it("makes section counts add up to the totals", () => {
    const report = buildReport(simplePlan([actionRow({ section: "A" }), actionRow({ section: "B", status: "red" })]), { asAt: "2020-01-31" });
    const summed = report.sections.reduce((sum, s) => sum + s.total, 0);
    expect(summed).toBe(report.totals.total);
    expect(report.totals.total).toBe(report.actions.length);
  });
});

describe("the committee sentence", () => {
  it("counts in the reports' own words and order", () => {
    const totals = { ...emptyCounts(), amber: 20, green: 45, red: 0, blue: 2, total: 67 };
    expect(committeeSentence(totals)).toBe("There are: 20 tasks marked amber, 45 tasks marked green, 0 tasks marked red, 2 tasks marked blue");
  });

  it("says 'task' for one and mentions unrated actions only when there are some", () => {
    const totals = { ...emptyCounts(), amber: 1, unrated: 2, total: 3 };
    expect(committeeSentence(totals)).toBe(
      "There are: 1 task marked amber, 0 tasks marked green, 0 tasks marked red, 0 tasks marked blue, 2 tasks with no recognised status",
    );
  });
});

describe("actions not started", () => {
  it("are named as not started in the committee sentence, and no finding says their status is wrong", () => {
    const report = buildReport(simplePlan([actionRow({ section: "Safe", status: "Not started" }), actionRow({ status: "On hold" }), actionRow({ status: "Green" })]), {
      asAt: "2019-09-30",
    });
    expect(report.sentence).toBe("There are: 0 tasks marked amber, 1 task marked green, 0 tasks marked red, 0 tasks marked blue, 2 tasks not started");
    expect(report.findings.filter((f) => f.rule === "unknown-status" || f.rule === "missing-status")).toEqual([]);
    expect(report.actions.map((a) => a.status)).toEqual(["notStarted", "notStarted", "green"]);
  });
});
