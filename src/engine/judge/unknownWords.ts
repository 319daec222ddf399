import { ActionEntry } from "../model/report";

/** A status word the plan uses that no vocabulary knows, and how many actions use it. */
export interface UnknownWord {
  word: string;
  count: number;
}

/**
 * Each status text that counted as no status, once, most used first: what
 * the pane offers to count as blue, red, amber, green or not started in one
 * click. Error values (#N/A) are a formula's problem, not a word.
 */
export function unknownStatusWords(actions: ActionEntry[]): UnknownWord[] {
  const counts = new Map<string, UnknownWord>();
  for (const action of actions) {
    const word = action.statusText.trim();
    if (action.status !== "unrated" || word === "" || word.startsWith("#")) continue;
    const key = word.toLowerCase();
    const known = counts.get(key);
    if (known) known.count++;
    else counts.set(key, { word, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}
