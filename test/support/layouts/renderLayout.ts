import fc from "fast-check";
import { GeneratedLayout, LayoutCell, LayoutChoice, LayoutSheet, PlannedAction, answerOf, layoutChoice, planActions } from "./generateLayout";
import { Role, VOCABULARIES, styleLabel } from "./layoutParts";

const ROLE_ORDER: Role[] = ["section", "ref", "aim", "action", "measure", "due", "lead", "comments", "status"];
const TITLE = "Service Improvement Plan 2019-20";
const FILLS = { blue: "FF0070C0", red: "FFFF0000", amber: "FFFFC000", green: "FF00B050" } as const;
const WORDS = { blue: "Blue", red: "Red", amber: "Amber", green: "Green", notStarted: "Not started", none: "" } as const;
const LETTERS = { blue: "B", red: "R", amber: "A", green: "G", notStarted: "", none: "" } as const;
const TRACKER_WORDS = { blue: "Complete", red: "Off track", amber: "At risk", green: "In progress", notStarted: "Not started", none: "" } as const;
const CODES = { blue: "CP", red: "OF", amber: "AR", green: "OT", notStarted: "", none: "" } as const;
const LEGEND: Array<[string, string]> = [
  ["CP", "Complete"],
  ["OF", "Off track"],
  ["AR", "At risk"],
  ["OT", "On track"],
];
// the quarters a period series runs over, and the latest that holds ratings
const QUARTERS = ["Q1", "Q2", "Q3", "Q4"];
const CURRENT_QUARTER = 2;

type Column = { kind: "role"; role: Role } | { kind: "extra"; name: string } | { kind: "quarter"; index: number } | { kind: "block title" };

const text = (value: string): LayoutCell | undefined => (value === "" ? undefined : { text: value });

function statusCell(choice: LayoutChoice, rating: PlannedAction["rating"]): LayoutCell | undefined {
  switch (choice.statusForm) {
    case "letters":
      return text(LETTERS[rating]);
    case "tracker words":
      return text(TRACKER_WORDS[rating]);
    case "fills":
      return rating === "notStarted" || rating === "none" ? undefined : { fill: FILLS[rating] };
    case "legend codes":
      return text(CODES[rating]);
    default:
      return text(WORDS[rating]);
  }
}

function labelOf(choice: LayoutChoice, role: Role): string {
  const index = ROLE_ORDER.indexOf(role);
  const labels = VOCABULARIES[choice.vocabulary][role] ?? (VOCABULARIES.spec[role] as readonly string[]);
  const label = labels[(choice.labelPicks[index] ?? 0) % labels.length] as string;
  return styleLabel(label, role, choice.styles[index] ?? "plain");
}

/** The table's columns, left to right: the plan's roles with the extras among them. */
function columnsOf(choice: LayoutChoice): Column[] {
  const roles: Column[] = choice.roles.flatMap((role): Column[] =>
    role === "status" && choice.statusForm === "period columns" ? QUARTERS.map((_, index) => ({ kind: "quarter", index })) : [{ kind: "role", role }],
  );
  if (choice.sectioning === "column" || choice.sectioning === "unsorted column") roles.unshift({ kind: "role", role: "section" });
  choice.extras.forEach((name, index) => roles.splice(Math.min(roles.length - 1, 2 + index * 2), 0, { kind: "extra", name }));
  if (choice.sectioning === "repeated headers") roles.unshift({ kind: "block title" });
  return roles;
}

function headerCell(choice: LayoutChoice, column: Column): LayoutCell | undefined {
  if (column.kind === "role") return { text: labelOf(choice, column.role) };
  if (column.kind === "extra") return { text: column.name };
  if (column.kind === "quarter") return { text: `RAG ${QUARTERS[column.index]}` };
  return undefined;
}

function actionCell(choice: LayoutChoice, column: Column, action: PlannedAction, first: boolean): LayoutCell | undefined {
  if (column.kind === "extra") return action.extras[column.name as keyof PlannedAction["extras"]];
  if (column.kind === "block title") return undefined;
  if (column.kind === "quarter") {
    if (column.index === CURRENT_QUARTER) return statusCell(choice, action.rating);
    if (column.index > CURRENT_QUARTER) return undefined;
    return statusCell({ ...choice, statusForm: "words" }, action.earlier[column.index] ?? "none");
  }
  switch (column.role) {
    case "section":
      return choice.carryDown && !first && choice.sectioning === "column" ? undefined : text(action.section);
    case "ref":
      return { text: action.ref };
    case "aim":
      return text(action.aim);
    case "action":
      return text(action.action);
    case "measure":
      return text(action.measure);
    case "due":
      return action.dueCell;
    case "lead":
      return text(action.lead);
    case "comments":
      return text(action.comment);
    default:
      return statusCell(choice, action.rating);
  }
}

/** One sheet holding the plan (or one section of it), with what stands above and beside it. */
function planSheet(choice: LayoutChoice, name: string, actions: PlannedAction[]): LayoutSheet {
  const columns = columnsOf(choice);
  const left = choice.offsetColumn;
  const rows: LayoutSheet["rows"] = [];
  const merges: LayoutSheet["merges"] = [];
  let row = choice.offsetRow;
  const put = (r: number, c: number, cell: LayoutCell | undefined) => {
    if (!cell) return;
    (rows[r] ??= [])[c] = cell;
  };
  if (choice.top !== "nothing") {
    put(row++, left, { text: TITLE });
    if (choice.top === "title and header block") {
      put(row, left, { text: "Owner:" });
      put(row++, left + 1, { text: "Jane Smith, Head of Service" });
      put(row, left, { text: "Period:" });
      put(row++, left + 1, { text: "April 2019 - March 2020" });
      row++;
    }
  }
  const header = () => {
    columns.forEach((column, c) => put(row, left + c, headerCell(choice, column)));
    return row++;
  };
  const top = header();
  const blocks = choice.sectioning === "heading rows" || choice.sectioning === "repeated headers";
  let section: string | null = null;
  actions.forEach((action, index) => {
    if (blocks && action.section !== section) {
      if (choice.sectioning === "heading rows") {
        put(row, left, { text: action.section });
        if (choice.carryDown) merges.push([row, left, left + columns.length - 1]);
        row++;
      } else {
        // the first block's header is the table's; each later block repeats it, its first cell naming the section
        const at = section === null ? top : (row++, header());
        put(at, left, { text: action.section });
      }
    }
    const first = action.section !== section;
    section = action.section;
    columns.forEach((column, c) => put(row, left + c, actionCell(choice, column, action, first || index === 0)));
    row++;
  });
  const bottom = row - 1;
  const right = left + columns.length - 1;
  if (choice.statusForm === "legend codes") LEGEND.forEach(([code, meaning], i) => (put(top + i, right + 3, { text: code }), put(top + i, right + 4, { text: meaning })));
  if (choice.beside === "notes") {
    put(bottom + 5, left, { text: "Notes:" });
    put(bottom + 6, left, { text: "Statuses are agreed at the quarterly review meeting." });
  }
  const sheet: LayoutSheet = { name, rows, merges };
  if (choice.excelTable && !blocks && choice.sectioning !== "sheet per section") sheet.table = { top, bottom, left, right };
  return sheet;
}

/** The sheets a plan's workbook has besides its own: a lookup list, a dashboard of counts. */
function besideSheets(choice: LayoutChoice): LayoutSheet[] {
  if (choice.beside === "lookup list") {
    const rows = [[{ text: "Status" }, { text: "Lead" }], ...["Blue", "Red", "Amber", "Green"].map((s, i) => [{ text: s }, { text: ["RG", "JS", "AB", "CD"][i] as string }])];
    return [{ name: "Lists", rows, merges: [] }];
  }
  if (choice.beside === "dashboard") {
    const rows: LayoutSheet["rows"] = [[{ text: "Section" }, { text: "Blue" }, { text: "Red" }, { text: "Amber" }, { text: "Green" }, { text: "Total" }]];
    ["Safe", "Potential"].forEach((s, i) => rows.push([{ text: s }, { number: i }, { number: 1 }, { number: 2 }, { number: 3 }, { number: 6 + i }]));
    return [{ name: "Dashboard", rows, merges: [] }];
  }
  return [];
}

/** The workbook and its answer, from the choices behind it. */
export function renderLayout(choice: LayoutChoice): GeneratedLayout {
  const actions = planActions(choice);
  let sheets: LayoutSheet[];
  let sectionName = (section: string) => section;
  if (choice.sectioning === "sheet per section") {
    const names = [...new Set(actions.map((a) => a.section))];
    sheets = names.map((name) => planSheet(choice, name, actions.filter((a) => a.section === name)));
    // one sheet is a plan with no sections: named as below
    if (names.length === 1 && choice.top === "title") sectionName = () => TITLE;
  } else {
    sheets = [planSheet(choice, "Plan", actions)];
    // a plan of one section is named by the title right above its table, else by its sheet
    if (choice.sectioning === "none") sectionName = () => (choice.top === "title" ? TITLE : "Plan");
  }
  sheets.push(...besideSheets(choice));
  const parts = [
    `vocabulary: ${choice.vocabulary}`,
    ...new Set(choice.styles.filter((style) => style !== "plain").map((style) => `label: ${style}`)),
    ...choice.extras.map((extra) => `extra: ${extra}`),
    `sections: ${choice.sectioning}${choice.sectioning === "column" && choice.carryDown ? " carried down" : ""}`,
    `statuses: ${choice.statusForm}`,
    ...new Set(choice.actions.map((a) => `due: ${a.dueForm}`)),
    `above: ${choice.top}`,
    `beside: ${choice.beside}`,
    ...(choice.offsetRow > 0 || choice.offsetColumn > 0 ? ["moved"] : []),
    ...(sheets.some((s) => s.table) ? ["excel table"] : []),
  ];
  return { parts, sheets, answer: answerOf(actions, sectionName) };
}

export const generatedLayouts: fc.Arbitrary<GeneratedLayout> = layoutChoice.map(renderLayout);
