import { SaxesParser, SaxesTagNS } from "saxes";
import { columnLetters, parseAddress } from "../../engine";
import { UnhandledPackageError } from "../errors";
import { escapeXml } from "./xmlText";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
const CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const SPREADSHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * The prefix each namespace the readers and editors here look for is
 * written with, "" for the default namespace: the prefixes Excel itself
 * writes. The text-level readers match these names, so a part is first
 * brought into this form whatever prefixes its writer chose.
 */
const CANONICAL_PREFIX: Record<string, string> = {
  [MAIN]: "",
  "http://schemas.openxmlformats.org/package/2006/relationships": "",
  "http://schemas.openxmlformats.org/package/2006/content-types": "",
  [RELATIONSHIPS]: "r",
  [DRAWING]: "a",
  [CHART]: "c",
  [SPREADSHEET_DRAWING]: "xdr",
  [COMPATIBILITY]: "mc",
};

/**
 * Strict Open XML's namespaces, read as their Transitional twins: the
 * elements and attributes are the same (ECMA-376 Part 1, §A; a Strict
 * workbook's relationship types differ only in their stem, which the readers
 * do not look at).
 */
const STRICT: Record<string, string> = {
  "http://purl.oclc.org/ooxml/spreadsheetml/main": MAIN,
  "http://purl.oclc.org/ooxml/officeDocument/relationships": RELATIONSHIPS,
  "http://purl.oclc.org/ooxml/drawingml/main": DRAWING,
  "http://purl.oclc.org/ooxml/drawingml/chart": CHART,
  "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing": SPREADSHEET_DRAWING,
};

const TRANSITIONAL_RELATIONSHIP_TYPES = `${RELATIONSHIPS}/`;
const STRICT_RELATIONSHIP_TYPES = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
const TO_STRICT = new Map(Object.entries(STRICT).map(([strict, transitional]) => [`"${transitional}"`, `"${strict}"`]));
const TRANSITIONAL_URI = new RegExp([...TO_STRICT.keys(), `"${TRANSITIONAL_RELATIONSHIP_TYPES}`].map((uri) => uri.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"), "g");

/**
 * A part the writer changed, for a Strict package: the Transitional
 * namespaces its readers and writers use (see STRICT) put back as Strict's,
 * and the relationship types it adds given Strict's stem.
 */
export function strictXml(xml: string): string {
  return xml.replace(TRANSITIONAL_URI, (uri) => TO_STRICT.get(uri) ?? `"${STRICT_RELATIONSHIP_TYPES}`);
}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
// markup compatibility attributes whose values are lists of prefixes (ECMA-376 Part 3, §10)
const PREFIX_LISTS = new Set(["Ignorable", "ProcessContent", "PreserveElements", "PreserveAttributes", "MustUnderstand"]);

/**
 * The part's XML in the one form the text-level readers and editors here
 * handle: every namespace declared on the root, each known namespace under
 * the prefix Excel writes for it, no byte-order mark, comment, CDATA section
 * or DOCTYPE, and in a worksheet every row and cell with its reference.
 * Excel writes exactly this, and such a part is returned as it is; any other
 * part (the Open XML SDK's `<x:worksheet>`, ElementTree's `ns0:`, lxml's
 * `xmlns:r` on each `<sheet>`, rows without `r`, CDATA inline strings) is
 * parsed by namespace and written out again in this form, the same document
 * to any XML reader.
 */
export function canonicalXml(xml: string, part: string): string {
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  return isCanonical(text) ? text : rewritten(text, part);
}

// the root's start tag: its name and attributes
const ROOT = /^(?:<\?xml[^>]*\?>)?\s*<([\w.-]+)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/;
const DECLARATION = /\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// a row or cell start tag with no r attribute
const UNNUMBERED = /<(?:row|c)(?=[\s/>])(?![^>]*\sr\s*=)/;

function isCanonical(xml: string): boolean {
  if (xml.includes("<!")) return false;
  const root = ROOT.exec(xml);
  if (!root) return false;
  const rootEnd = root[0].length;
  if (!declaredBelowRootHarmlessly(xml, rootEnd)) return false;
  let defaultNamespace: string | undefined;
  for (const declaration of (root[2] as string).matchAll(DECLARATION)) {
    const prefix = declaration[1] ?? "";
    const uri = declaration[2] ?? declaration[3] ?? "";
    if (prefix === "") defaultNamespace = uri;
    const canonical = CANONICAL_PREFIX[uri];
    if (canonical !== undefined && canonical !== prefix) return false;
    if (prefix !== "" && Object.entries(CANONICAL_PREFIX).some(([known, wanted]) => wanted === prefix && known !== uri)) return false;
  }
  // the root itself is unprefixed, so its namespace is the default one, and must be a known one written unprefixed
  if (defaultNamespace === undefined || CANONICAL_PREFIX[defaultNamespace] !== "") return false;
  return (root[1] as string) !== "worksheet" || !UNNUMBERED.test(xml);
}

/**
 * Whether every namespace declared below the root leaves the readers' names
 * alone: a prefix of its own for a namespace they do not read, as Excel
 * declares x14 and x15 on the `<ext>` elements of every styles and workbook
 * part. A declaration of the default namespace, of a prefix the readers
 * match, or of a namespace they read, may change what a name they match
 * means, and sends the part through the rewrite.
 */
function declaredBelowRootHarmlessly(xml: string, rootEnd: number): boolean {
  const first = xml.indexOf("xmlns", rootEnd);
  if (first < 0) return true;
  for (const declaration of xml.slice(first - 1).matchAll(DECLARATION)) {
    const prefix = declaration[1] ?? "";
    const uri = declaration[2] ?? declaration[3] ?? "";
    if (prefix === "" || RESERVED_PREFIXES.has(prefix) || uri in CANONICAL_PREFIX || uri in STRICT) return false;
  }
  return true;
}

interface Open {
  name: string;
  selfClosing: boolean;
}

function rewritten(xml: string, part: string): string {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const out: string[] = [];
  const prefixes = new Map<string, string>();
  const taken = new Map<string, string>();
  const open: Open[] = [];
  // the namespaces in scope, innermost last, for the prefixes mc:Ignorable lists
  const scopes: Array<Record<string, string>> = [{ xml: XML_NAMESPACE }];
  const resolve = (prefix: string) => {
    for (let i = scopes.length - 1; i >= 0; i--) if (prefix in (scopes[i] as Record<string, string>)) return (scopes[i] as Record<string, string>)[prefix];
    return undefined;
  };
  let declaration = "";
  let rootAt = -1;
  let inWorksheet = false;
  let row = 0;
  let column = -1;

  const prefixOf = (declared: string | undefined, prefixHint: string): string => {
    const uri = STRICT[declared ?? ""] ?? declared ?? "";
    let prefix = prefixes.get(uri);
    if (prefix !== undefined) return prefix;
    prefix = CANONICAL_PREFIX[uri];
    if (prefix === undefined || (taken.has(prefix) && taken.get(prefix) !== uri)) {
      prefix = prefixHint && !taken.has(prefixHint) && !RESERVED_PREFIXES.has(prefixHint) ? prefixHint : freshPrefix(taken);
    }
    prefixes.set(uri, prefix);
    taken.set(prefix, uri);
    return prefix;
  };
  const qualified = (prefix: string, local: string) => (prefix ? `${prefix}:${local}` : local);

  parser.on("xmldecl", (decl) => {
    declaration = `<?xml version="${decl.version ?? "1.0"}" encoding="UTF-8"${decl.standalone ? ` standalone="${decl.standalone}"` : ""}?>`;
  });
  parser.on("doctype", () => {
    throw new UnhandledPackageError(`${part} declares a DOCTYPE`);
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    // every namespace declared anywhere gets its prefix now, so one only listed in mc:Ignorable is still declared on the root
    for (const [prefix, uri] of Object.entries(tag.ns)) if (uri) prefixOf(uri, prefix);
    scopes.push(tag.ns);
    if (tag.uri === "") throw new UnhandledPackageError(`${part} has an element in no namespace: <${tag.name}>`);
    const name = qualified(prefixOf(tag.uri, tag.prefix), tag.local);
    const attributes: string[] = [];
    const isMain = (STRICT[tag.uri] ?? tag.uri) === MAIN;
    if (open.length === 0) inWorksheet = isMain && tag.local === "worksheet";
    let reference: string | undefined;
    if (inWorksheet && isMain && tag.local === "row") {
      const given = tag.attributes["r"]?.value;
      row = given ? Number(given) : row + 1;
      column = -1;
      if (!given) reference = String(row);
    } else if (inWorksheet && isMain && tag.local === "c") {
      const given = tag.attributes["r"]?.value;
      column = given ? parseAddress(given).column : column + 1;
      if (!given) reference = `${columnLetters(column)}${row}`;
    }
    if (reference !== undefined) attributes.push(` r="${reference}"`);
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === "xmlns" || (attribute.prefix === "" && attribute.local === "xmlns")) continue;
      const attributeName =
        attribute.uri === "" ? attribute.local : attribute.uri === XML_NAMESPACE ? `xml:${attribute.local}` : qualified(prefixOf(attribute.uri, attribute.prefix), attribute.local);
      let value = attribute.value;
      if ((STRICT[attribute.uri] ?? attribute.uri) === COMPATIBILITY && PREFIX_LISTS.has(attribute.local)) {
        value = value
          .split(/\s+/)
          .filter(Boolean)
          .map((listed) => {
            const [listedPrefix, local] = listed.includes(":") ? (listed.split(":") as [string, string]) : [listed, undefined];
            const uri = resolve(listedPrefix);
            const prefix = uri ? prefixOf(uri, listedPrefix) : listedPrefix;
            return local === undefined ? prefix : `${prefix}:${local}`;
          })
          .join(" ");
      }
      attributes.push(` ${attributeName}="${attributeText(value)}"`);
    }
    // the root's namespace declarations are added once every element has been seen
    if (open.length === 0) rootAt = out.length;
    out.push(`<${name}${attributes.join("")}${tag.isSelfClosing ? "/>" : ">"}`);
    open.push({ name, selfClosing: tag.isSelfClosing });
  });
  parser.on("closetag", () => {
    const closed = open.pop() as Open;
    scopes.pop();
    if (!closed.selfClosing) out.push(`</${closed.name}>`);
  });
  parser.on("text", (text) => {
    if (open.length > 0) out.push(elementText(text));
  });
  parser.on("cdata", (text) => out.push(elementText(text)));
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof UnhandledPackageError) throw error;
    throw new UnhandledPackageError(`${part} is not well-formed XML (${(error as Error).message.split("\n")[0]?.replace(/\.$/, "")})`);
  }
  if (rootAt < 0) throw new UnhandledPackageError(`${part} holds no XML element`);
  const declarations = [...prefixes]
    .sort(([, a], [, b]) => (a === "" ? -1 : b === "" ? 1 : 0))
    .map(([uri, prefix]) => (prefix ? ` xmlns:${prefix}="${escapeXml(uri)}"` : ` xmlns="${escapeXml(uri)}"`))
    .join("");
  const root = out[rootAt] as string;
  const nameEnd = root.search(/[\s/>]/);
  out[rootAt] = root.slice(0, nameEnd) + declarations + root.slice(nameEnd);
  return (declaration ? `${declaration}\n` : "") + out.join("");
}

// prefixes a namespace of the readers' may be given later: an unknown namespace must not take them first
const RESERVED_PREFIXES = new Set(Object.values(CANONICAL_PREFIX).filter(Boolean));

function freshPrefix(taken: Map<string, string>): string {
  let n = 0;
  while (taken.has(`ns${n}`)) n++;
  return `ns${n}`;
}

// a carriage return written as a reference survives the next reader's line-end normalisation, as it did this one's
function elementText(text: string): string {
  return escapeXml(text).replace(/\r/g, "&#13;");
}

function attributeText(value: string): string {
  return escapeXml(value).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
