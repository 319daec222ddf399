import { EditPlan, WorkbookSnapshot, refresh } from "../../src/engine";
import { OVERDUE_LOOK, STATUS_LOOK, contrastRatio } from "../../src/engine/plan/palette";
import { HEADER, actionRow, sheet, simplePlan, workbook } from "../support/snapshotBuilder";

const AS_AT = { asAt: "2020-01-31" };
const looksAt = (edits: EditPlan, cell: string) => edits.looks.filter((group) => group.cells.includes(cell)).map((group) => group.look);

describe("colouring status cells", () => {
  it("fills every status cell with its status's colour, grouped by colour", () => {
    const { edits } = refresh(simplePlan([actionRow({ status: "Blue" }), actionRow({ status: "red" }), actionRow({ status: "Amber " }), actionRow({ status: "G" }), actionRow({ status: "Green" })]), AS_AT);
    expect(looksAt(edits, "I2")).toEqual([STATUS_LOOK.blue]);
    expect(looksAt(edits, "I3")).toEqual([STATUS_LOOK.red]);
    expect(looksAt(edits, "I4")).toEqual([STATUS_LOOK.amber]);
    expect(edits.looks.find((group) => group.look === STATUS_LOOK.green)?.cells).toEqual(["I5", "I6"]);
  });

  it("keeps text contrast at 4.5:1 or more for every colour it uses", () => {
    for (const look of [...Object.values(STATUS_LOOK), OVERDUE_LOOK]) {
      expect(contrastRatio(look.fill as string, look.font as string)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("recolours a colour-only status with the palette colour of the status it shows", () => {
    const snapshot = { ...simplePlan([actionRow({ status: "" })]), fills: { Plan: { I2: "92D050" } } };
    expect(looksAt(refresh(snapshot, AS_AT).edits, "I2")).toEqual([STATUS_LOOK.green]);
  });

  it("takes its own colour off a status that is no longer recognised: the colour follows the text", () => {
    const snapshot = { ...simplePlan([actionRow({ status: "Purple" })]), fills: { Plan: { I2: STATUS_LOOK.green.fill as string } } };
    expect(looksAt(refresh(snapshot, AS_AT).edits, "I2")).toEqual([{ fill: null, font: null }]);
  });

  it("leaves alone a fill the user chose on an unrated cell", () => {
    const snapshot = { ...simplePlan([actionRow({ status: "n/a" })]), fills: { Plan: { I2: "D9D9D9" } } };
    expect(looksAt(refresh(snapshot, AS_AT).edits, "I2")).toEqual([]);
  });
});

describe("flagging overdue actions in the sheet", () => {
  const plan = () => simplePlan([actionRow({ section: "Safe", due: "Oct-19" }), actionRow({ due: "Feb-20" }), actionRow({ due: "Oct-19", status: "Blue" })]);

  it("highlights overdue due-date cells", () => {
    const { edits } = refresh(plan(), AS_AT);
    expect(looksAt(edits, "F2")).toEqual([OVERDUE_LOOK]);
    expect(looksAt(edits, "F3")).toEqual([]);
    expect(looksAt(edits, "F4")).toEqual([]);
  });

  it("takes the highlight off a due date that is no longer overdue", () => {
    const snapshot = { ...plan(), fills: { Plan: { F4: OVERDUE_LOOK.fill as string } } };
    expect(looksAt(refresh(snapshot, AS_AT).edits, "F4")).toEqual([{ fill: null, font: null }]);
  });

  it("writes one clearly headed flags column to the right of the plan table, named so the next refresh finds it", () => {
    const { edits } = refresh(plan(), AS_AT);
    expect(edits.flags).toHaveLength(1);
    const flags = edits.flags[0]!;
    expect(flags).toMatchObject({ sheet: "Plan", range: "J1:J4", name: "BRAGTracker_Flags1" });
    expect(flags.cells.map((c) => [c.cell, c.value])).toEqual([
      ["J1", { text: "BRAG Tracker: overdue / due soon" }],
      ["J2", { text: "Overdue" }],
      ["J3", { text: "Due soon" }],
    ]);
    expect(edits.names).toContainEqual({ name: "BRAGTracker_Flags1", refersTo: "Plan!$J$1:$J$4" });
  });

  it("puts the flags column past any column holding the user's own notes", () => {
    const rows = [[...HEADER], actionRow({ section: "Safe" }), [...actionRow({}), "my note"]];
    const { edits } = refresh(workbook(sheet("Plan", rows)), AS_AT);
    expect(edits.flags[0]!.range).toBe("K1:K3");
  });

  it("heads the flags column on every repeated header row", () => {
    const snapshot = workbook(sheet("Plan", [HEADER, actionRow({ section: "Safe" }), [], HEADER, actionRow({ section: "Potential" })]));
    const headers = refresh(snapshot, AS_AT).edits.flags[0]!.cells.filter((c) => "text" in c.value && c.value.text.startsWith("BRAG"));
    expect(headers.map((c) => c.cell)).toEqual(["J1", "J4"]);
  });

  it("clears its old flags column and never reads it as part of the plan", () => {
    const first = simplePlan([actionRow({ section: "Safe", due: "Oct-19" })]);
    const withFlag = (flag: string): WorkbookSnapshot => {
      const rows = first.sheets[0]!.rows.map((row) => [...(row ?? [])]);
      rows[0]![9] = { value: "BRAG Tracker: overdue / due soon" };
      rows[1]![9] = { value: flag };
      return { sheets: [{ ...first.sheets[0]!, rows }], names: [{ name: "BRAGTracker_Flags1", refersTo: "Plan!$J$1:$J$2" }] };
    };
    const before = refresh(first, AS_AT);
    const stale = refresh(withFlag("Due soon"), AS_AT);
    expect(stale.report).toEqual(before.report);
    expect(stale.edits.clear).toEqual([{ sheet: "Plan", range: "J1:J2" }]);
    expect(stale.edits.flags).toEqual(before.edits.flags);
    // a flags column that already says what this refresh would write is left as it is
    const current = refresh(withFlag("Overdue"), AS_AT);
    expect(current.report).toEqual(before.report);
    expect([current.edits.clear, current.edits.flags]).toEqual([[], []]);
  });
});

describe("the summary sheet", () => {
  it("is named 'BRAG summary' and marked with a defined name", () => {
    const { edits } = refresh(simplePlan([actionRow({})]), AS_AT);
    expect(edits.summary).toMatchObject({ name: "BRAG summary", replaces: null });
    expect(edits.names).toContainEqual({ name: "BRAGTracker_Summary", refersTo: "'BRAG summary'!$A$1" });
  });

  it("replaces its own earlier summary, found by its defined name", () => {
    const snapshot = { ...workbook(simplePlan([actionRow({})]).sheets[0]!, sheet("BRAG summary", [["old"]])), names: [{ name: "BRAGTracker_Summary", refersTo: "'BRAG summary'!$A$1" }] };
    expect(refresh(snapshot, AS_AT).edits.summary).toMatchObject({ name: "BRAG summary", replaces: "BRAG summary" });
  });

  it("never overwrites a user's sheet that merely has the summary's name, and says where it wrote instead", () => {
    const snapshot = workbook(simplePlan([actionRow({})]).sheets[0]!, sheet("BRAG Summary", [["my own notes"]]));
    const { report, edits } = refresh(snapshot, AS_AT);
    expect(edits.summary).toMatchObject({ name: "BRAG summary (2)", replaces: null });
    expect(report.findings[0]).toMatchObject({ severity: "info", rule: "summary-name-taken" });
    expect(report.findings[0]!.message).toContain("'BRAG summary (2)'");
  });

  it("uses the summary sheet name from settings when Excel would take it", () => {
    const { edits } = refresh(simplePlan([actionRow({})]), { ...AS_AT, settings: { summarySheetName: "Q3 committee appendix" } });
    expect(edits.summary!.name).toBe("Q3 committee appendix");
  });

  it.each([
    ["Q3 [board]: appendix/summary", "Excel does not allow '[' or ']' or ':' or '/' in a sheet name"],
    ["History", "Excel keeps the name History for itself"],
    ["'Appendix'", "it starts or ends with an apostrophe"],
    ["A summary of the plan for the committee", "it is 39 characters long, and Excel takes at most 31"],
  ])("writes the summary under its default name, and says why, when the name in settings is one Excel refuses (%s)", (name, problem) => {
    const { report, edits } = refresh(simplePlan([actionRow({})]), { ...AS_AT, settings: { summarySheetName: name } });
    expect(edits.summary!.name).toBe("BRAG summary");
    expect(report.findings).toContainEqual(expect.objectContaining({ severity: "warning", rule: "summary-name-invalid", message: expect.stringContaining(problem) }));
  });

  it("holds the plan name, as-at date, committee sentence, the section table and a chart of it", () => {
    const { report, edits } = refresh(simplePlan([actionRow({ section: "Safe", status: "Red" }), actionRow({ section: "Potential" })]), AS_AT);
    const texts = edits.summary!.cells.flatMap((c) => ("text" in c.value ? [c.value.text] : []));
    expect(texts).toEqual(expect.arrayContaining(["BRAG summary", "Plan", "31 January 2020", report.sentence, "Safe", "Potential", "Total"]));
    expect(edits.summary!.charts[0]).toMatchObject({
      categories: "A9:A10",
      series: [
        { name: "Blue", values: "B9:B10", colour: "0070C0" },
        { name: "Red", values: "C9:C10", colour: "C00000" },
        { name: "Amber", values: "D9:D10", colour: "FFC000" },
        { name: "Green", values: "E9:E10", colour: "00B050" },
      ],
    });
    expect(edits.summary!.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: 1, repeatRows: "1:3" });
  });

  it("lists overdue actions, red and amber actions, and findings; the manager's lists link to their cells", () => {
    const { edits } = refresh(simplePlan([actionRow({ section: "Safe", status: "Red", due: "Oct-19", comments: "" })]), AS_AT);
    const texts = edits.summary!.cells.flatMap((c) => ("text" in c.value ? [c.value.text] : []));
    expect(texts).toEqual(expect.arrayContaining(["Overdue actions (1)", "Key actions for the next quarter: red, and amber due by 30 June 2020 (1)", "Checks (1 findings)"]));
    const links = edits.summary!.cells.filter((c) => c.link).map((c) => c.link);
    // the key actions print, so they have no link; the overdue list and the findings, below the print area, do
    expect(links).toEqual([
      { sheet: "Plan", cell: "A2" },
      { sheet: "Plan", cell: "I2" },
    ]);
  });

  it("copies the plan's text as text, even when it starts with '='", () => {
    const { edits } = refresh(simplePlan([actionRow({ section: "=HYPERLINK(\"http://evil\")", status: "Red", action: "+cmd|' /C calc'!A0" })]), AS_AT);
    const written = edits.summary!.cells.filter((c) => "text" in c.value && /^[=+]/.test(c.value.text));
    expect(written.map((c) => c.value)).toEqual(expect.arrayContaining([{ text: "=HYPERLINK(\"http://evil\")" }, { text: "+cmd|' /C calc'!A0" }]));
  });
});

describe("refusing to write", () => {
  it("refuses before writing anything when a plan sheet is protected, naming the sheet", () => {
    const snapshot = workbook(sheet("Plan", [HEADER, actionRow({})], { protected: true }));
    const { report, edits } = refresh(snapshot, AS_AT);
    expect(edits).toEqual({
      refusal: { sheet: "Plan", message: "Sheet 'Plan' is protected, so BRAG Tracker changed nothing. Unprotect it (Review > Unprotect Sheet) and refresh again." },
      looks: [],
      clear: [],
      flags: [],
      summary: null,
      history: null,
      removeNames: [],
      names: [],
    });
    expect(report.findings[0]).toMatchObject({ severity: "error", rule: "protected-sheet", sheet: "Plan" });
    expect(report.totals.total).toBe(1);
  });

  it("does not mind a protected sheet it never writes to", () => {
    const snapshot = workbook(simplePlan([actionRow({})]).sheets[0]!, sheet("Lists", [["x"]], { protected: true }));
    expect(refresh(snapshot, AS_AT).edits.refusal).toBeNull();
  });

  it("writes nothing when there is no plan", () => {
    const { edits, report } = refresh(workbook(sheet("Notes", [["hello"]])), AS_AT);
    expect(edits.refusal).toEqual({ sheet: "", message: "No plan was found, so BRAG Tracker changed nothing." });
    // one finding says so, the one that says what a plan's header names: not a second that says less
    expect(report.findings.filter((f) => f.rule === "no-plan").map((f) => f.message)).toEqual([expect.stringMatching(/^No plan table found on Notes\./)]);
  });
});
