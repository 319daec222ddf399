import { RIBBON_WORK_MS, RibbonMessage, RibbonServices, refreshFromRibbon } from "../../src/commands/refreshFromRibbon";
import { messages } from "../../src/engine";
import { refreshWorkbook } from "../../src/excel/refreshWorkbook";
import { FakeExcel } from "../support/fakeExcel/FakeExcel";
import { buildPlan2019 } from "../../scripts/sample/plan2019";
import { writeFixture } from "../support/fixtures/writeFixture";

const AS_AT = { asAt: "2020-01-31" };

/** What a person sees of the workbook: each sheet's cells and looks, its charts, and the names. */
function stateOf(excel: FakeExcel): string {
  const sheets = excel.model.sheets.map((sheet) => ({
    name: sheet.name,
    visibility: sheet.visibility,
    cells: [...sheet.cells].filter(([, cell]) => cell.value !== "" || cell.fill || cell.fontColor || cell.bold).sort(([a], [b]) => a.localeCompare(b)),
    charts: sheet.charts.length,
  }));
  return JSON.stringify({ sheets, names: [...excel.model.names].sort() });
}

/** The ribbon's command on its own runtime, which Excel closes five minutes after it starts; what it said, and when. */
async function ribbonOn(excel: FakeExcel, after: RibbonServices["after"]): Promise<{ said: RibbonMessage[]; at: number[]; completed: boolean }> {
  const said: RibbonMessage[] = [];
  const at: number[] = [];
  let completed = false;
  const services: RibbonServices = {
    run: (batch) => excel.run({ delayForCellEdit: true }, batch),
    notify: (message) => {
      said.push(message);
      at.push(excel.model.now ?? 0);
    },
    today: () => new Date(2020, 0, 31),
    now: () => excel.model.now ?? 0,
    after,
  };
  // a command that never returns is what this guards against: give up on it after a second
  await Promise.race([refreshFromRibbon({ completed: () => (completed = true) }, services), new Promise((resolve) => setTimeout(resolve, 1000))]);
  return { said, at, completed };
}

describe("the ribbon's Refresh within the five minutes Excel gives it", () => {
  let path: string;
  let clean: string;
  let original: string;

  beforeAll(async () => {
    path = await writeFixture(buildPlan2019(), "ribbon-time-limit.xlsx");
    original = stateOf(await FakeExcel.fromXlsx(path));
    const once = await FakeExcel.fromXlsx(path);
    await refreshWorkbook(once.requestContext, AS_AT);
    clean = stateOf(once);
  });

  it("on a line too slow to read and write the plan in time: stops before its runtime is closed, says so and where to refresh, and changes nothing", async () => {
    const excel = await FakeExcel.fromXlsx(path);
    const ribbon = excel.functionCommandRuntime();
    // each round trip a minute and a half: the work cannot finish in four minutes
    ribbon.context.latencyMs = 90_000;
    const { said, at, completed } = await ribbonOn(ribbon, () => new Promise(() => undefined));
    expect(said).toEqual([{ kind: "error", text: messages.ribbonOutOfTimeReading }]);
    expect(at[0]).toBeLessThan(ribbon.context.closesAt as number);
    expect(completed).toBe(true);
    expect(stateOf(excel)).toBe(original);
    // the pane, with no time limit, then refreshes it whole
    await refreshWorkbook(excel.otherRuntime().requestContext, AS_AT);
    expect(stateOf(excel)).toBe(clean);
  });

  it("when Excel stops answering as it writes: says so in time, and the next refresh finishes", async () => {
    const excel = await FakeExcel.fromXlsx(path);
    const ribbon = excel.functionCommandRuntime();
    const writing = await writeRequest(path);
    ribbon.context.hangsFrom = writing;
    const { said, completed } = await ribbonOn(ribbon, (milliseconds) => ribbon.context.hung.then(() => expect(milliseconds).toBe(RIBBON_WORK_MS)));
    expect(said).toEqual([{ kind: "error", text: messages.ribbonNoAnswer }]);
    expect(completed).toBe(true);
    await refreshWorkbook(excel.otherRuntime().requestContext, AS_AT);
    expect(stateOf(excel)).toBe(clean);
  });

  it("on a line fast enough, refreshes as ever", async () => {
    const excel = await FakeExcel.fromXlsx(path);
    const ribbon = excel.functionCommandRuntime();
    ribbon.context.latencyMs = 5_000;
    const { said } = await ribbonOn(ribbon, () => new Promise(() => undefined));
    expect(said[0]?.kind).toBe("success");
    expect(stateOf(excel)).toBe(clean);
  });
});

/** The ribbon's last request, which writes the refresh: its reads come before it. */
async function writeRequest(path: string): Promise<number> {
  const ribbon = (await FakeExcel.fromXlsx(path)).otherRuntime();
  await ribbonOn(ribbon, () => new Promise(() => undefined));
  return ribbon.context.syncs.length - 1;
}
