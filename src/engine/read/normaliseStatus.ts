import { RatedStatus, StatusMeaning as Meaning, StatusVocabulary } from "../model/status";

export type StatusReading =
  | { status: Meaning; source: "text" }
  | { status: RatedStatus; source: "colour" }
  | { status: "unrated"; source: "missing" | "unknown" | "ambiguous" | "error" };

const SEPARATOR = /^[\s\-–—:;,.(/\\|]/;

/** The vocabulary with one more word, written as the reader will look it up. */
export function vocabularyWith(vocabulary: StatusVocabulary, text: string, meaning: Meaning): StatusVocabulary {
  return { ...vocabulary, [simplify(text)]: meaning };
}

function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[\s*.:;,\-–—]+|[\s*.:;,!\-–—]+$/g, "");
}

/**
 * Reads a status cell's text as a BRAG status. The whole text must be a
 * vocabulary entry, or start with one followed by a separator ("Green - on
 * track"); never a substring ("Not green" and "Greenwich" are not green).
 * Single letters count only on their own, so "A new approach" is not amber.
 */
export function normaliseStatusText(text: string, vocabulary: StatusVocabulary): StatusReading {
  // a plan says "Green" thousands of times: each spelling is read once per vocabulary
  let readings = READINGS.get(vocabulary);
  if (!readings) READINGS.set(vocabulary, (readings = new Map()));
  let reading = readings.get(text);
  if (!reading) readings.set(text, (reading = Object.freeze(readStatusText(text, vocabulary))));
  return reading;
}

const READINGS = new WeakMap<StatusVocabulary, Map<string, StatusReading>>();

function readStatusText(text: string, vocabulary: StatusVocabulary): StatusReading {
  const simple = simplify(text);
  if (simple === "") return { status: "unrated", source: "missing" };
  const exact = vocabulary[simple];
  if (exact) return { status: exact, source: "text" };

  // "G/A", "R-A", "Amber/Green": every part a status on its own; two different ones name no single status
  const parts = simple.split(/\s*[/\\|&+-]\s*/);
  if (parts.length > 1 && parts.every((part) => vocabulary[part] !== undefined)) {
    const meanings = new Set(parts.map((part) => vocabulary[part]));
    return meanings.size > 1 ? { status: "unrated", source: "ambiguous" } : { status: vocabulary[parts[0] as string] as Meaning, source: "text" };
  }

  const entries = Object.keys(vocabulary).filter((entry) => entry.length > 1);
  const lead = entries
    .filter((entry) => simple.startsWith(entry) && SEPARATOR.test(simple.slice(entry.length)))
    .sort((a, b) => b.length - a.length)[0];
  if (!lead) return { status: "unrated", source: "unknown" };

  const status = vocabulary[lead] as Meaning;
  const rest = ` ${simple.slice(lead.length)} `;
  const conflicting = entries.some(
    (entry) => vocabulary[entry] !== status && new RegExp(`[^a-z]${escapeRegExp(entry)}[^a-z]`).test(rest),
  );
  return conflicting ? { status: "unrated", source: "ambiguous" } : { status, source: "text" };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
