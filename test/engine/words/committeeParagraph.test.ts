import { committeeParagraph, keyActions } from "../../../src/engine/words/committeeParagraph";
import type { Changes } from "../../../src/engine/model/report";
import { entry, totalsOf } from "../../support/actionEntries";

const noChanges = (since: string): Changes => ({ since, completed: [], newlyRed: [], improved: [], worsened: [], newlyOverdue: [], added: [], removed: [], drift: [] });

describe("the drafted committee paragraph", () => {
  it("opens with the counts in the committee reports' own sentence", () => {
    const actions = [entry({ status: "amber" }), entry({ status: "green" }), entry({ status: "green" })];
    expect(committeeParagraph(totalsOf(actions), actions, null).split("\n")[0]).toBe(
      "There are: 1 task marked amber, 2 tasks marked green, 0 tasks marked red, 0 tasks marked blue.",
    );
  });

  it("names the key actions for the next quarter, red before amber, soonest due first, undated last", () => {
    const actions = [
      entry({ ref: "1", status: "amber", due: "2020-06-30" }),
      entry({ ref: "2", status: "amber", due: null }),
      entry({ ref: "3", status: "red", due: "2020-09-30" }),
      entry({ ref: "4", status: "amber", due: "2020-03-31" }),
      entry({ ref: "5", status: "green" }),
    ];
    expect(keyActions(actions).map((action) => action.ref)).toEqual(["3", "4", "1", "2"]);
  });

  it("names at most five actions in a list and leaves the rest to the appendix", () => {
    const actions = Array.from({ length: 8 }, (_, index) => entry({ ref: String(index + 1), status: "red" }));
    const paragraph = committeeParagraph(totalsOf(actions), actions, null);
    expect(paragraph).toContain("8 tasks are marked red (fully stuck):");
    expect(paragraph).toContain("- and 3 more, marked in Appendix 1.");
  });

  it("says who leads an action and when it is due", () => {
    const actions = [entry({ ref: "4", status: "red", action: "Audit files", due: "2020-03-31", lead: "RG" })];
    expect(committeeParagraph(totalsOf(actions), actions, null)).toContain("- Audit files (Safe 4, due March 2020, lead RG)");
  });

  it("for the next quarter: every red action, then the amber ones due by the end of the next quarter, each with its latest comment", () => {
    const actions = [
      entry({ ref: "1", status: "amber", due: "2020-06-30", action: "Train staff", comments: "Oct: booked\nJan: half trained" }),
      entry({ ref: "2", status: "amber", due: "2020-07-31", action: "Later work" }),
      entry({ ref: "3", status: "red", due: "2020-12-31", action: "Audit files", comments: "Waiting for the new system" }),
      entry({ ref: "4", status: "amber", due: null, action: "Undated" }),
    ];
    const paragraph = committeeParagraph(totalsOf(actions), actions, null, "2020-01-31");
    expect(paragraph).toContain(
      "Work in the next quarter is to unblock the 1 task marked red and turn the 3 tasks marked amber to green. Key actions include the red ones, then the amber ones due by 30 June 2020, each with its latest comment:",
    );
    const lines = paragraph.split("\n");
    expect(lines.slice(lines.findIndex((line) => line.startsWith("Work in the next quarter")) + 1)).toEqual([
      "- Audit files (Safe 3, due December 2020, lead RG): Waiting for the new system",
      "- Train staff (Safe 1, due June 2020, lead RG): Jan: half trained",
    ]);
  });

  it("says plainly when nothing is red or amber", () => {
    const actions = [entry({ status: "green" }), entry({ status: "blue" })];
    expect(committeeParagraph(totalsOf(actions), actions, null)).toContain("Key actions being undertaken in the next quarter: no tasks are marked red or amber.");
  });

  it("with an earlier report, gives the key achievements since it, or says none were completed", () => {
    const actions = [entry({ status: "blue", action: "Audit files" })];
    const completed: Changes = { ...noChanges("2019-10-31"), completed: [{ section: "Safe", ref: "1", action: "Audit files", lead: "RG", from: "amber", to: "blue", dueFrom: null, dueTo: null, dueShown: "", sheet: "Plan", row: 2 }] };
    expect(committeeParagraph(totalsOf(actions), actions, completed)).toContain("Key achievements since 31 October 2019: 1 task completed.\n- Audit files (Safe 1, lead RG)");
    expect(committeeParagraph(totalsOf(actions), actions, noChanges("2019-10-31"))).toContain("No tasks were completed since 31 October 2019.");
  });
});
