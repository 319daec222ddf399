export const STATUSES = ["blue", "red", "amber", "green"] as const;
export type RatedStatus = (typeof STATUSES)[number];
/** Not started (a tracker's "Not started", "Planned", "On hold"): no BRAG status yet, named so rather than left unrated. */
export type Status = RatedStatus | "notStarted" | "unrated";

export function isRated(status: Status): status is RatedStatus {
  return (STATUSES as readonly string[]).includes(status);
}

/** A status as the pane, the summary and the reports name it: never by its colour alone. */
export const STATUS_NAMES: Record<Status, string> = { blue: "Blue", red: "Red", amber: "Amber", green: "Green", notStarted: "Not started", unrated: "No status" };

/** The order the committee reports count in: "20 tasks marked amber, 45 ... green, 0 ... red, 2 ... blue". */
export const SENTENCE_ORDER: readonly RatedStatus[] = ["amber", "green", "red", "blue"];

/** What a word of the plan can mean: a BRAG status, or work not yet begun. */
export type StatusMeaning = RatedStatus | "notStarted";
/** The meanings a user can give a word, in the order the pane offers them. */
export const MEANINGS: readonly StatusMeaning[] = [...STATUSES, "notStarted"];

/** A word of the plan and what it means. */
export type StatusVocabulary = Record<string, StatusMeaning>;

export const DEFAULT_VOCABULARY: StatusVocabulary = {
  blue: "blue",
  b: "blue",
  complete: "blue",
  completed: "blue",
  done: "blue",
  achieved: "blue",
  closed: "blue",
  red: "red",
  r: "red",
  stuck: "red",
  amber: "amber",
  a: "amber",
  green: "green",
  g: "green",
  "on track": "green",
  // the words of real project trackers, as their meaning says: done is blue, stuck is red, at risk is amber, going is green
  delivered: "blue",
  met: "blue",
  "off track": "red",
  blocked: "red",
  overdue: "red",
  escalated: "red",
  "at risk": "amber",
  delayed: "amber",
  behind: "amber",
  "change is needed": "amber",
  "in progress": "green",
  ongoing: "green",
  // work not yet begun has no BRAG status, and is no mistake: named as not started, never an error
  "not started": "notStarted",
  "not yet started": "notStarted",
  open: "notStarted",
  planned: "notStarted",
  planning: "notStarted",
  "to do": "notStarted",
  todo: "notStarted",
  upcoming: "notStarted",
  "on hold": "notStarted",
  deferred: "notStarted",
  tbc: "notStarted",
};
