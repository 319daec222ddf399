import { Report } from "../../../src/engine";

/** How a tracker's key counts a section: not started inside unrated. */
export interface KeyCounts {
  blue: number;
  red: number;
  amber: number;
  green: number;
  unrated: number;
}

/** A tracker's answer key, as ../shared/trackers/README.md describes it. */
export interface TrackerKey {
  file: string;
  asAt: string;
  notes: string;
  totals: KeyCounts;
  sections: Record<string, KeyCounts>;
  overdue?: string[];
}

/** What a refresh got right of a key: found at all, totals, sections (names and counts, in order), the overdue refs. */
export interface TrackerScore {
  found: boolean;
  totals: boolean;
  sections: boolean;
  overdue: boolean;
  /** What was counted, in the key's terms, to print beside the key when it differs. */
  counted: { totals: KeyCounts; sections: Record<string, KeyCounts>; overdue: string[] };
}

const inKeyTerms = (counts: { blue: number; red: number; amber: number; green: number; total: number }): KeyCounts => ({
  blue: counts.blue,
  red: counts.red,
  amber: counts.amber,
  green: counts.green,
  // the README's rule: unrated is whatever is not one of the four, not started included
  unrated: counts.total - counts.blue - counts.red - counts.amber - counts.green,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
// the key ignores a trailing space in a section's name, as a reader does
const sectionName = (name: string) => name.trim();

export function scoreTracker(key: TrackerKey, report: Report | null): TrackerScore {
  if (!report || report.totals.total === 0) {
    return { found: false, totals: false, sections: false, overdue: false, counted: { totals: { blue: 0, red: 0, amber: 0, green: 0, unrated: 0 }, sections: {}, overdue: [] } };
  }
  const totals = inKeyTerms(report.totals);
  const sections: Record<string, KeyCounts> = {};
  for (const section of report.sections) {
    const name = sectionName(section.name);
    const counted = inKeyTerms(section);
    const known = sections[name];
    sections[name] = known ? { blue: known.blue + counted.blue, red: known.red + counted.red, amber: known.amber + counted.amber, green: known.green + counted.green, unrated: known.unrated + counted.unrated } : counted;
  }
  const overdue = report.actions.filter((action) => action.overdue).map((action) => action.ref);
  return {
    found: true,
    totals: same(totals, key.totals),
    sections: same(Object.entries(sections), Object.entries(key.sections)),
    overdue: key.overdue === undefined || same([...overdue].sort(), [...key.overdue].sort()),
    counted: { totals, sections, overdue },
  };
}
