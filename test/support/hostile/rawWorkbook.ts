import { Readable } from "stream";
import { Zippable, unzipSync, zipSync } from "fflate";
import { ZipFile } from "yazl";
import { columnLetters } from "../../../src/engine";
import { escapeXml } from "../../../src/xlsx/package/xmlText";

/**
 * A workbook package written part by part, as a hostile or careless writer
 * might: each sheet's XML is given as it is, so a case can hold what no
 * library would write (a cell past XFD, a part cut off, a name 50 MB long).
 */
export interface RawSheet {
  name: string;
  /** The whole worksheet part, or the cells of its sheetData (see sheetXml). */
  xml: string;
}

export interface RawWorkbook {
  sheets: RawSheet[];
  sharedStrings?: string;
  /** Inner XML of <definedNames>. */
  definedNames?: string;
  /** More parts, by path, put in the zip as they are (no content type or relationship). */
  extra?: Record<string, string | Buffer>;
  /** The first sheet's part streamed, for a part too large to hold: its XML comes from this stream instead of sheets[0].xml. */
  firstSheetStream?: () => Readable;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** A worksheet part around these rows' XML. */
export function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData></worksheet>`;
}

/** One row of inline-string and number cells, from column A (or the column given). */
export function rowXml(row: number, values: Array<string | number>, firstColumn = 1): string {
  const cells = values.map((value, i) => {
    const ref = `${columnLetters(firstColumn - 1 + i)}${row}`;
    return typeof value === "number" ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
  });
  return `<row r="${row}">${cells.join("")}</row>`;
}

export const PLAN_HEADER = ["Section", "Ref", "Aim", "Action", "Due", "Lead", "Status"];
const STATUSES = ["Green", "Amber", "Red", "Blue", "Green"];

/** The rows of a plan of five actions in A1:G6 (one blue, one red, one amber, two green), to put other rows beside. */
export function planRowsXml(section = "Safe"): string[] {
  return [rowXml(1, PLAN_HEADER), ...STATUSES.map((status, i) => rowXml(i + 2, [section, i + 1, `Aim ${i + 1}`, `Action ${i + 1}`, "Jun-20", "RG", status]))];
}

/** The package, zipped by Node's zlib (through yazl), so a part of hundreds of megabytes is made in seconds. */
export async function rawWorkbook(book: RawWorkbook): Promise<Buffer> {
  const zip = new ZipFile();
  const add = (path: string, content: string | Buffer) => zip.addBuffer(Buffer.from(content), path, { compressionLevel: 1 });
  const sheets = book.sheets.map((sheet, i) => ({ ...sheet, path: `xl/worksheets/sheet${i + 1}.xml`, id: `rId${i + 1}` }));
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>`,
    ...sheets.map((sheet) => `<Override PartName="/${sheet.path}" ContentType="${TYPE}.worksheet+xml"/>`),
    ...(book.sharedStrings !== undefined ? [`<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/>`] : []),
  ];
  add(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const relationships = [
    ...sheets.map((sheet, i) => `<Relationship Id="${sheet.id}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`,
    ...(book.sharedStrings !== undefined ? [`<Relationship Id="rIdStrings" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`] : []),
  ];
  add("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL}">${relationships.join("")}</Relationships>`);
  const names = book.definedNames !== undefined ? `<definedNames>${book.definedNames}</definedNames>` : "";
  const sheetList = sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="${sheet.id}"/>`).join("");
  add("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetList}</sheets>${names}</workbook>`);
  add(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
  );
  sheets.forEach((sheet, i) => {
    if (i === 0 && book.firstSheetStream) zip.addReadStream(book.firstSheetStream(), sheet.path, { compressionLevel: 1 });
    else add(sheet.path, sheet.xml.startsWith("<?xml") || sheet.xml.startsWith("<worksheet") ? sheet.xml : sheetXml(sheet.xml));
  });
  if (book.sharedStrings !== undefined) add("xl/sharedStrings.xml", book.sharedStrings);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const made = Buffer.concat(chunks);
  if (book.extra === undefined) return made;
  // more parts added by fflate, stored as they are: yazl looks for its next entry from the first, so a hundred thousand take it minutes
  const parts: Zippable = unzipSync(made);
  for (const [path, content] of Object.entries(book.extra)) parts[path] = [Buffer.from(content), { level: 0 }];
  return Buffer.from(zipSync(parts));
}
