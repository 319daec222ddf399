/** A row of labels short of a plan's header, and what it lacks: an aim or action column, a status column, or enough columns. */
export interface NearestHeader {
  sheet: string;
  row: number;
  left: number;
  labels: string[];
  lacks: "action" | "status" | "columns";
}
