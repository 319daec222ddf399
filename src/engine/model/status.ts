export const STATUSES = ["blue", "red", "amber", "green"] as const;
export type RatedStatus = (typeof STATUSES)[number];
export type Status = RatedStatus | "unrated";

/** The order the committee reports count in: "20 tasks marked amber, 45 ... green, 0 ... red, 2 ... blue". */
export const SENTENCE_ORDER: readonly RatedStatus[] = ["amber", "green", "red", "blue"];

export type StatusVocabulary = Record<string, RatedStatus>;

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
};
