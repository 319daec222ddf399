import { readFileSync } from "fs";
import { Session } from "inspector";
import { basename } from "path";
import { performance } from "perf_hooks";
// the compiled engine and file door (lib/), as `brag` runs them
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readWorkbook } = require("../lib/xlsx/readWorkbook") as typeof import("../src/xlsx/readWorkbook");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { refresh } = require("../lib/engine") as typeof import("../src/engine");

/**
 * Where the engine's time goes in a fresh process, as `brag refresh` runs it
 * once: V8's sampling profiler over the engine's one call, each sample given
 * to the innermost step of the engine on its stack. Then the same call again
 * in the same process, once the code has warmed up. Prints JSON.
 */
const STEPS: Record<string, string> = {
  locatePlans: "finding the plans",
  readActions: "reading the action rows",
  validateActions: "checking the actions",
  trackProgress: "matching actions with the history",
  buildSummary: "laying out the summary",
  planFlagColumn: "the flag column",
  planLooks: "the status colours",
};
const OTHER = "the rest (counting, the committee paragraph, comparing with what the workbook shows)";
const GARBAGE = "garbage collection";
const WARM_RUNS = 5;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
}

const inEngine = (node: ProfileNode, name: string) => node.callFrame.functionName === name && node.callFrame.url.includes("/lib/engine/");

/**
 * Each sampled stack's step: the innermost engine function named in STEPS,
 * or the rest of the engine's call; garbage collection on its own. Samples
 * of the profiler itself, outside the call, are left out.
 */
function msByStep(profile: Profile): Record<string, number> {
  const parent = new Map<number, ProfileNode>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const stepOf = (node: ProfileNode): string | null => {
    if (node.callFrame.functionName === "(garbage collector)") return GARBAGE;
    let step: string | null = null;
    for (let at: ProfileNode | undefined = node; at; at = parent.get(at.id)) {
      if (inEngine(at, "refresh")) return step ?? OTHER;
      const named = STEPS[at.callFrame.functionName];
      if (!step && named && at.callFrame.url.includes("/lib/engine/")) step = named;
    }
    return null;
  };
  const ms: Record<string, number> = {};
  profile.samples.forEach((id, index) => {
    const step = stepOf(byId.get(id) as ProfileNode);
    if (step) ms[step] = (ms[step] ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000;
  });
  return ms;
}

async function measure(input: string): Promise<void> {
  const { snapshot } = await readWorkbook(readFileSync(input), basename(input), undefined);
  const options = { asAt: "2020-01-31" };
  const session = new Session();
  session.connect();
  await post(session, "Profiler.enable");
  await post(session, "Profiler.setSamplingInterval", { interval: 100 });
  await post(session, "Profiler.start");
  const started = performance.now();
  refresh(snapshot, options);
  const coldMs = performance.now() - started;
  const { profile } = await post<{ profile: Profile }>(session, "Profiler.stop");
  session.disconnect();

  const warm: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    const again = performance.now();
    refresh(snapshot, options);
    warm.push(performance.now() - again);
  }
  const warmMs = warm.sort((a, b) => a - b)[Math.floor(WARM_RUNS / 2)] as number;
  process.stdout.write(JSON.stringify({ coldMs, warmMs, steps: msByStep(profile) }));
}

measure(process.argv[2] as string).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
