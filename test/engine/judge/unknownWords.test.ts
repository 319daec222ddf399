import { buildReport, unknownStatusWords, vocabularyWith, withDefaults } from "../../../src/engine";
import { actionRow, simplePlan } from "../../support/snapshotBuilder";

const plan = simplePlan([
  actionRow({ section: "Safe", status: "On plan" }),
  actionRow({ status: "Slipping" }),
  actionRow({ status: "on plan" }),
  actionRow({ status: "Green" }),
  actionRow({ status: { value: null, error: "#N/A" } }),
  actionRow({ status: "" }),
]);

describe("status words no vocabulary knows", () => {
  it("are listed once each, most used first, with how many actions use them; errors and empty cells are no words", () => {
    expect(unknownStatusWords(buildReport(plan, { asAt: "2020-01-31" }).actions)).toEqual([
      { word: "On plan", count: 2 },
      { word: "Slipping", count: 1 },
    ]);
  });

  it("count as the status chosen once added to the vocabulary, in any spelling", () => {
    const settings = withDefaults();
    const vocabulary = vocabularyWith(vocabularyWith(settings.vocabulary, "On plan ", "green"), "Slipping", "notStarted");
    const report = buildReport(plan, { asAt: "2020-01-31", settings: { vocabulary } });
    expect(report.totals).toMatchObject({ green: 3, notStarted: 1, unrated: 2 });
    expect(unknownStatusWords(report.actions)).toEqual([]);
  });
});
