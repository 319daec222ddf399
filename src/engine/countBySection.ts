import { ActionEntry, Counts, SectionCounts } from "./report";

export function emptyCounts(): Counts {
  return { blue: 0, red: 0, amber: 0, green: 0, unrated: 0, total: 0, overdue: 0, dueSoon: 0 };
}

function add(counts: Counts, action: ActionEntry): void {
  counts[action.status]++;
  counts.total++;
  if (action.overdue) counts.overdue++;
  if (action.dueSoon) counts.dueSoon++;
}

/** Counts per section, sections in the order they first appear in the workbook. */
export function countBySection(actions: ActionEntry[]): { sections: SectionCounts[]; totals: Counts } {
  const sections = new Map<string, SectionCounts>();
  const totals = emptyCounts();
  for (const action of actions) {
    let section = sections.get(action.section);
    if (!section) {
      section = { name: action.section, ...emptyCounts() };
      sections.set(action.section, section);
    }
    add(section, action);
    add(totals, action);
  }
  return { sections: [...sections.values()], totals };
}
