import { execFileSync } from "child_process";
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { Readable } from "stream";
import { PLAN_HEADER, planRowsXml, rawWorkbook, rowXml } from "./rawWorkbook";

/**
 * Hostile and extreme input, each case a file (or a path) and what `brag`
 * must do with it: read it as Excel opens it, or refuse it in one line
 * (exit 2), and in either case never change the input, never leave a
 * refused output behind, and finish inside the suite's time and memory.
 */
export interface HostileRun {
  /** The command line after `brag`, in the case's folder. */
  args: string[];
  exit: number;
  /** The one line on standard error (for a refusal), or nothing at all. */
  says?: RegExp;
  /** The files the run writes in the folder; every other file must be as it was. */
  writes?: string[];
  /** For a read of the five-action plan: the totals its JSON report must give. */
  totals?: true;
}

export interface HostileCase {
  name: string;
  make(folder: string): Promise<void>;
  runs: HostileRun[];
}

const AS_AT = ["--as-at", "2020-01-31"];
export const PLAN_TOTALS = { blue: 1, red: 1, amber: 1, green: 2, total: 5 };

/** check, refresh and report on plan.xlsx: each reads the plan (and the first two count it as the five actions). */
function readEverywhere(options: { totals?: boolean; check?: number } = {}): HostileRun[] {
  const totals = options.totals === false ? {} : { totals: true as const };
  return [
    { args: ["check", "plan.xlsx", ...AS_AT], exit: options.check ?? 0 },
    { args: ["refresh", "plan.xlsx", ...AS_AT, "--out", "out.xlsx", "--json", "out.json"], exit: 0, writes: ["out.xlsx", "out.json"], ...totals },
    { args: ["report", "plan.xlsx", ...AS_AT, "--docx", "out.docx"], exit: 0, writes: ["out.docx"] },
  ];
}

/** check, refresh and report on plan.xlsx: each refuses it with this line, exit 2, writing nothing. */
function refusedEverywhere(says: RegExp): HostileRun[] {
  return [
    { args: ["check", "plan.xlsx", ...AS_AT], exit: 2, says },
    { args: ["refresh", "plan.xlsx", ...AS_AT, "--out", "out.xlsx", "--json", "out.json"], exit: 2, says },
    { args: ["report", "plan.xlsx", ...AS_AT, "--docx", "out.docx"], exit: 2, says },
  ];
}

/** The case's plan.xlsx, made once however many runs use it. */
function workbook(made: () => Promise<Buffer>): (folder: string) => Promise<void> {
  let bytes: Promise<Buffer> | null = null;
  return async (folder) => writeFileSync(join(folder, "plan.xlsx"), await (bytes ??= made()));
}

/** plan.xlsx, and a link to it under another name, made as `link` makes it (a symbolic or a hard link). */
function planLinkedAs(name: string, link: (target: string, path: string) => void): (folder: string) => Promise<void> {
  const made = workbook(plan);
  return async (folder) => {
    await made(folder);
    link(join(folder, "plan.xlsx"), join(folder, name));
  };
}

const plan = () => rawWorkbook({ sheets: [{ name: "Plan", xml: planRowsXml().join("") }] });
const planWith = (rowsAfter: string, name = "Plan") => rawWorkbook({ sheets: [{ name, xml: planRowsXml().join("") + rowsAfter }] });
const DAMAGED = /^brag: '?plan\.xlsx'? .*(damaged|cannot be read)/;

/** A stream of this many bytes of the same row, for a part too large to hold. */
function repeatedRows(bytes: number): () => Readable {
  return () => {
    const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${planRowsXml().join("")}`);
    const filler = Buffer.from("<row r=\"9\"/>".padEnd(1 << 16, " "));
    let left = bytes;
    return Readable.from(
      (function* () {
        yield head;
        for (; left > 0; left -= filler.length) yield filler;
        yield Buffer.from("</sheetData></worksheet>");
      })(),
    );
  };
}

export const HOSTILE_CASES: HostileCase[] = [
  // a user's workbook overwritten
  {
    name: "--json naming the input workbook",
    make: workbook(plan),
    runs: [{ args: ["refresh", "plan.xlsx", ...AS_AT, "--json", "plan.xlsx"], exit: 2, says: /^brag: --json is the input workbook/ }],
  },
  {
    name: "--docx a symbolic link to the input",
    make: planLinkedAs("link.docx", symlinkSync),
    runs: [{ args: ["report", "plan.xlsx", ...AS_AT, "--docx", "link.docx"], exit: 2, says: /^brag: --docx is the input workbook/ }],
  },
  {
    name: "--docx a hard link to the input",
    make: planLinkedAs("hard.docx", linkSync),
    runs: [{ args: ["report", "plan.xlsx", ...AS_AT, "--docx", "hard.docx"], exit: 2, says: /^brag: --docx is the input workbook/ }],
  },
  {
    name: "--out a symbolic link to the input, without --in-place",
    make: planLinkedAs("link.xlsx", symlinkSync),
    runs: [{ args: ["refresh", "plan.xlsx", ...AS_AT, "--out", "link.xlsx"], exit: 2, says: /^brag: --out is the input workbook/ }],
  },
  {
    name: "--out and --json naming the same file",
    make: workbook(plan),
    runs: [{ args: ["refresh", "plan.xlsx", ...AS_AT, "--out", "o.xlsx", "--json", "o.xlsx"], exit: 2, says: /^brag: --json and --out name the same file/ }],
  },
  {
    name: "--in-place with --json in a folder that does not exist",
    make: workbook(plan),
    runs: [{ args: ["refresh", "plan.xlsx", ...AS_AT, "--in-place", "--json", "missing/dir/r.json"], exit: 2, says: /^brag: .*missing\/dir\/r\.json.*Nothing was written/ }],
  },
  {
    name: "--out in a folder that does not exist, with --json beside it",
    make: workbook(plan),
    runs: [{ args: ["refresh", "plan.xlsx", ...AS_AT, "--out", "missing/o.xlsx", "--json", "r.json"], exit: 2, says: /^brag: .*missing\/o\.xlsx.*Nothing was written/ }],
  },
  // what is not a workbook file at all
  {
    name: "a FIFO as the input",
    make: async (folder) => {
      execFileSync("mkfifo", [join(folder, "plan.xlsx")]);
    },
    runs: [{ args: ["check", "plan.xlsx"], exit: 2, says: /^brag: 'plan\.xlsx' is not a file/ }],
  },
  { name: "/dev/zero as the input", make: async () => undefined, runs: [{ args: ["check", "/dev/zero"], exit: 2, says: /^brag: '\/dev\/zero' is not a file \(it is a device or a pipe\)/ }] },
  {
    name: "a folder as the input",
    make: async (folder) => mkdirSync(join(folder, "plan.xlsx")),
    runs: [{ args: ["check", "plan.xlsx"], exit: 2, says: /^brag: Cannot open 'plan\.xlsx': it is a folder, not a workbook\.$/ }],
  },
  // cost grows with the cells that hold something, never with the address of the last one
  { name: "a value in the last cell, XFD1048576", make: workbook(() => planWith(`<row r="1048576">${'<c r="XFD1048576"><v>1</v></c>'}</row>`)), runs: readEverywhere() },
  {
    name: "A1048576 beside XFD3",
    make: workbook(() => {
      const rows = planRowsXml();
      rows[2] = (rows[2] as string).replace("</row>", '<c r="XFD3"><v>1</v></c></row>');
      return rawWorkbook({ sheets: [{ name: "Plan", xml: rows.join("") + '<row r="1048576"><c r="A1048576"><v>1</v></c></row>' }] });
    }),
    runs: readEverywhere(),
  },
  { name: "a row past Excel's last (4294967294)", make: workbook(() => planWith('<row r="4294967294"><c r="A4294967294"><v>1</v></c></row>')), runs: refusedEverywhere(DAMAGED) },
  { name: "a column past XFD (XFE1)", make: workbook(() => planWith('<row r="8"><c r="XFE8"><v>1</v></c></row>')), runs: refusedEverywhere(DAMAGED) },
  // a damaged part is refused at once
  {
    name: "a shared string left open",
    make: workbook(() => rawWorkbook({ sheets: [{ name: "Plan", xml: planRowsXml().join("") + '<row r="8"><c r="A8" t="s"><v>0</v></c></row>' }], sharedStrings: '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>x</t>' })),
    runs: refusedEverywhere(DAMAGED),
  },
  { name: "a row left open", make: workbook(() => rawWorkbook({ sheets: [{ name: "Plan", xml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${planRowsXml().join("")}<row r="8"><c r="A8"><v>1</v></c>` }] })), runs: refusedEverywhere(DAMAGED) },
  { name: "a cell left open", make: workbook(() => rawWorkbook({ sheets: [{ name: "Plan", xml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${planRowsXml().join("")}<row r="8"><c r="A8"><v>1` }] })), runs: refusedEverywhere(DAMAGED) },
  {
    name: "XML nested 100,000 deep",
    make: workbook(() => rawWorkbook({ sheets: [{ name: "Plan", xml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${planRowsXml().join("")}</sheetData><extLst>${"<ext>".repeat(100_000)}${"</ext>".repeat(100_000)}</extLst></worksheet>` }] })),
    runs: readEverywhere(),
  },
  { name: "a character reference past Unicode (&#1114112;)", make: workbook(() => planWith('<row r="8"><c r="A8" t="inlineStr"><is><t>&#1114112;</t></is></c></row>')), runs: refusedEverywhere(DAMAGED) },
  {
    name: "a sheet name 50 MB long",
    make: workbook(() => rawWorkbook({ sheets: [{ name: "Plan", xml: planRowsXml().join("") }, { name: "N".repeat(50 * 1024 * 1024), xml: rowXml(1, ["notes"]) }] })),
    runs: refusedEverywhere(DAMAGED),
  },
  {
    name: "a zip of 100,000 parts",
    make: workbook(() => rawWorkbook({ sheets: [{ name: "Plan", xml: planRowsXml().join("") }], extra: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`customXml/item${i}.xml`, `<a>${i}</a>`])) })),
    runs: refusedEverywhere(/^brag: 'plan\.xlsx' is larger than BRAG Tracker reads: it holds more than 10,000 parts\. Nothing was written\.$/),
  },
  // crashes and internal errors
  {
    name: "a workbook with no plan",
    make: workbook(() => rawWorkbook({ sheets: [{ name: "Notes", xml: rowXml(1, ["Notes for the committee"]) }] })),
    runs: [
      { args: ["check", "plan.xlsx", ...AS_AT], exit: 1 },
      { args: ["refresh", "plan.xlsx", ...AS_AT, "--out", "out.xlsx"], exit: 2, says: /^brag: No plan was found/ },
      { args: ["report", "plan.xlsx", ...AS_AT, "--docx", "out.docx"], exit: 2, says: /^brag: No plan was found/ },
    ],
  },
  {
    name: "130,000 rows beside the plan",
    make: workbook(() => rawWorkbook({ sheets: [{ name: "Plan", xml: planRowsXml().join("") }, { name: "Data", xml: Array.from({ length: 130_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("") }] })),
    runs: readEverywhere(),
  },
  // memory that grows gently with the plan
  {
    name: "a plan of 30,000 actions",
    make: workbook(() =>
      rawWorkbook({
        sheets: [{ name: "Plan", xml: [rowXml(1, PLAN_HEADER), ...Array.from({ length: 30_000 }, (_, i) => rowXml(i + 2, [`Section ${i % 9}`, i + 1, `Aim ${i + 1}`, `Action ${i + 1}, described as a plan describes it`, "Jun-20", "RG", ["Green", "Amber", "Red", "Blue"][i % 4] as string]))].join("") }],
      }),
    ),
    runs: readEverywhere({ totals: false }),
  },
  {
    name: "1,000 sheets, each a plan",
    make: workbook(() => rawWorkbook({ sheets: Array.from({ length: 1_000 }, (_, i) => ({ name: `Plan ${i + 1}`, xml: planRowsXml(`Section ${i + 1}`).join("") })) })),
    runs: readEverywhere({ totals: false }),
  },
  // the add-in's own names trusted only as far as the cells bear them out
  { name: "the add-in's flags name pointed at K1:XFD1048576", make: workbook(() => rawWorkbook({ sheets: [{ name: "Plan", xml: planRowsXml().join("") }], definedNames: '<definedName name="BRAGTracker_Flags1">Plan!$K$1:$XFD$1048576</definedName>' })), runs: readEverywhere() },
  // content Excel allows, written so Excel would not repair it away
  {
    name: "a section name holding a control character (Safe_x0001_)",
    make: workbook(() => rawWorkbook({ sheets: [{ name: "Plan", xml: planRowsXml("Safe_x0001_").join("") }] })),
    runs: readEverywhere(),
  },
  {
    name: "a header filled to column XFD",
    make: workbook(() => rawWorkbook({ sheets: [{ name: "Plan", xml: [rowXml(1, [...PLAN_HEADER, ...Array.from({ length: 16384 - PLAN_HEADER.length }, (_, i) => `Note ${i + 1}`)]), ...planRowsXml().slice(1)].join("") }] })),
    runs: readEverywhere(),
  },
  {
    name: "terminal escapes in a status and a sheet name",
    make: workbook(() =>
      rawWorkbook({
        sheets: [{ name: "Plan\u202e", xml: [...planRowsXml(), rowXml(7, ["Safe", 6, "Aim 6", "Action 6", "Jun-20", "RG", "_x001B_]0;owned_x0007__x001B_[2J"])].join("") }],
      }),
    ),
    runs: readEverywhere({ totals: false, check: 1 }),
  },
  {
    name: "a shared string table holding an element of another namespace (<si:x/>)",
    make: workbook(() =>
      rawWorkbook({
        sheets: [{ name: "Plan", xml: [rowXml(1, PLAN_HEADER), ...planRowsXml().slice(1)].join("").replace('<c r="G2" t="inlineStr"><is><t>Green</t></is></c>', '<c r="G2" t="s"><v>0</v></c>') }],
        sharedStrings: `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:si="urn:other" count="1" uniqueCount="1"><si:x/><si><t>Green</t></si></sst>`,
      }),
    ),
    runs: readEverywhere(),
  },
  // memory: a part that would decompress past the budget is refused before it is read
  {
    name: "a sheet of 400 MB",
    make: workbook(() => rawWorkbook({ sheets: [{ name: "Plan", xml: "" }], firstSheetStream: repeatedRows(400 * 1024 * 1024) })),
    runs: refusedEverywhere(/^brag: 'plan\.xlsx' is larger than BRAG Tracker reads: its part xl\/worksheets\/sheet1\.xml unpacks to 400 MB or more, past the limit of 256 MB\. Nothing was written\.$/),
  },
  {
    name: "a zip of 9,000 parts, inside the limit",
    make: workbook(() => rawWorkbook({ sheets: [{ name: "Plan", xml: planRowsXml().join("") }], extra: Object.fromEntries(Array.from({ length: 9_000 }, (_, i) => [`customXml/item${i}.xml`, `<a>${i}</a>`])) })),
    runs: readEverywhere(),
  },
];

