import ExcelJS from "exceljs";
import { Settings, buildReport, refresh } from "../../src/engine";
import { applyOfficeEdits } from "../../src/excel/applyOfficeEdits";
import { HISTORY_SHEET } from "../../src/engine/progress/history";
import { lookForStatusText } from "../../src/engine/plan/recolourEdits";
import { OfficeBragService } from "../../src/excel/officeBragService";
import { ExcelRun } from "../../src/excel/runInExcel";
import { readExcelSnapshot } from "../../src/excel/readExcelSnapshot";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";

/** A plan of 40 actions on one sheet: Section, Ref, Aim, Action, Due, Lead, Comments, Status (H). */
function plan(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"]);
  for (let i = 0; i < 40; i++) sheet.addRow([i < 20 ? "Safe" : "Heard", i + 1, `Aim ${i}`, `Action ${i}`, ["Oct-19", "Jun-20"][i % 2], "RG", `Comment ${i}`, ["Green", "Amber", "Red", "Blue"][i % 4]]);
  return workbook;
}

/** A colleague's Excel with the pane open: its own runtime, with its own Excel.run, on the shared workbook. */
function paneIn(excel: FakeExcel): OfficeBragService {
  return new OfficeBragService(excel.run.bind(excel) as ExcelRun);
}

beforeAll(() => {
  Object.assign(globalThis, {
    Office: { context: { requirements: { isSetSupported: () => true } }, DocumentMode: { ReadOnly: "ReadOnly" } },
    window: globalThis,
  });
});

const settle = (milliseconds = 700) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe("two colleagues' panes on one workbook, with AutoSave, while a third person types", () => {
  it("loses no setting, leaves every status coloured as it reads, and keeps one history record and one summary", async () => {
    const excel = FakeExcel.fromWorkbook(plan());
    const colleague = excel.otherRuntime();
    const mine = paneIn(excel);
    const theirs = paneIn(colleague);
    const loadedMine = await mine.loadSettings();
    const loadedTheirs = await theirs.loadSettings();

    // both refresh at once, each saving a setting as it goes, while statuses are typed and a cell is left in edit mode
    excel.context.whileRequest(3, () => void excel.userEdits("Plan", "H3", "Red"));
    colleague.context.whileRequest(4, () => excel.userStartsTyping("Plan", "H6"));
    await Promise.all([
      mine.refresh("2020-01-31"),
      theirs.refresh("2020-01-31"),
      theirs.saveSettings({ ...loadedTheirs, vocabulary: { ...loadedTheirs.vocabulary, "held up": "red" } }),
      (async () => {
        await settle(100);
        await excel.userEdits("Plan", "H4", "Blue");
        await excel.userPressesEnter("Held up");
      })(),
    ]);
    await mine.saveSettings({ ...loadedMine, dueSoonDays: 14 });
    await excel.userEdits("Plan", "H5", "held up");
    await settle();

    const snapshot = await readExcelSnapshot(excel.otherRuntime().requestContext);
    const report = buildReport(snapshot, { asAt: "2020-01-31" });
    const settings: Settings = await paneIn(excel.otherRuntime()).loadSettings();
    expect([settings.dueSoonDays, settings.vocabulary["held up"]]).toEqual([14, "red"]);
    const wrong = report.actions.filter((action) => {
      const look = lookForStatusText(action.statusText, settings);
      return look !== null && excel.cell("Plan", `H${action.row}`)?.fill !== look.fill;
    });
    expect(wrong.map((action) => `H${action.row} ${action.statusText}`)).toEqual([]);
    const history = excel.model.sheets.find((sheet) => sheet.name === HISTORY_SHEET);
    const refreshRows = [...(history?.cells.values() ?? [])].filter((cell) => cell.value === "refresh");
    expect(refreshRows).toHaveLength(1);
    expect(report.history.map((point) => point.asAt)).toEqual(["2020-01-31"]);
    expect(excel.model.sheets.find((sheet) => sheet.name === "BRAG summary")?.charts).toHaveLength(1);
  });

  it.each(["mine", "the colleague's"])("two refreshes at once after an earlier one, %s the longer record: the history keeps one record of the day, the summary its two charts", async (longer) => {
    const excel = FakeExcel.fromWorkbook(plan());
    await paneIn(excel).refresh("2019-10-31");
    const colleague = excel.otherRuntime();
    // statuses changed before the quarter's refreshes, and more as one of the two reads: that one's record is the longer
    for (const row of [2, 3, 4]) await excel.userEdits("Plan", `H${row}`, "Blue");
    const reader = longer === "mine" ? excel : colleague;
    reader.context.whileRequest(reader.context.syncCount + 1, () => {
      for (const row of [10, 11, 12, 13, 14, 15]) void excel.userEdits("Plan", `H${row}`, "Red");
    });
    await Promise.all([paneIn(excel).refresh("2020-01-31"), paneIn(colleague).refresh("2020-01-31")]);
    await settle();

    expect(excel.model.sheets.find((sheet) => sheet.name === "BRAG summary")?.charts).toHaveLength(2);
    // a refresh a quarter on, with nothing changed since: the history it compares with is the plan as it was left
    const later = await paneIn(excel.otherRuntime()).refresh("2020-04-30");
    const changes = later.report.changes;
    expect(changes?.since).toBe("2020-01-31");
    expect([changes?.completed, changes?.newlyRed, changes?.improved, changes?.worsened, changes?.added, changes?.removed]).toEqual([[], [], [], [], [], []]);
    expect(later.report.history.map((point) => point.asAt)).toEqual(["2019-10-31", "2020-01-31", "2020-04-30"]);
  });

  it("where the shorter of two records of the day is written last, nothing of the longer is left below it to be read as its", async () => {
    const excel = FakeExcel.fromWorkbook(plan());
    await paneIn(excel).refresh("2019-10-31");
    const colleague = excel.otherRuntime();
    for (const row of [2, 3, 4]) await excel.userEdits("Plan", `H${row}`, "Blue");
    const mine = refresh(await readExcelSnapshot(excel.requestContext), { asAt: "2020-01-31" });
    for (const row of [10, 11, 12, 13, 14, 15]) await excel.userEdits("Plan", `H${row}`, "Red");
    const theirs = refresh(await readExcelSnapshot(colleague.requestContext), { asAt: "2020-01-31" });
    expect(theirs.edits.history?.rows.length).toBeGreaterThan(mine.edits.history?.rows.length ?? 0);
    // the longer written first, as the colleague's Excel got there first
    await applyOfficeEdits(colleague.requestContext, theirs.edits);
    await applyOfficeEdits(excel.requestContext, mine.edits);
    // this record says rows 10 to 15 were green: a quarter on, they are newly red
    const later = await paneIn(excel.otherRuntime()).refresh("2020-04-30");
    expect(later.report.changes?.newlyRed.map((change) => change.ref)).toEqual(["9", "10", "12", "13", "14"]);
    expect(later.report.history.map((point) => point.asAt)).toEqual(["2019-10-31", "2020-01-31", "2020-04-30"]);
  });
});
