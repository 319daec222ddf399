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
    case "done flags":
      return { boolean: rating === "blue" };
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
    role === "status" && (choice.statusForm === "period columns" || choice.statusForm === "periods alone") ? QUARTERS.map((_, index) => ({ kind: "quarter", index })) : [{ kind: "role", role }],
  );
  if (choice.sectioning === "column" || choice.sectioning === "unsorted column") roles.unshift({ kind: "role", role: "section" });
  choice.extras.forEach((name, index) => roles.splice(Math.min(roles.length - 1, 2 + index * 2), 0, { kind: "extra", name }));
  if (choice.sectioning === "repeated headers") roles.unshift({ kind: "block title" });
  return roles;
}

function headerCell(choice: LayoutChoice, column: Column): LayoutCell | undefined {
  if (column.kind === "role" && column.role === "status" && choice.statusForm === "done flags") return { text: choice.labelPicks[8]! % 2 ? "Done?" : "Complete?" };
  if (column.kind === "role" && column.role === "status" && choice.oddStatusLabel) return { text: "STATE" };
  if (column.kind === "role") return { text: labelOf(choice, column.role) };
  if (column.kind === "extra") return { text: column.name };
  // a series by period alone: the quarters, or the months each quarter reports in, with no word for the role
  if (column.kind === "quarter" && choice.statusForm === "periods alone") return { text: choice.labelPicks[8]! % 2 ? (QUARTERS[column.index] as string) : (["Jul-19", "Oct-19", "Jan-20", "Apr-20"][column.index] as string) };
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

type Put = (row: number, column: number, cell: LayoutCell | undefined) => void;

/** One table of the plan from its header row down: its blocks, headings or phases as the choice says. */
function drawTable(choice: LayoutChoice, put: Put, merges: LayoutSheet["merges"], at: number, left: number, actions: PlannedAction[]) {
  const columns = columnsOf(choice);
  const right = left + columns.length - 1;
  let row = at;
  if (choice.shape === "two-row header") {
    // a group label merged over the columns it gathers, the columns' own labels beneath
    const progress = columns.findIndex((c) => c.kind === "role" && (c.role === "comments" || c.role === "status"));
    const from = progress < 0 ? columns.length - 1 : progress;
    put(row, left + from, { text: "Progress" });
    if (columns.length - 1 > from) merges.push([row, left + from, right]);
    if (choice.labelPicks[1]! % 2 === 0 && from > 1) {
      put(row, left, { text: "The plan" });
      merges.push([row, left, left + from - 1]);
    }
    row++;
  }
  const header = () => {
    columns.forEach((column, c) => put(row, left + c, headerCell(choice, column)));
    return row++;
  };
  const top = header();
  const blocks = choice.sectioning === "heading rows" || choice.sectioning === "repeated headers";
  let section: string | null = null;
  actions.forEach((action, index) => {
    if (choice.shape === "phase rows" && action.section !== section) {
      // a phase: its number and name, and the roll-up of its tasks' statuses, which is no action
      const phase = action.ref.split(".")[0] as string;
      columns.forEach((column, c) => {
        if (column.kind === "role" && column.role === "ref") put(row, left + c, { text: phase });
        if (column.kind === "role" && column.role === "action") put(row, left + c, { text: action.section });
        if (column.kind === "role" && column.role === "status") put(row, left + c, statusCell(choice, "green"));
      });
      row++;
    }
    if (blocks && action.section !== section) {
      if (choice.sectioning === "heading rows") {
        put(row, left, { text: action.section });
        if (choice.carryDown) merges.push([row, left, right]);
        row++;
      } else {
        // the first block's header is the table's; each later block repeats it, its first cell naming the section
        const repeat = section === null ? top : (row++, header());
        put(repeat, left, { text: action.section });
      }
    }
    const first = action.section !== section;
    section = action.section;
    columns.forEach((column, c) => put(row, left + c, actionCell(choice, column, action, first || index === 0)));
    row++;
  });
  return { top, bottom: row - 1, right };
}

/** One sheet holding the plan (or one section of it), with what stands above and beside it. */
function planSheet(choice: LayoutChoice, name: string, actions: PlannedAction[]): LayoutSheet {
  const rows: LayoutSheet["rows"] = [];
  const merges: LayoutSheet["merges"] = [];
  const put: Put = (r, c, cell) => {
    if (!cell) return;
    (rows[r] ??= [])[c] = cell;
  };
  const left = choice.offsetColumn;
  let row = choice.offsetRow;
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
  const sections = [...new Set(actions.map((a) => a.section))];
  const width = columnsOf(choice).length;
  let table: { top: number; bottom: number; left: number; right: number };
  if (choice.shape === "side by side" || choice.shape === "stacked") {
    // each section a table of its own under its name, beside the last or below it
    if (choice.top !== "nothing") row++;
    const start = row;
    let bottom = row;
    sections.forEach((section, index) => {
      const at = choice.shape === "side by side" ? start : bottom + (index === 0 ? 0 : 4);
      const from = choice.shape === "side by side" ? left + index * (width + 2) : left;
      put(at, from, { text: section });
      const drawn = drawTable(choice, put, merges, at + 1, from, actions.filter((a) => a.section === section));
      bottom = Math.max(bottom, drawn.bottom);
    });
    const tables = choice.shape === "side by side" ? sections.length : 1;
    table = { top: start + 1, bottom, left, right: left + tables * (width + 2) - 3 };
  } else {
    const drawn = drawTable(choice, put, merges, row, left, actions);
    table = { ...drawn, left };
  }
  const { top, bottom, right } = table;
  if (choice.statusForm === "legend codes") LEGEND.forEach(([code, meaning], i) => (put(top + i, right + 3, { text: code }), put(top + i, right + 4, { text: meaning })));
  if (choice.beside === "notes") {
    put(bottom + 5, left, { text: "Notes:" });
    put(bottom + 6, left, { text: "Statuses are agreed at the quarterly review meeting." });
  }
  const sheet: LayoutSheet = { name, rows, merges };
  const blocks = choice.sectioning === "heading rows" || choice.sectioning === "repeated headers";
  if (choice.excelTable && !blocks && choice.sectioning !== "sheet per section") sheet.table = { top, bottom, left, right };
  return sheet;
}

/** The plan's items listed again on a sheet of their own, with their dates and statuses: a timeline, which is no second plan. */
function timelineSheet(actions: PlannedAction[]): LayoutSheet {
  const rows: LayoutSheet["rows"] = [[{ text: "Timeline" }], [], [{ text: "Ref" }, { text: "Action" }, { text: "End date" }, { text: "Status" }]];
  for (const action of actions) rows.push([{ text: action.ref }, { text: action.action }, action.dueCell, text(WORDS[action.rating])]);
  return { name: "Timeline", rows, merges: [] };
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
  if (choice.shape === "phase rows") {
    // tasks numbered within their phase: 1.1, 1.2, 2.1 …
    const phases = [...new Set(actions.map((a) => a.section))];
    const counts = new Map<string, number>();
    for (const action of actions) {
      const n = (counts.get(action.section) ?? 0) + 1;
      counts.set(action.section, n);
      action.ref = `${phases.indexOf(action.section) + 1}.${n}`;
    }
  }
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
    const ownSections = choice.shape === "side by side" || choice.shape === "stacked" || choice.shape === "phase rows";
    if (choice.sectioning === "none" && !ownSections) sectionName = () => (choice.top === "title" ? TITLE : "Plan");
  }
  if (choice.shape === "timeline copy") sheets.push(timelineSheet(actions));
  sheets.push(...besideSheets(choice));
  const parts = [
    `vocabulary: ${choice.vocabulary}`,
    ...new Set(choice.styles.filter((style) => style !== "plain").map((style) => `label: ${style}`)),
    ...choice.extras.map((extra) => `extra: ${extra}`),
    `sections: ${choice.sectioning}${choice.sectioning === "column" && choice.carryDown ? " carried down" : ""}`,
    `statuses: ${choice.statusForm}${choice.oddStatusLabel ? " under an odd label" : ""}`,
    ...(choice.shape !== "plain" ? [`shape: ${choice.shape}`] : []),
    ...new Set(choice.actions.map((a) => `due: ${a.dueForm}`)),
    `above: ${choice.top}`,
    `beside: ${choice.beside}`,
    ...(choice.offsetRow > 0 || choice.offsetColumn > 0 ? ["moved"] : []),
    ...(sheets.some((s) => s.table) ? ["excel table"] : []),
  ];
  const series = choice.statusForm === "period columns" || choice.statusForm === "periods alone";
  return { parts, sheets, answer: answerOf(actions, sectionName, series ? CURRENT_QUARTER : null) };
}

export const generatedLayouts: fc.Arbitrary<GeneratedLayout> = layoutChoice.map(renderLayout);
