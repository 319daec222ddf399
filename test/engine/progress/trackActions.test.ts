import { trackActions } from "../../../src/engine/progress/trackActions";
import type { TrackedState } from "../../../src/engine/progress/history";
import { entry } from "../../support/actionEntries";

const OCTOBER = "2019-10-31";
const JANUARY = "2020-01-31";

/** What the history knows after a first refresh of these actions. */
function remembered(actions: Parameters<typeof trackActions>[1]): TrackedState {
  const { tracked } = trackActions(new Map(), actions, OCTOBER, 1);
  return new Map(tracked.map((action) => [action.id, action]));
}

describe("the same action across refreshes", () => {
  it("gives each action of a first refresh an id of its own, from the first free one, and records every one", () => {
    const { tracked, rows } = trackActions(new Map(), [entry({ ref: "1" }), entry({ ref: "2" })], OCTOBER, 7);
    expect(tracked.map((action) => action.id)).toEqual(["7", "8"]);
    expect(rows.map((row) => [row[0], row[1], row[2]])).toEqual([
      ["action", OCTOBER, "7"],
      ["action", OCTOBER, "8"],
    ]);
  });

  it("finds each action again when rows are inserted or sorted, and records nothing that did not change", () => {
    const before = remembered([entry({ ref: "1", action: "Audit files" }), entry({ ref: "2", action: "Train staff" })]);
    const { tracked, rows } = trackActions(before, [entry({ ref: "2", action: "Train staff" }), entry({ ref: "1", action: "Audit files" })], JANUARY, 3);
    expect(tracked.map((action) => action.id)).toEqual(["2", "1"]);
    expect(rows).toEqual([]);
  });

  it("keeps an action's identity when its words are edited but its section and ref stay", () => {
    const before = remembered([entry({ ref: "1", action: "Audit files" })]);
    const { tracked, rows } = trackActions(before, [entry({ ref: "1", action: "Audit all case files" })], JANUARY, 2);
    expect(tracked[0]?.id).toBe("1");
    expect(rows).toHaveLength(1);
  });

  it("keeps an action's identity when its ref changes but its words stay", () => {
    const before = remembered([entry({ ref: "1", action: "Audit files" })]);
    expect(trackActions(before, [entry({ ref: "1a", action: "Audit files" })], JANUARY, 2).tracked[0]?.id).toBe("1");
  });

  it("records a change of status as a new row for that action", () => {
    const before = remembered([entry({ ref: "1", status: "amber" })]);
    const { rows } = trackActions(before, [entry({ ref: "1", status: "blue" })], JANUARY, 2);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.slice(0, 3)).toEqual(["action", JANUARY, "1"]);
    expect(rows[0]?.[3]).toContain("blue");
  });

  it("records an action no longer in the plan as removed, and a new one with the next id", () => {
    const before = remembered([entry({ ref: "1", action: "Audit files" })]);
    const { tracked, rows } = trackActions(before, [entry({ ref: "2", action: "Something new" })], JANUARY, 2);
    expect(tracked[0]?.id).toBe("2");
    expect(rows.map((row) => [row[0], row[2]])).toEqual([
      ["action", "2"],
      ["removed", "1"],
    ]);
  });
});
