import { ActionEntry, Counts, SectionCounts } from "../model/report";

/** The count columns as the summary sheet and the terminal show them, in the order they show them. */
export const COUNT_COLUMNS: ReadonlyArray<readonly [label: string, key: keyof Counts]> = [
  ["Blue", "blue"],
  ["Red", "red"],
  ["Amber", "amber"],
  ["Green", "green"],
  ["Not started", "notStarted"],
  ["Unrated", "unrated"],
  ["Total", "total"],
  ["Overdue", "overdue"],
  ["Due soon", "dueSoon"],
];

export function emptyCounts(): Counts {
  return { blue: 0, red: 0, amber: 0, green: 0, notStarted: 0, unrated: 0, total: 0, overdue: 0, dueSoon: 0 };
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
