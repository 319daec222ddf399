import { DOMParser, Document, Element, XMLSerializer } from "@xmldom/xmldom";
import JSZip from "jszip";
import { packageEntries, resolve as resolved } from "./packageIntegrity";

/**
 * Puts a plan of a dozen actions into a workbook someone else wrote, by
 * editing its package's XML with a namespace-aware DOM (xmldom), never
 * through BRAG Tracker's writer or ExcelJS: so what the refresh then finds,
 * and must keep, is that writer's package with only the plan's cells added.
 * The plan goes either into the first visible worksheet, below everything on
 * it, or onto a sheet of its own; its statuses are words or fill colours, its
 * due dates text or real dates, chosen by a generator seeded from the file's
 * name, so a run is reproducible.
 */
export type PlanPlace = "below the first sheet's content" | "on a new sheet";

export interface PutPlan {
  bytes: Buffer;
  /** The sheet the plan went on, and its part. */
  sheet: string;
  sheetPart: string;
  /** The workbook's own parts a refresh edits: the workbook, its relationships and its styles. */
  workbookParts: string[];
  /** The plan's first row (1-based). */
  top: number;
  /** Whether the package is Strict Open XML, which openpyxl does not read. */
  strict: boolean;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

const FILLS: Record<string, string> = { Blue: "FF0070C0", Red: "FFFF0000", Amber: "FFFFC000", Green: "FF00B050" };
const SECTIONS = ["Safe", "Healthy", "Heard"];
const HEADER = ["Section", "Ref", "Aim", "Action", "Due date", "Lead", "Comments", "BRAG"];

/** null when the package has no worksheet to put the plan on (the first place) or cannot be edited as XML at all. */
export async function putPlan(input: Buffer, place: PlanPlace, seedText: string): Promise<PutPlan | null> {
  const random = seeded(seedText);
  // the entries read by yauzl, which passes over a size the zip's directory misstates, and packed again by JSZip
  const zip = new JSZip();
  try {
    for (const { name, content } of await packageEntries(input)) zip.file(name, content, { createFolders: false });
  } catch {
    return null;
  }
  const part = new Parts(zip);
  const workbookPath = await part.workbookPath();
  const workbook = await part.dom(workbookPath);
  if (!workbook) return null;
  const main = workbook.documentElement!.namespaceURI === STRICT_MAIN ? STRICT_MAIN : MAIN;
  const rel = main === STRICT_MAIN ? STRICT_REL : REL;
  const relsPath = relsOf(workbookPath);
  const rels = await part.dom(relsPath);
  if (!rels) return null;
  const targetOf = (id: string) => {
    const found = elements(rels, PACKAGE_REL, "Relationship").find((element) => element.getAttribute("Id") === id);
    return found ? resolved(workbookPath, found.getAttribute("Target") ?? "") : null;
  };

  const styles = await stylesFor(part, workbook, workbookPath, rels, main);
  const rows = planRows(random);
  if (place === "below the first sheet's content") {
    for (const sheet of elements(workbook, main, "sheet")) {
      const state = sheet.getAttribute("state");
      if (state === "hidden" || state === "veryHidden") continue;
      const path = targetOf(sheet.getAttributeNS(rel, "id") ?? "");
      const dom = path ? await part.dom(path) : null;
      if (!path || !dom || dom.documentElement!.localName !== "worksheet") continue;
      const top = (await lastUsedRow(part, path, dom, main)) + 3;
      appendRows(dom, main, rows, top, styles);
      part.put(path, dom);
      part.put(styles.path, styles.dom);
      return { bytes: await part.bytes(), sheet: sheet.getAttribute("name") ?? "", sheetPart: path, workbookParts: [workbookPath, relsPath, styles.path], top, strict: main === STRICT_MAIN };
    }
    return null;
  }

  // a sheet of its own, after the others
  const sheets = elements(workbook, main, "sheets")[0];
  if (!sheets) return null;
  const names = new Set(elements(workbook, main, "sheet").map((sheet) => sheet.getAttribute("name")?.toLowerCase()));
  let name = "Improvement plan";
  for (let n = 2; names.has(name.toLowerCase()); n++) name = `Improvement plan ${n}`;
  let number = 1;
  while (part.exists(resolved(workbookPath, `worksheets/planPutIn${number}.xml`))) number++;
  const sheetPath = resolved(workbookPath, `worksheets/planPutIn${number}.xml`);
  const sheetDom = new DOMParser().parseFromString(`<worksheet xmlns="${main}"><sheetData/></worksheet>`, "text/xml");
  appendRows(sheetDom, main, rows, 1, styles);
  part.put(sheetPath, sheetDom);
  const ids = new Set(elements(rels, PACKAGE_REL, "Relationship").map((element) => element.getAttribute("Id")));
  let id = "rIdPlanPutIn";
  for (let n = 1; ids.has(id); n++) id = `rIdPlanPutIn${n}`;
  const relationship = rels.createElementNS(PACKAGE_REL, qualified(rels.documentElement!.prefix, "Relationship"));
  relationship.setAttribute("Id", id);
  relationship.setAttribute("Type", `${rel}/worksheet`);
  relationship.setAttribute("Target", `worksheets/planPutIn${number}.xml`);
  rels.documentElement!.appendChild(relationship);
  part.put(relsPath, rels);
  const sheet = workbook.createElementNS(main, qualified(sheets.prefix, "sheet"));
  sheet.setAttribute("name", name);
  sheet.setAttribute("sheetId", String(Math.max(0, ...elements(workbook, main, "sheet").map((s) => Number(s.getAttribute("sheetId") ?? 0))) + 1));
  sheet.setAttributeNS(rel, `${workbook.documentElement!.lookupPrefix(rel) ?? "r"}:id`, id);
  sheets.appendChild(sheet);
  part.put(workbookPath, workbook);
  await part.declare(sheetPath, WORKSHEET_TYPE);
  part.put(styles.path, styles.dom);
  return { bytes: await part.bytes(), sheet: name, sheetPart: sheetPath, workbookParts: [workbookPath, relsPath, styles.path], top: 1, strict: main === STRICT_MAIN };
}

interface Cell {
  text?: string;
  number?: number;
  style?: "date" | keyof typeof FILLS;
}

function planRows(random: () => number): Cell[][] {
  const rows: Cell[][] = [[{ text: "Service improvement plan 2019-20" }], [], HEADER.map((text) => ({ text }))];
  const words = ["Blue", "Red", "Amber", "Green", "green", "AMBER", "Completed", "In progress"];
  for (let index = 0; index < 12; index++) {
    const section = SECTIONS[Math.floor(index / 4)] as string;
    const month = 1 + Math.floor(random() * 12);
    const due: Cell = random() < 0.5 ? { number: serial(2019 + (month < 4 ? 1 : 0), month, 28), style: "date" } : { text: `28/${String(month).padStart(2, "0")}/${month < 4 ? 2020 : 2019}` };
    const byColour = random() < 0.3;
    const status: Cell = byColour ? { style: (Object.keys(FILLS) as Array<keyof typeof FILLS>)[Math.floor(random() * 4)] } : { text: words[Math.floor(random() * words.length)] as string };
    const comment = index === 5 ? "=SUM(A1:A2) is text a manager typed" : random() < 0.5 ? `Update ${index + 1}: on track & <reviewed>` : "";
    rows.push([{ text: section }, { number: index + 1 }, { text: `Aim ${index + 1}` }, { text: `Action ${index + 1} for ${section.toLowerCase()}` }, due, { text: ["HS", "RG", "AM"][index % 3] as string }, { text: comment }, status]);
  }
  return rows;
}

function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

interface Styles {
  path: string;
  dom: Document;
  index: Record<string, number>;
}

/** The workbook's styles with one cell format per look the plan needs, added at the end; a styles part made when there is none. */
async function stylesFor(part: Parts, workbook: Document, workbookPath: string, rels: Document, main: string): Promise<Styles> {
  const relationship = elements(rels, PACKAGE_REL, "Relationship").find((element) => element.getAttribute("Type")?.endsWith("/styles"));
  const path = relationship ? resolved(workbookPath, relationship.getAttribute("Target") ?? "") : resolved(workbookPath, "stylesPutIn.xml");
  let dom = relationship ? await part.dom(path) : null;
  if (!dom) {
    dom = new DOMParser().parseFromString(
      `<styleSheet xmlns="${main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
      "text/xml",
    );
    if (!relationship) {
      const added = rels.createElementNS(PACKAGE_REL, qualified(rels.documentElement!.prefix, "Relationship"));
      added.setAttribute("Id", "rIdStylesPutIn");
      added.setAttribute("Type", `${main === STRICT_MAIN ? STRICT_REL : REL}/styles`);
      added.setAttribute("Target", "stylesPutIn.xml");
      rels.documentElement!.appendChild(added);
      part.put(relsOf(workbookPath), rels);
      await part.declare(path, STYLES_TYPE);
    }
  }
  const styleSheet: Document = dom;
  const root = styleSheet.documentElement!;
  const container = (name: string, before: string[]) => {
    let found = elements(styleSheet, main, name)[0];
    if (!found) {
      found = styleSheet.createElementNS(main, qualified(root.prefix, name));
      const next = before.map((other) => elements(styleSheet, main, other)[0]).find(Boolean);
      if (next) root.insertBefore(found, next);
      else root.appendChild(found);
    }
    return found;
  };
  const order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
  const after = (name: string) => order.slice(order.indexOf(name) + 1);
  const fills = container("fills", after("fills"));
  const cellXfs = container("cellXfs", after("cellXfs"));
  const child = (parent: Element, name: string) => {
    const element = styleSheet.createElementNS(main, qualified(root.prefix, name));
    parent.appendChild(element);
    return element;
  };
  const countOf = (parent: Element, name: string) => Array.from(parent.childNodes).filter((node) => (node as Element).localName === name).length;
  // a styles part may lack even the two fills Excel reserves
  while (countOf(fills, "fill") < 2) child(child(fills, "fill"), "patternFill").setAttribute("patternType", countOf(fills, "fill") === 1 ? "none" : "gray125");
  if (countOf(cellXfs, "xf") === 0) child(cellXfs, "xf").setAttribute("numFmtId", "0");
  const index: Record<string, number> = {};
  const xf = (attributes: Record<string, string>) => {
    const element = child(cellXfs, "xf");
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    return countOf(cellXfs, "xf") - 1;
  };
  index.date = xf({ numFmtId: "14", fontId: "0", fillId: "0", borderId: "0", applyNumberFormat: "1" });
  for (const [look, rgb] of Object.entries(FILLS)) {
    const pattern = child(child(fills, "fill"), "patternFill");
    pattern.setAttribute("patternType", "solid");
    child(pattern, "fgColor").setAttribute("rgb", rgb);
    index[look] = xf({ numFmtId: "0", fontId: "0", fillId: String(countOf(fills, "fill") - 1), borderId: "0", applyFill: "1" });
  }
  fills.setAttribute("count", String(countOf(fills, "fill")));
  cellXfs.setAttribute("count", String(countOf(cellXfs, "xf")));
  return { path, dom: styleSheet, index };
}

async function lastUsedRow(part: Parts, path: string, dom: Document, main: string): Promise<number> {
  let last = 0;
  let previous = 0;
  for (const row of elements(dom, main, "row")) {
    previous = Number(row.getAttribute("r") || previous + 1);
    last = Math.max(last, previous);
  }
  const areas = [...elements(dom, main, "mergeCell").map((merge) => merge.getAttribute("ref") ?? ""), ...elements(dom, main, "dimension").map((d) => d.getAttribute("ref") ?? "")];
  // tables hold their rows whether or not the sheet has cells there
  const sheetRels = await part.dom(relsOf(path));
  for (const relationship of sheetRels ? elements(sheetRels, PACKAGE_REL, "Relationship") : []) {
    if (!relationship.getAttribute("Type")?.endsWith("/table")) continue;
    const table = await part.dom(resolved(path, relationship.getAttribute("Target") ?? ""));
    if (table) areas.push(table.documentElement!.getAttribute("ref") ?? "");
  }
  for (const area of areas) for (const match of area.matchAll(/[A-Z]+(\d+)/g)) last = Math.max(last, Number(match[1]));
  return Math.min(last, 1_048_500);
}

function appendRows(dom: Document, main: string, rows: Cell[][], top: number, styles: Styles): void {
  const sheetData = elements(dom, main, "sheetData")[0] as Element;
  const prefix = sheetData.prefix;
  const element = (name: string) => dom.createElementNS(main, qualified(prefix, name));
  rows.forEach((cells, index) => {
    const rowNumber = top + index;
    if (cells.length === 0) return;
    const row = element("row");
    row.setAttribute("r", String(rowNumber));
    cells.forEach((cell, column) => {
      if (cell.text === "" && !cell.style) return;
      const c = element("c");
      c.setAttribute("r", `${String.fromCharCode(65 + column)}${rowNumber}`);
      if (cell.style) c.setAttribute("s", String(styles.index[cell.style]));
      if (cell.text !== undefined) {
        c.setAttribute("t", "inlineStr");
        const is = element("is");
        const t = element("t");
        t.appendChild(dom.createTextNode(cell.text));
        is.appendChild(t);
        c.appendChild(is);
      } else if (cell.number !== undefined) {
        const v = element("v");
        v.appendChild(dom.createTextNode(String(cell.number)));
        c.appendChild(v);
      }
      row.appendChild(c);
    });
    sheetData.appendChild(row);
  });
}

/** The package's parts as DOMs, parsed once and written back when changed. */
class Parts {
  private readonly parsed = new Map<string, Document | null>();
  private readonly byLowerCase = new Map<string, string>();

  constructor(private readonly zip: JSZip) {
    for (const name of Object.keys(zip.files)) this.byLowerCase.set(name.toLowerCase(), name);
  }

  exists(path: string): boolean {
    return this.byLowerCase.has(path.toLowerCase());
  }

  async workbookPath(): Promise<string> {
    const rels = await this.dom("_rels/.rels");
    const document = rels ? elements(rels, PACKAGE_REL, "Relationship").find((element) => element.getAttribute("Type")?.endsWith("/officeDocument")) : undefined;
    return document ? resolved("", document.getAttribute("Target") ?? "") : "xl/workbook.xml";
  }

  async dom(path: string): Promise<Document | null> {
    const name = this.byLowerCase.get(path.toLowerCase());
    if (!name) return null;
    if (!this.parsed.has(name)) {
      const text = (await this.zip.file(name)!.async("string")).replace(/^\uFEFF/, "");
      let dom: Document | null = null;
      try {
        dom = new DOMParser({ onError: () => {} }).parseFromString(text, "text/xml");
      } catch {
        dom = null;
      }
      this.parsed.set(name, dom && dom.documentElement ? dom : null);
    }
    return this.parsed.get(name) ?? null;
  }

  put(path: string, dom: Document): void {
    const name = this.byLowerCase.get(path.toLowerCase()) ?? path;
    this.byLowerCase.set(name.toLowerCase(), name);
    this.parsed.set(name, dom);
    const xml = new XMLSerializer().serializeToString(dom);
    this.zip.file(name, xml.startsWith("<?xml") ? xml : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`);
  }

  /** Gives a new part its content type, as an Override. */
  async declare(path: string, type: string): Promise<void> {
    const types = (await this.dom("[Content_Types].xml")) as Document;
    const root = types.documentElement!;
    const override = types.createElementNS(TYPES, qualified(root.prefix, "Override"));
    override.setAttribute("PartName", `/${path}`);
    override.setAttribute("ContentType", type);
    root.appendChild(override);
    this.put("[Content_Types].xml", types);
  }

  bytes(): Promise<Buffer> {
    return this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }
}

function elements(dom: Document, namespace: string, local: string): Element[] {
  return Array.from(dom.getElementsByTagNameNS(namespace, local));
}

function qualified(prefix: string | null, local: string): string {
  return prefix ? `${prefix}:${local}` : local;
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? `_rels/${part}.rels` : `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}


// mulberry32, seeded from the text: the same file gets the same plan on every run
function seeded(text: string): () => number {
  let seed = 0;
  for (const char of text) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
