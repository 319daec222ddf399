import fc from "fast-check";
import { join, resolve } from "path";
import { AS_AT, LayoutAnswer, answerOfReport } from "../test/support/layouts/generateLayout";
import { layoutWorkbook } from "../test/support/layouts/layoutWorkbook";
import { generatedLayouts } from "../test/support/layouts/renderLayout";

/**
 * How often each part of the layout generator is counted wrong: the
 * generated workbooks refreshed through the file door of the compiled code
 * under `root` (its lib/, from npm run build:cli; this project's by default,
 * or a baseline's worktree to see what a change fixed), each part's share of
 * wrong workbooks, worst first.
 *
 *   npm run -s layouts:parts -- [workbooks] [root]
 */
const runs = Number(process.argv[2] ?? 1000);
const root = resolve(process.argv[3] ?? join(__dirname, ".."));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { refreshWorkbookBytes } = require(join(root, "lib", "xlsx", "refreshFile")) as typeof import("../src/xlsx/refreshFile");

async function tally(): Promise<void> {
  const seen = new Map<string, { wrong: number; all: number }>();
  let wrong = 0;
  for (const layout of fc.sample(generatedLayouts, { numRuns: runs, seed: Number(process.env.LAYOUT_SEED ?? 20261207) })) {
    let got: LayoutAnswer | null = null;
    try {
      const { report } = await refreshWorkbookBytes(await layoutWorkbook(layout), "generated.xlsx", { asAt: AS_AT });
      got = answerOfReport(report);
    } catch {
      // refused (no plan found): wrong
    }
    const isWrong = JSON.stringify(got) !== JSON.stringify(layout.answer);
    if (isWrong) wrong++;
    for (const part of layout.parts) {
      const count = seen.get(part) ?? { wrong: 0, all: 0 };
      count.all++;
      if (isWrong) count.wrong++;
      seen.set(part, count);
    }
  }
  process.stdout.write(`${wrong} of ${runs} generated workbooks counted wrong by ${root}\n`);
  const rows = [...seen].sort(([, a], [, b]) => b.wrong / b.all - a.wrong / a.all);
  for (const [part, { wrong: w, all }] of rows) process.stdout.write(`${((100 * w) / all).toFixed(0).padStart(4)}%  ${w}/${all}  ${part}\n`);
}

tally().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
