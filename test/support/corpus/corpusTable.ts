import { CorpusResult, CommandRun, badMessage } from "./runCorpus";

/** A command that went wrong in a way no user should see: an exit code that is not 0, 1 or 2, or a message that is not one plain line. */
export function crashed(run: CommandRun): boolean {
  return ![0, 1, 2].includes(run.exit) || run.messages.some(badMessage);
}

/** Each reason a refresh with a plan in it was refused, with how many refusals gave it (file names taken out). */
export function refusalReasons(result: CorpusResult): Map<string, string[]> {
  const reasons = new Map<string, string[]>();
  for (const run of result.withPlan.filter((each) => each.refresh.exit === 2)) {
    const reason = run.refresh.messages.join(" ").replace(/'[^']*'/g, "'…'");
    reasons.set(reason, [...(reasons.get(reason) ?? []), `${run.file} (${run.place})`]);
  }
  return reasons;
}

/** The table docs/testing.md shows, from one run of the corpus test. */
export function corpusTable(result: CorpusResult): string {
  const runs = result.withPlan;
  const written = runs.filter((run) => run.refresh.exit === 0);
  const count = (predicate: (run: (typeof runs)[number]) => boolean) => runs.filter(predicate).length;
  const asFoundCrashes = result.asFound.filter((file) => crashed(file.check) || crashed(file.refresh)).length;
  const exits = (codes: number[]) => codes.reduce<Record<number, number>>((tally, code) => ({ ...tally, [code]: (tally[code] ?? 0) + 1 }), {});
  const asFoundExits = exits(result.asFound.map((file) => file.refresh.exit));
  const openpyxlRefused = count((run) => run.openpyxl !== undefined);
  const lines = [
    `| | as found | with a plan put in |`,
    `|---|---|---|`,
    `| workbooks | ${result.files.length} | ${runs.length} refreshes (${result.files.length} files × 2 places, less ${result.notPut.length} with nowhere to put one) |`,
    `| crashes (exit code not 0, 1 or 2; a message of more than one line, a stack trace or a JavaScript error) | ${asFoundCrashes} | ${count((run) => crashed(run.refresh) || (run.again !== null && crashed(run.again)))} |`,
    `| \`refresh\` exit codes | ${Object.entries(asFoundExits).map(([code, n]) => `${code}: ${n}`).join(", ")} (2 is "no plan was found", or unreadable, below) | ${Object.entries(exits(runs.map((run) => run.refresh.exit))).map(([code, n]) => `${code}: ${n}`).join(", ")} |`,
    `| plans found and counted exactly (12 actions) | – | ${count((run) => run.refresh.actions === 12)} of ${written.length} written |`,
    `| user cells changed (value or formula, read by openpyxl; where openpyxl cannot read the input, as Strict packages, by LibreOffice) | – | ${count((run) => run.cellsChanged.length > 0)} |`,
    `| parts of the input lost | – | ${count((run) => run.partsLost.length > 0)} |`,
    `| parts altered that the writer does not edit | – | ${count((run) => run.partsAltered.length > 0)} |`,
    `| package integrity problems (relationship targets, content types, duplicate entries, well-formed XML) | – | ${count((run) => run.integrity.length > 0)} |`,
    `| second refresh as at the same date changed a part | – | ${count((run) => run.secondChanged.length > 0)} |`,
    `| outputs openpyxl cannot open | – | ${openpyxlRefused} |`,
    `| outputs LibreOffice cannot convert | – | ${result.libreOffice.failed.length} of ${result.libreOffice.tried} tried |`,
  ];
  const refusals = [...refusalReasons(result)].map(([reason, files]) => `- ${files.length} × ${reason} (${files.slice(0, 3).join("; ")}${files.length > 3 ? "; …" : ""})`);
  const unreadable = result.asFound.filter((file) => file.check.exit === 2).map((file) => `- ${file.file}: ${file.check.messages.join(" ")}`);
  return [
    lines.join("\n"),
    "",
    "Refusals with a plan put in:",
    "",
    ...(refusals.length > 0 ? refusals : ["- none"]),
    "",
    "Workbooks refused as found (not a plan question: what the file is):",
    "",
    ...(unreadable.length > 0 ? unreadable : ["- none"]),
    "",
    `Inputs openpyxl itself cannot open, their cells compared as LibreOffice reads them instead: ${result.inputsOpenpyxlRefuses.length} refreshes of ${new Set(result.inputsOpenpyxlRefuses.map((line) => line.split(" (")[0])).size} files (${[...new Set(result.inputsOpenpyxlRefuses.map((line) => line.split(" (")[0]))].join(", ")}).`,
    "",
    `Time: ${result.seconds.ours.toFixed(0)} s for our ${result.asFound.length * 2 + runs.length * 2} commands and the checks, ${result.seconds.openpyxl.toFixed(0)} s for openpyxl, ${result.seconds.libreOffice.toFixed(0)} s for LibreOffice.`,
  ].join("\n");
}
