import { unescapeXml } from "../xmlText";

// an element's name ends at a space, "/" or ">": `<si:x/>`, an element of another namespace, is no `<si>`
const ITEM = /<si(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
const TEXT = /<t(?=[\s/>])[^>]*?(?:\/>|>([^<]*)<\/t>)/g;
// phonetic guides (furigana) are a reading aid, not part of the cell's text
const PHONETIC = /<rPh(?=[\s/>])[\s\S]*?<\/rPh>/g;
// SpreadsheetML's escape for characters XML cannot hold, such as _x000D_ for a carriage return
const ESCAPED_CHARACTER = /_x([0-9A-F]{4})_/g;

/** The shared strings table (sharedStrings.xml) as plain texts, in the order cells index them. */
export function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  for (const match of xml.matchAll(ITEM)) strings.push(textOfItem(match[1] ?? ""));
  return strings;
}

/** The text of a string item (`<si>` or an inline `<is>`): its one `<t>`, or its rich text runs joined. */
export function textOfItem(inner: string): string {
  const runs = inner.includes("<rPh") ? inner.replace(PHONETIC, "") : inner;
  let text = "";
  for (const match of runs.matchAll(TEXT)) text += match[1] ?? "";
  text = unescapeXml(normalisedLineEnds(text));
  return text.includes("_x") ? text.replace(ESCAPED_CHARACTER, (_, code: string) => String.fromCharCode(parseInt(code, 16))) : text;
}

/** Line ends as an XML parser reports them: a literal CR LF or lone CR is read as LF (a CR written as &#13; stays). */
export function normalisedLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
