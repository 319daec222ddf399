/**
 * The words the add-in writes in its flags column, and nothing else: what
 * tells a flags column it wrote from cells of the user's (see
 * ownedFlagRanges).
 */
export const FLAG_WORDS = {
  header: "BRAG Tracker: overdue / due soon",
  overdue: "Overdue",
  dueSoon: "Due soon",
} as const;
