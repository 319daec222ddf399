import { ROLES, Role, Settings, StatusMeaning, StatusVocabulary, TableChoice, dateToIso, parseDayFirst, splitReference, vocabularyWith } from "../engine";

/** A mistake in how the command was called: one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function asAtDate(option: string | undefined, today: Date = new Date()): string {
  if (option === undefined) return dateToIso(today);
  return isoDate("--as-at", option);
}

/** A date as the pane takes it, day first (31/01/2020, 31 Jan 2020) or as 2020-01-31. */
export function isoDate(flag: string, option: string): string {
  const date = parseDayFirst(option);
  if (date === null) throw new UsageError(`${flag} must be a date, such as 31/01/2020, 31 Jan 2020 or 2020-01-31 (got '${option}').`);
  return date;
}

/**
 * `--table "'Sheet 1'!B25"` (a cell of the header row) and `--column
 * status=I`, repeated: the plan the user points to for this run, over the
 * workbook's own choices; nothing when neither is given. Columns without a
 * table correct the plans found.
 */
export function pointedSettings(table: string | undefined, columns: string[] = []): Partial<Settings> | undefined {
  const chosen: TableChoice["columns"] = {};
  for (const option of columns) {
    const match = /^\s*([a-z]+)\s*=\s*(none|[A-Z]{1,3})\s*$/i.exec(option);
    const role = match?.[1]?.toLowerCase();
    if (!match || !(ROLES as readonly string[]).includes(role as string)) {
      throw new UsageError(`--column must be a role and a column letter, such as status=I or section=none; the roles are ${ROLES.join(", ")} (got '${option}').`);
    }
    const letters = (match[2] as string).toUpperCase();
    chosen[role as Role] = letters === "NONE" ? null : letters;
  }
  if (table === undefined) return columns.length > 0 ? { tables: [{ columns: chosen }] } : undefined;
  const written = table.trim();
  const reference = written.includes("!") ? splitReference(written) : { sheet: undefined, range: written.replace(/\$/g, "") };
  if (!reference || !/^[A-Z]{1,3}\d+$/i.test(reference.range)) {
    throw new UsageError(`--table must be a cell of the plan's header row, such as "'Sheet 1'!B25" or Tracker!A1 (got '${table}').`);
  }
  const header = reference.range.toUpperCase();
  return { tables: [{ ...(reference.sheet !== undefined ? { sheet: reference.sheet } : {}), header, columns: chosen }] };
}

// the statuses a word can be counted as, as the command line names them
const STATUS_OF: Record<string, StatusMeaning> = { blue: "blue", red: "red", amber: "amber", green: "green", "not started": "notStarted" };

/**
 * `--status-word "On plan=green"`, repeated: words counted as these statuses on top of the workbook's own (and
 * saved in the workbook written with --out or --in-place, as the pane's Count it is).
 */
export function withStatusWords(settings: Partial<Settings> | undefined, options: string[] = []): Partial<Settings> | undefined {
  if (options.length === 0) return settings;
  let vocabulary: StatusVocabulary = {};
  for (const option of options) {
    const at = option.lastIndexOf("=");
    const word = option.slice(0, at).trim();
    const status = STATUS_OF[option.slice(at + 1).trim().toLowerCase().replace(/[-_\s]+/g, " ")];
    if (at < 0 || !word || !status) {
      throw new UsageError(`--status-word must be a word and the status it means, such as "On plan=green"; the statuses are blue, red, amber, green and not started (got '${option}').`);
    }
    vocabulary = vocabularyWith(vocabulary, word, status);
  }
  return { ...settings, vocabulary };
}
