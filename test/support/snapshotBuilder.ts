import { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/engine";

export type CellInput = string | number | boolean | null | undefined | CellSnapshot;

function toCell(input: CellInput): CellSnapshot | undefined {
  if (input === null || input === undefined || input === "") return undefined;
  if (typeof input === "object") return input;
  return { value: input };
}

/** A sheet snapshot from rows of plain values, as a test would write it down. */
export function sheet(name: string, rows: CellInput[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return {
    name,
    visible: true,
    protected: false,
    rows: rows.map((row) => row.map(toCell)),
    merges: [],
    hiddenRows: [],
    ...extra,
  };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets, names: [] };
}

export const HEADER = ["Section", "Ref", "Aim", "Action", "Measure", "Due", "Lead", "Comments", "Status"];

/** An action row in the HEADER layout. */
export function actionRow(fields: Partial<Record<"section" | "ref" | "aim" | "action" | "measure" | "due" | "lead" | "comments" | "status", CellInput>>): CellInput[] {
  return [
    fields.section ?? "",
    fields.ref ?? "",
    fields.aim ?? "An aim",
    fields.action ?? "An action",
    fields.measure ?? "A measure",
    fields.due ?? "Oct-19",
    fields.lead ?? "RG",
    fields.comments ?? "A comment",
    fields.status ?? "Green",
  ];
}

/** A one-sheet plan: the header row, then the given action rows. */
export function simplePlan(rows: CellInput[][], name = "Plan"): WorkbookSnapshot {
  return workbook(sheet(name, [HEADER, ...rows]));
}
