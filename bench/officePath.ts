import { performance } from "perf_hooks";
import { refresh } from "../src/engine";
import { applyOfficeEdits } from "../src/excel/applyOfficeEdits";
import { readExcelSnapshot } from "../src/excel/readExcelSnapshot";
import { FakeExcel } from "../test/support/fakeExcel/FakeExcel";
import { naiveRefresh } from "./naiveAdapter";

/**
 * The Office.js path on the strict fake: round trips and queued actions of a
 * refresh, of a second refresh with nothing changed, and of a naive
 * row-by-row adapter. Prints JSON.
 */
async function measure(input: string, naive: boolean): Promise<void> {
  const excel = await FakeExcel.fromXlsx(input);
  const context = excel.requestContext;
  const started = performance.now();
  const { edits } = refresh(await readExcelSnapshot(context), { asAt: "2020-01-31" });
  const readSyncs = excel.context.syncCount;
  await applyOfficeEdits(context, edits);
  const first = {
    ms: performance.now() - started,
    syncs: excel.context.syncCount,
    actions: excel.context.actionCount,
    maxBytes: Math.max(...excel.context.syncs.map((s) => s.bytes)),
    maxResponseBytes: Math.max(...excel.context.syncs.map((s) => s.responseBytes)),
    refused: excel.context.syncs.filter((s) => s.refused).length,
    readSyncs,
  };

  const before = excel.context.syncs.length;
  const again = performance.now();
  const second = refresh(await readExcelSnapshot(context), { asAt: "2020-01-31" });
  const readAgain = excel.context.syncs.length;
  await applyOfficeEdits(context, second.edits);
  const writes = excel.context.syncs.slice(readAgain);
  const noop = {
    ms: performance.now() - again,
    syncs: excel.context.syncs.length - before,
    writeActions: writes.reduce((sum, s) => sum + s.actions, 0),
    maxResponseBytes: Math.max(...excel.context.syncs.slice(before).map((s) => s.responseBytes)),
  };

  let naiveRun: { syncs: number; actions: number } | null = null;
  if (naive) {
    const fresh = await FakeExcel.fromXlsx(input);
    const rows = Object.keys(fresh.cells("Plan")).reduce((most, address) => Math.max(most, Number(address.replace(/^[A-Z]+/, ""))), 0);
    await naiveRefresh(fresh.requestContext, "Plan", rows, edits.looks);
    naiveRun = { syncs: fresh.context.syncCount, actions: fresh.context.actionCount };
  }
  process.stdout.write(JSON.stringify({ first, noop, naive: naiveRun }));
}

const [input, naive] = process.argv.slice(2);
measure(input as string, naive === "naive").catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
