// enough of an action's words to name it in a list of removed actions; the history stays small
const STORED_LABEL_LENGTH = 60;
const LABEL_LENGTH = 120;

/** A field as the history stores it: one line, no tabs (they separate the fields). */
export function storable(text: string): string {
  // most fields are already one clean line: checks much cheaper than a replace (or one regular expression with anchors), run for every field of every action
  const clean = text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32 && !text.includes("  ") && !OTHER_WHITESPACE.test(text);
  return clean ? text : text.replace(/\s+/g, " ").trim();
}

// whitespace other than a plain space: tabs, line breaks, no-break spaces
const OTHER_WHITESPACE = /[^\S ]/;

/** The text on one line, cut where it runs past `length` at the last word that fits, the cut marked "…"; never mid-word ("with analys…"). */
export function shortLabel(text: string, length = LABEL_LENGTH): string {
  const flat = storable(text);
  if (flat.length <= length) return flat;
  const head = flat.slice(0, length - 1);
  const space = head.lastIndexOf(" ");
  // a single word longer than half the label is cut where it must be
  const cut = space >= length / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.\-–—(]+$/, "")}…`;
}

export function storedLabel(text: string): string {
  return shortLabel(text, STORED_LABEL_LENGTH);
}
