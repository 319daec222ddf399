/**
 * Council plans label their update and rating columns by period: "Update
 * Aug 2018", "Progress Q2 2019/20", "RAG Sept", "Comments (Jan 2020)",
 * "Status Oct-19". The period says when, the rest says what the column is.
 */
export interface PeriodLabel {
  /** The label without its period ("Update"), or the label itself when it has none. */
  label: string;
  /** The period it names ("Aug 2018"), or null. */
  period: string | null;
}

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const YEAR = "(?:(?:19|20)\\d\\d(?:\\s*[/-]\\s*(?:(?:19|20)?\\d\\d))?|\\d\\d\\s*/\\s*\\d\\d)";
const QUARTER = "(?:q[1-4]|quarter\\s*[1-4])";
// a period: a quarter or a month, each with a year or not, or a year alone; "Oct-19" and "Jan 20" as Excel writes months
const PERIOD = `(?:(?:${QUARTER}|${MONTH})(?:[\\s'-]*(?:${YEAR}|\\d\\d))?|${YEAR})`;
const TRAILING = new RegExp(`^(.*?[a-z].*?)(?:[\\s,:-]+\\(?|\\s*\\()\\s*(?:as\\s+at\\s+|at\\s+)?(${PERIOD}(?:\\s+${PERIOD})*)\\s*\\)?\\s*$`, "i");
const LEADING = new RegExp(`^\\(?\\s*(${PERIOD})\\s*\\)?[\\s,:-]+(.*[a-z].*)$`, "i");
const PERIOD_ONLY = new RegExp(`^\\(?\\s*(${PERIOD})\\s*\\)?$`, "i");

export function periodOfLabel(text: string): PeriodLabel {
  const trimmed = text.replace(/\s+/g, " ").trim();
  const trailing = TRAILING.exec(trimmed);
  if (trailing && !endsInWordOfPeriod(trailing[1] as string)) return { label: (trailing[1] as string).trim(), period: (trailing[2] as string).trim() };
  const leading = LEADING.exec(trimmed);
  if (leading) return { label: (leading[2] as string).trim(), period: (leading[1] as string).trim() };
  return { label: trimmed, period: null };
}

/** A label that is a period and nothing else ("Q3", "Oct-19", "2019/20"): a column of a series, its role said by its cells. */
export function isPeriodOnly(text: string): boolean {
  return PERIOD_ONLY.test(text.replace(/\s+/g, " ").trim());
}

// "Due by Mar" has no period; "Target date" and "Due date" are no months: what precedes must be a whole word
function endsInWordOfPeriod(rest: string): boolean {
  return /\b(by|from|to|until|before|after|of|in)$/i.test(rest.trim());
}
