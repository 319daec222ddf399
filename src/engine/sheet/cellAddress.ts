// a workbook uses a few dozen columns, each named hundreds of thousands of times in a large refresh
const LETTERS: string[] = [];

/** 0-based column index to letters: 0 → "A", 26 → "AA". */
export function columnLetters(column: number): string {
  let letters = LETTERS[column];
  if (letters !== undefined) return letters;
  letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  if (column >= 0 && column < 16384) LETTERS[column] = letters;
  return letters;
}

/** 0-based row and column to an A1 address. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export interface CellPosition {
  row: number;
  column: number;
}

/** An A1 address (optionally with $) to 0-based row and column. */
export function parseAddress(address: string): CellPosition {
  // the plain kind ("J15"), which the add-in writes and reads by the hundred thousand, without a regular expression
  let column = 0;
  let i = 0;
  for (let code = address.charCodeAt(0); code >= 65 && code <= 90 && i < 3; code = address.charCodeAt(++i)) column = column * 26 + code - 64;
  let row = 0;
  let j = i;
  for (let code = address.charCodeAt(j); code >= 48 && code <= 57; code = address.charCodeAt(++j)) row = row * 10 + code - 48;
  if (i > 0 && j > i && j === address.length && row >= 1) return { row: row - 1, column: column - 1 };
  return parseAnyAddress(address);
}

function parseAnyAddress(address: string): CellPosition {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!match) throw new Error(`Not an A1 cell address: ${address}`);
  const letters = (match[1] as string).toUpperCase();
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseArea(range: string): CellArea {
  const [from, to = from] = range.split(":") as [string, string?];
  const a = parseAddress(from);
  const b = parseAddress(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

const LAST_ROW = 1048575;
/** XFD, 0-based: Excel's last column. */
export const LAST_COLUMN = 16383;

/** "'Plan, 2019-20'!$I$17:$J$17" → "I17:J17": the last "!" ends the sheet's name, whatever it holds. */
export function bareAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
}

/** Any address Excel reports for an edit: a cell, a range, whole columns ("I:I") or whole rows ("3:5"). */
export function parseEditedArea(address: string): CellArea {
  const bare = bareAddress(address);
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(bare);
  if (columns) {
    const [left, right] = [parseAddress(`${columns[1]}1`).column, parseAddress(`${columns[2]}1`).column];
    return { top: 0, bottom: LAST_ROW, left: Math.min(left, right), right: Math.max(left, right) };
  }
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) {
    const [top, bottom] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: 0, right: LAST_COLUMN };
  }
  return parseArea(bare);
}

/** The cells of an A1 range, row by row, as 0-based positions. */
export function* cellsOfRange(range: string): Generator<CellPosition> {
  const area = parseArea(range);
  for (let row = area.top; row <= area.bottom; row++) for (let column = area.left; column <= area.right; column++) yield { row, column };
}

export function areaAddress(area: CellArea): string {
  return `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;
}

/** Whole rows as an absolute reference: "1:3" → "$1:$3". */
export function absoluteRows(rows: string): string {
  return rows.replace(/(\d+)/g, "$$$1");
}

/** A range on a sheet as an absolute reference, as a defined name or a chart series holds one: "J16:J111" on Plan → "Plan!$J$16:$J$111". */
export function absoluteReference(sheet: string, range: string): string {
  return `${quoteSheetName(sheet)}!${range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

/**
 * A sheet name as Excel wants it in a reference: quoted when it has spaces
 * or punctuation, starts with a digit, or could be read as a reference
 * itself ("FY20" and "Q1" are cells, "R2C3" and "C" R1C1 references), which
 * unquoted would make a defined name, a link or a chart series an error.
 * Plain names stay bare, as Excel itself writes them back.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !READS_AS_REFERENCE.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

// A1 cells up to three letters (XFD is the last column), and R1C1 references: R, C, R2, C12, R2C3
const READS_AS_REFERENCE = /^(?:[A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d*[Cc]\d*)$/;

/** The areas of a comma-separated address list, a comma inside a quoted sheet name ('Plan, 2019-20'!A1) left alone. */
export function splitAddressList(list: string): string[] {
  const areas = list.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? [];
  return areas.map((area) => area.trim()).filter(Boolean);
}

/** "'Sheet 1'!$B$25" or "Plan!A1:I20" as its sheet and bare range; null for what points at no sheet (a "#REF!" Excel left). */
export function splitReference(refersTo: string): { sheet: string; range: string } | null {
  // "#REF!$A$1" is what Excel leaves of a reference to a deleted sheet: it points nowhere
  const match = /^=?(?:'((?:[^']|'')+)'|([^!'"#]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/i.exec(refersTo.trim());
  if (!match) return null;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] as string);
  return { sheet, range: (match[3] as string).replace(/\$/g, "") };
}
