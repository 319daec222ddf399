import { Dismissal, Settings, TableChoice } from "../model/settings";
import { dismissalKey } from "../judge/dismissals";

/**
 * The settings to save when a colleague may have saved theirs since these
 * were read: `base` is what the pane read, `mine` what the user made of it,
 * `theirs` what the workbook holds now. Excel keeps no add-in's state in
 * step between co-authors (docs/excel/co-authoring-in-excel-add-ins.md), so
 * each save is a three-way merge: what the user changed wins, and what they
 * left alone is the workbook's. A status word, a sheet's table choices, an
 * alias, a dismissal and each report detail merge one by one; the other
 * settings whole.
 */
export function mergeSettings(base: Settings, mine: Settings, theirs: Settings): Settings {
  return {
    vocabulary: mergeRecords(base.vocabulary, mine.vocabulary, theirs.vocabulary),
    dueSoonDays: pick(base.dueSoonDays, mine.dueSoonDays, theirs.dueSoonDays),
    includeSheets: pick(base.includeSheets, mine.includeSheets, theirs.includeSheets),
    summarySheetName: pick(base.summarySheetName, mine.summarySheetName, theirs.summarySheetName),
    tables: mergeTables(base.tables, mine.tables, theirs.tables),
    report: mergeRecords(base.report, mine.report, theirs.report),
    aliases: mergeRecords(base.aliases, mine.aliases, theirs.aliases),
    dismissed: mergeDismissals(base.dismissed, mine.dismissed, theirs.dismissed),
  };
}

/** A dismissal the user made or took back goes as they left it; a colleague's stay. */
function mergeDismissals(base: Dismissal[], mine: Dismissal[], theirs: Dismissal[]): Dismissal[] {
  const key = dismissalKey;
  const [was, now] = [new Set(base.map(key)), new Set(mine.map(key))];
  const kept = theirs.filter((d) => !(was.has(key(d)) && !now.has(key(d))));
  const held = new Set(kept.map(key));
  return [...kept, ...mine.filter((d) => !was.has(key(d)) && !held.has(key(d)))];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function pick<T>(base: T, mine: T, theirs: T): T {
  return same(mine, base) ? theirs : mine;
}

/** Key by key: one the user added, changed or took away goes as they left it; the rest as the workbook has it. */
function mergeRecords<T extends object>(base: T, mine: T, theirs: T): T {
  const merged: Record<string, unknown> = { ...(theirs as unknown as Record<string, unknown>) };
  const was = base as unknown as Record<string, unknown>;
  const now = mine as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (same(was[key], now[key])) continue;
    if (key in now) merged[key] = now[key];
    else delete merged[key];
  }
  return merged as T;
}

/** A sheet's table choices are replaced together when the user points to a plan on it, so they merge sheet by sheet. */
function mergeTables(base: TableChoice[], mine: TableChoice[], theirs: TableChoice[]): TableChoice[] {
  const bySheet = (tables: TableChoice[]) => {
    const groups = new Map<string, TableChoice[]>();
    for (const table of tables) groups.set(table.sheet ?? "", [...(groups.get(table.sheet ?? "") ?? []), table]);
    return groups;
  };
  const [was, now, held] = [bySheet(base), bySheet(mine), bySheet(theirs)];
  const merged = new Map(held);
  for (const sheet of new Set([...was.keys(), ...now.keys()])) {
    if (same(was.get(sheet), now.get(sheet))) continue;
    const chosen = now.get(sheet);
    if (chosen) merged.set(sheet, chosen);
    else merged.delete(sheet);
  }
  return [...merged.values()].flat();
}
