/** 0-based column index to letters: 0 → "A", 26 → "AA". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
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

/** A sheet name as Excel wants it in a reference: quoted when it has spaces or punctuation. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
