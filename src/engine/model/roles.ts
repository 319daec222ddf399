/** The columns a plan can have, in the order a plan usually lays them out. */
export const ROLES = ["section", "ref", "aim", "action", "measure", "due", "lead", "comments", "status"] as const;
export type Role = (typeof ROLES)[number];
