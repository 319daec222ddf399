import { changesSince } from "../../../src/engine/progress/changesSince";
import { trackActions } from "../../../src/engine/progress/trackActions";
import type { ActionEntry } from "../../../src/engine/model/report";
import { entry } from "../../support/actionEntries";

const OCTOBER = "2019-10-31";

/** The changes between a refresh in October of `before` and one now of `after`, actions matched by ref. */
function changes(before: ActionEntry[], after: ActionEntry[]) {
  const first = trackActions(new Map(), before, OCTOBER, 1);
  const earlier = new Map(first.tracked.map((action) => [action.id, action]));
  const now = trackActions(earlier, after, "2020-01-31", first.tracked.length + 1);
  return changesSince(OCTOBER, earlier, after, now.tracked);
}

describe("what changed since the last report", () => {
  it("counts an action turned blue as completed, and one turned red as newly red", () => {
    const found = changes([entry({ ref: "1", status: "amber" }), entry({ ref: "2", status: "green" })], [entry({ ref: "1", status: "blue" }), entry({ ref: "2", status: "red" })]);
    expect(found.completed.map((change) => [change.ref, change.from, change.to])).toEqual([["1", "amber", "blue"]]);
    expect(found.newlyRed.map((change) => [change.ref, change.from, change.to])).toEqual([["2", "green", "red"]]);
  });

  it("says an action moved up or down a status when it neither completed nor went red", () => {
    const found = changes([entry({ ref: "1", status: "amber" }), entry({ ref: "2", status: "green" })], [entry({ ref: "1", status: "green" }), entry({ ref: "2", status: "amber" })]);
    expect(found.improved.map((change) => change.ref)).toEqual(["1"]);
    expect(found.worsened.map((change) => change.ref)).toEqual(["2"]);
  });

  it("counts as newly overdue only what was not already overdue at the last report", () => {
    const found = changes(
      [entry({ ref: "1", due: "2019-09-30" }), entry({ ref: "2", due: "2019-12-31" })],
      [entry({ ref: "1", due: "2019-09-30", overdue: true }), entry({ ref: "2", due: "2019-12-31", overdue: true })],
    );
    expect(found.newlyOverdue.map((change) => change.ref)).toEqual(["2"]);
  });

  it("notices a due date moved later", () => {
    const found = changes([entry({ ref: "1", due: "2019-12-31" })], [entry({ ref: "1", due: "2020-03-31" })]);
    expect(found.drift.map((change) => [change.dueFrom, change.dueTo])).toEqual([["2019-12-31", "2020-03-31"]]);
  });

  it("lists actions added to the plan and removed from it, the removed by the words the history kept", () => {
    const found = changes([entry({ ref: "1", action: "Audit files" })], [entry({ ref: "2", action: "Train staff" })]);
    expect(found.added.map((change) => change.action)).toEqual(["Train staff"]);
    expect(found.removed.map((change) => [change.action, change.to, change.sheet])).toEqual([["Audit files", null, null]]);
  });

  it("finds no change in a plan that did not change", () => {
    const plan = [entry({ ref: "1" }), entry({ ref: "2", status: "red" })];
    const found = changes(plan, plan);
    expect(Object.entries(found).filter(([key, list]) => key !== "since" && (list as unknown[]).length > 0)).toEqual([]);
  });
});
