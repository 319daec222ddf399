import { CellLook } from "../../engine";
import { Children, attribute, childrenOf, container, withAttribute } from "./xmlText";
import { UnhandledPackageError } from "../errors";

export interface Alignment {
  vertical: "top";
  wrapText?: boolean;
}

const COLOUR = /<color(?=[\s/>])[^>]*?\/>|<color(?=[\s/>])[^>]*?>[\s\S]*?<\/color>/g;
const BOLD = /<b(?=[\s/>])[^>]*?\/>/g;

/**
 * The workbook's cell formats (styles.xml), added to but never changed: a
 * cell the add-in colours gets a new format made from its old one, so every
 * other cell sharing the old one keeps its look. One new format per old
 * format and look, however many cells take it.
 */
export class StyleSheet {
  private readonly fonts: string[];
  private readonly fills: string[];
  private readonly formats: string[];
  private readonly made = new Map<number, Map<string, number>>();
  // each element's position by its XML, so one the workbook already has (one a refresh made before) is used again, never added twice
  private readonly fontIndex = new Map<string, number>();
  private readonly fillIndex = new Map<string, number>();
  private readonly formatIndex = new Map<string, number>();
  private readonly formatsAtStart: number;

  private readonly xml: string;

  /** The workbook's styles part as read (canonical, see canonicalXml), or "" for a workbook that has none. */
  constructor(private readonly original: string) {
    const xml = (this.xml = withEssentials(original));
    this.fonts = part(xml, "fonts", "font").elements;
    this.fills = part(xml, "fills", "fill").elements;
    this.formats = part(xml, "cellXfs", "xf").elements;
    // a cell without a format has format 0, and a format without a font has font 0: a part lacking them is given Excel's defaults
    if (this.fonts.length === 0) this.fonts.push(DEFAULT_FONT);
    if (this.fills.length === 0) this.fills.push(...RESERVED_FILLS);
    if (this.formats.length === 0) this.formats.push(DEFAULT_FORMAT);
    // fonts and fills are only ever added for a new format
    this.formatsAtStart = this.formats.length;
    indexOf(this.fonts, this.fontIndex);
    indexOf(this.fills, this.fillIndex);
    indexOf(this.formats, this.formatIndex);
  }

  get changed(): boolean {
    return this.formats.length !== this.formatsAtStart;
  }

  /** The format a cell with format `base` takes to show `look` (and `alignment`), made on first use. */
  withLook(base: number, look: CellLook | undefined, alignment?: Alignment): number {
    if (!look && !alignment) return base;
    return this.derived(base, lookKey(look, alignment), (format) => this.restyled(format, look, alignment));
  }

  private restyled(format: string, look: CellLook | undefined, alignment: Alignment | undefined): string {
    let attributes = openingAttributes(format);
    let inner = innerXml(format);
    if (look?.fill !== undefined) {
      attributes = withAttribute(withAttribute(attributes, "fillId", String(this.fill(look.fill))), "applyFill", "1");
    }
    if (look && (look.font !== undefined || look.bold)) {
      const font = this.fonts[Number(attribute(attributes, "fontId") ?? 0)] ?? (this.fonts[0] as string);
      attributes = withAttribute(withAttribute(attributes, "fontId", String(this.font(restyledFont(font, look)))), "applyFont", "1");
    }
    if (alignment) {
      const element = `<alignment vertical="${alignment.vertical}"${alignment.wrapText ? ' wrapText="1"' : ""}/>`;
      inner = element + inner.replace(/<alignment(?=[\s/>])[^>]*?\/>|<alignment(?=[\s/>])[^>]*?>[\s\S]*?<\/alignment>/, "");
      attributes = withAttribute(attributes, "applyAlignment", "1");
    }
    return `<xf${attributes}>${inner}</xf>`;
  }

  /**
   * The format of a cell the add-in wrote before, emptied and written again:
   * the format it had when that already shows the look, so a second refresh
   * makes no new format however the workbook's writer spelled its fonts;
   * otherwise the emptied format with the look.
   */
  rewritten(before: number, look: CellLook | undefined, alignment?: Alignment): number {
    if ((look || alignment) && this.restyled(this.format(before), look, alignment) === this.format(before)) return before;
    return this.withLook(this.cleared(before), look, alignment);
  }

  /** The format `base` without the text colour and bold the add-in puts on; a fill or border of the user's stays. */
  cleared(base: number): number {
    const attributes = openingAttributes(this.format(base));
    const font = this.fonts[Number(attribute(attributes, "fontId") ?? 0)] ?? "";
    if (!/<color(?=[\s/>])/.test(font) && !/<b(?=[\s/>])/.test(font)) return base;
    const plain = font.replace(COLOUR, "").replace(BOLD, "");
    // a cell that had nothing of the user's goes back to having nothing at all
    if (plain === (this.fonts[0] as string).replace(COLOUR, "") && this.showsOnlyItsFont(attributes, innerXml(this.format(base)))) return 0;
    return this.derived(base, "cleared", (format) => `<xf${withAttribute(openingAttributes(format), "fontId", String(this.font(plain)))}>${innerXml(format)}</xf>`);
  }

  private showsOnlyItsFont(attributes: string, inner: string): boolean {
    const plainFill = (id: string | undefined) => id === undefined || /patternType="none"/.test(this.fills[Number(id)] ?? "") || !/patternType=/.test(this.fills[Number(id)] ?? "");
    return (
      plainFill(attribute(attributes, "fillId")) &&
      Number(attribute(attributes, "borderId") ?? 0) === 0 &&
      Number(attribute(attributes, "numFmtId") ?? 0) === 0 &&
      inner.trim() === ""
    );
  }

  toXml(): string {
    if (!this.changed) return this.original;
    let xml = this.xml;
    for (const [name, child, elements] of [
      ["fonts", "font", this.fonts],
      ["fills", "fill", this.fills],
      ["cellXfs", "xf", this.formats],
    ] as const) {
      const found = part(xml, name, child);
      xml = xml.slice(0, found.start) + container(name, found.attributes, elements) + xml.slice(found.end);
    }
    return xml;
  }

  private format(index: number): string {
    const format = this.formats[index];
    if (format === undefined) throw new UnhandledPackageError(`a cell uses format ${index}, which styles.xml does not have`);
    return format;
  }

  private derived(base: number, key: string, make: (format: string) => string): number {
    let byKey = this.made.get(base);
    if (!byKey) this.made.set(base, (byKey = new Map()));
    let index = byKey.get(key);
    if (index === undefined) byKey.set(key, (index = added(this.formats, this.formatIndex, make(this.format(base)))));
    return index;
  }

  private fill(colour: string | null): number {
    const xml = colour
      ? `<fill><patternFill patternType="solid"><fgColor rgb="FF${colour}"/><bgColor indexed="64"/></patternFill></fill>`
      : `<fill><patternFill patternType="none"/></fill>`;
    return added(this.fills, this.fillIndex, xml);
  }

  private font(xml: string): number {
    return added(this.fonts, this.fontIndex, xml);
  }
}

export const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DEFAULT_FONT = `<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
// Excel reserves the first two fills, whatever a workbook's formats say (ECMA-376 Part 1, §18.8.21)
const RESERVED_FILLS = [`<fill><patternFill patternType="none"/></fill>`, `<fill><patternFill patternType="gray125"/></fill>`];
const DEFAULT_FORMAT = `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
// the styleSheet's children in the order its schema requires
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** The styles part with the fonts, fills and cell formats lists the writer adds to, each put in its place in the schema's order where missing. */
function withEssentials(xml: string): string {
  let styles = /<styleSheet(?=[\s/>])/.test(xml) ? xml : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"></styleSheet>`;
  for (const name of ["fonts", "fills", "cellXfs"]) {
    if (new RegExp(`<${name}\\b`).test(styles)) continue;
    const later = ORDER.slice(ORDER.indexOf(name) + 1)
      .map((other) => new RegExp(`<${other}\\b`).exec(styles)?.index)
      .find((at) => at !== undefined);
    const selfClosed = /<styleSheet(?=[\s/>])[^>]*\/>/.exec(styles);
    if (selfClosed) styles = styles.replace(selfClosed[0], `${selfClosed[0].slice(0, -2)}></styleSheet>`);
    const at = later ?? styles.lastIndexOf("</styleSheet>");
    styles = `${styles.slice(0, at)}<${name} count="0"></${name}>${styles.slice(at)}`;
  }
  return styles;
}

// looks and alignments are a handful of shared objects: each pair is keyed once, not once per cell, and the same key string is found again at once
const KEYS = new WeakMap<object, Map<object, string>>();
const NONE = {};

function lookKey(look: CellLook | undefined, alignment: Alignment | undefined): string {
  const shared = look ?? NONE;
  let byAlignment = KEYS.get(shared);
  if (!byAlignment) KEYS.set(shared, (byAlignment = new Map()));
  let key = byAlignment.get(alignment ?? NONE);
  if (key === undefined) {
    key = `${look?.fill}|${look?.font}|${look?.bold}` + (alignment ? `|${alignment.vertical}|${alignment.wrapText}` : "");
    byAlignment.set(alignment ?? NONE, key);
  }
  return key;
}

function part(xml: string, name: string, child: string): Children {
  const found = childrenOf(xml, name, child);
  if (!found) throw new UnhandledPackageError(`styles.xml has no <${name}>`);
  return found;
}

function indexOf(list: string[], index: Map<string, number>): void {
  list.forEach((xml, position) => {
    if (!index.has(xml)) index.set(xml, position);
  });
}

function added(list: string[], made: Map<string, number>, xml: string): number {
  let index = made.get(xml);
  if (index === undefined) made.set(xml, (index = list.push(xml) - 1));
  return index;
}

function restyledFont(font: string, look: CellLook): string {
  let children = innerXml(font);
  if (look.font !== undefined) children = children.replace(COLOUR, "") + (look.font ? `<color rgb="FF${look.font}"/>` : "");
  if (look.bold && !/<b\s*\/>|<b\s+val="(1|true)"\s*\/>/.test(children)) children = `<b/>${children.replace(BOLD, "")}`;
  return `<font${openingAttributes(font)}>${inFontOrder(children)}</font>`;
}

// the order Excel itself writes a font's parts in: the schema allows any, but Excel is the reader that matters
const FONT_ORDER = ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"];

function inFontOrder(children: string): string {
  const parts = children.match(/<([\w:]+)\b[^>]*?\/>|<([\w:]+)\b[^>]*?>[\s\S]*?<\/\2>/g) ?? [];
  const rank = (part: string) => {
    const position = FONT_ORDER.indexOf(/^<([\w:]+)/.exec(part)?.[1] ?? "");
    return position < 0 ? FONT_ORDER.length : position;
  };
  return parts
    .map((part, index) => ({ part, index }))
    .sort((a, b) => rank(a.part) - rank(b.part) || a.index - b.index)
    .map(({ part }) => part)
    .join("");
}

function openingAttributes(element: string): string {
  return (/^<[\w:]+([^>]*?)\/?>/.exec(element)?.[1] ?? "").replace(/\s+$/, "");
}

function innerXml(element: string): string {
  if (/^<[^>]*\/>$/.test(element)) return "";
  return element.slice(element.indexOf(">") + 1, element.lastIndexOf("</"));
}
