import fc from "fast-check";
import ExcelJS from "exceljs";

/** A cell as the generator writes it into a workbook. */
export type GeneratedCell =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "date"; serialDays: number; format: string }
  | { kind: "formula"; formula: string; result: string | number }
  | { kind: "error"; error: string }
  | { kind: "empty" };

export interface GeneratedSheet {
  name: string;
  hidden: boolean;
  rows: GeneratedCell[][];
  merges: Array<[row: number, from: number, to: number]>;
  hiddenRows: number[];
}

const LABELS: Record<string, string[]> = {
  section: ["Section", "THEME", "priority:", "Work stream"],
  ref: ["Ref", "No.", "#", "ref"],
  aim: ["Aim", "Specific aim:", "Objective", "Area for\ndevelopment", "Recommendation"],
  action: ["Action", "What we will do", "ACTION:"],
  measure: ["Measure/outcome", "How we will know", "Success measure"],
  due: ["Due", "Deadline", "Target date", "By when"],
  lead: ["Lead", "Owner", "Responsible officer"],
  comments: ["Comments", "Progress", "Update:"],
  status: ["Status", "RAG", "BRAG rating", "Green", ""],
};

const text = (value: string): GeneratedCell => ({ kind: "text", text: value });
const words = fc.constantFrom(
  "Audit supervision records",
  "Children's voice in every plan",
  "Réunion des équipes – suivi",
  "مراجعة الخطة",
  "=HYPERLINK(\"http://evil\",\"x\")",
  "+cmd|' /C calc'!A0",
  "@SUM(1)",
  "-----",
  "Jan: booked",
  "   ",
  "Not green",
  "Greenwich",
);

const statusCell: fc.Arbitrary<GeneratedCell> = fc.oneof(
  fc.constantFrom("Green", "green ", "GREEN", "G", "Amber", "A", "Red", "Blue", "Completed", "Complete", "Done", "Not green", "Amber/Green", "Purple", "").map(text),
  fc.constant<GeneratedCell>({ kind: "number", value: 1 }),
  fc.constant<GeneratedCell>({ kind: "error", error: "#N/A" }),
  fc.constant<GeneratedCell>({ kind: "formula", formula: 'IF(TRUE,"Red","Green")', result: "Red" }),
  fc.constant<GeneratedCell>({ kind: "empty" }),
);

const dueCell: fc.Arbitrary<GeneratedCell> = fc.oneof(
  fc.constantFrom("Oct-19", "Sept 2019", "31/10/2019", "2020-03-31", "on-going", "tbc", "n/a", "soon", "Jan-19", "").map(text),
  fc.integer({ min: 43466, max: 44196 }).map<GeneratedCell>((serialDays) => ({ kind: "date", serialDays, format: "mmm-yy" })),
  fc.integer({ min: 43466, max: 44196 }).map<GeneratedCell>((serialDays) => ({ kind: "date", serialDays, format: "dd/mm/yyyy" })),
  fc.constant<GeneratedCell>({ kind: "number", value: 7 }),
  fc.constant<GeneratedCell>({ kind: "error", error: "#REF!" }),
);

const anyText: fc.Arbitrary<GeneratedCell> = fc.oneof(
  { weight: 6, arbitrary: words.map(text) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }).map(text) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 100000 }).map<GeneratedCell>((value) => ({ kind: "number", value })) },
  { weight: 1, arbitrary: fc.constant<GeneratedCell>({ kind: "empty" }) },
);

type RowKind = "action" | "blank" | "separator" | "heading" | "junk";

/** A sheet holding zero, one or two plan tables in random spellings and places, with every oddity a hand-kept plan has. */
const sheet = (index: number): fc.Arbitrary<GeneratedSheet> =>
  fc
    .record({
      hidden: fc.boolean().map((hidden) => hidden && index > 0),
      offsetRow: fc.integer({ min: 0, max: 3 }),
      offsetColumn: fc.integer({ min: 0, max: 2 }),
      roles: fc.shuffledSubarray(Object.keys(LABELS), { minLength: 2, maxLength: 9 }),
      spellings: fc.array(fc.nat(), { minLength: 9, maxLength: 9 }),
      kinds: fc.array(fc.constantFrom<RowKind>("action", "action", "action", "blank", "separator", "heading", "junk"), { maxLength: 18 }),
      statuses: fc.array(statusCell, { minLength: 18, maxLength: 18 }),
      dues: fc.array(dueCell, { minLength: 18, maxLength: 18 }),
      texts: fc.array(anyText, { minLength: 18 * 9, maxLength: 18 * 9 }),
      repeatHeader: fc.boolean(),
      hiddenRow: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
      longCell: fc.boolean().map((long) => long && index === 0),
    })
    .map(({ hidden, offsetRow, offsetColumn, roles, spellings, kinds, statuses, dues, texts, repeatHeader, hiddenRow, longCell }) => {
      const rows: GeneratedCell[][] = Array.from({ length: offsetRow }, () => []);
      const width = roles.length;
      const pad = (cells: GeneratedCell[]) => [...Array.from({ length: offsetColumn }, () => ({ kind: "empty" }) as GeneratedCell), ...cells];
      const header = pad(roles.map((role, i) => text((LABELS[role] as string[])[(spellings[i] as number) % (LABELS[role] as string[]).length] as string)));
      rows.push(header);
      const merges: GeneratedSheet["merges"] = [];
      kinds.forEach((kind, r) => {
        if (kind === "blank") rows.push([]);
        else if (kind === "separator") rows.push(pad(roles.map(() => text("-----"))));
        else if (kind === "heading") {
          rows.push(pad([text(`Recommendation ${r}: do better`)]));
          if (width > 1) merges.push([rows.length - 1, offsetColumn, offsetColumn + width - 1]);
        } else {
          rows.push(
            pad(
              roles.map((role, c) => {
                if (kind === "action" && role === "status") return statuses[r] as GeneratedCell;
                if (kind === "action" && role === "due") return dues[r] as GeneratedCell;
                return texts[r * 9 + c] as GeneratedCell;
              }),
            ),
          );
        }
        if (repeatHeader && r === Math.floor(kinds.length / 2)) rows.push(header);
      });
      if (longCell && rows.length > offsetRow + 1) rows[rows.length - 1] = [...(rows[rows.length - 1] ?? []), text("x".repeat(32767))];
      return { name: `Sheet ${index + 1}`, hidden, rows, merges, hiddenRows: hiddenRow && hiddenRow < rows.length ? [hiddenRow] : [] };
    });

/** One to three sheets, the first never hidden. */
export const planWorkbooks: fc.Arbitrary<GeneratedSheet[]> = fc.integer({ min: 1, max: 3 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => sheet(i))));

/** The generated sheets as a real workbook. */
export function toWorkbook(sheets: GeneratedSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const generated of sheets) {
    const worksheet = workbook.addWorksheet(generated.name, { state: generated.hidden ? "hidden" : "visible" });
    generated.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const target = worksheet.getCell(r + 1, c + 1);
        switch (cell.kind) {
          case "text":
            target.value = cell.text;
            break;
          case "number":
            target.value = cell.value;
            break;
          case "date":
            target.value = new Date(Date.UTC(1899, 11, 30) + cell.serialDays * 86400000);
            target.numFmt = cell.format;
            break;
          case "formula":
            target.value = { formula: cell.formula, result: cell.result };
            break;
          case "error":
            target.value = { error: cell.error } as ExcelJS.CellErrorValue;
            break;
          default:
            break;
        }
      }),
    );
    for (const [row, from, to] of generated.merges) worksheet.mergeCells(row + 1, from + 1, row + 1, to + 1);
    for (const row of generated.hiddenRows) worksheet.getRow(row + 1).hidden = true;
  }
  return workbook;
}
