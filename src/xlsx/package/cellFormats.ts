import builtInFormats from "exceljs/lib/xlsx/defaultnumformats";
import { colourOf, themeColours } from "../fillColour";
import { attribute, childrenOf, unescapeXml } from "./xmlText";

interface Colour {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/**
 * What the cell formats of styles.xml show, as the reader needs it: each
 * format's number format (custom or one of Excel's built-in ones) and the
 * solid fill and text colours it gives a cell.
 */
export class CellFormats {
  private readonly formats: string[];
  private readonly fonts: string[];
  private readonly fills: string[];
  private readonly numberFormats = new Map<number, string>();
  private readonly theme: string[];
  private readonly knownNumberFormats = new Map<number, string | undefined>();
  // a plan has a few dozen cell formats and thousands of cells: each format's colours are worked out once
  private readonly knownFills = new Map<number, string | null>();
  private readonly knownFonts = new Map<number, string | null>();

  constructor(stylesXml: string | null, themeXml: string | null) {
    const xml = stylesXml ?? "";
    this.formats = childrenOf(xml, "cellXfs", "xf")?.elements ?? [];
    this.fonts = childrenOf(xml, "fonts", "font")?.elements ?? [];
    this.fills = childrenOf(xml, "fills", "fill")?.elements ?? [];
    for (const element of childrenOf(xml, "numFmts", "numFmt")?.elements ?? []) {
      this.numberFormats.set(Number(attribute(element, "numFmtId")), unescapeXml(attribute(element, "formatCode") ?? ""));
    }
    this.theme = themeColours(themeXml ?? undefined);
  }

  /** The number format of cell format `style`; undefined for General and for format 0, which ExcelJS (and so the other reader) also leaves unread. */
  numberFormat(style: number): string | undefined {
    if (this.knownNumberFormats.has(style)) return this.knownNumberFormats.get(style);
    let format: string | undefined;
    const id = Number(attribute(this.formats[style] ?? "", "numFmtId") ?? 0);
    if (style !== 0 && id) format = this.numberFormats.get(id) ?? builtInFormats[id]?.f;
    this.knownNumberFormats.set(style, format);
    return format;
  }

  /** The solid colour ("RRGGBB") cell format `style` fills a cell with, or null. */
  fill(style: number): string | null {
    return remembered(this.knownFills, style, () => this.fillOf(style));
  }

  /** The text colour ("RRGGBB") of cell format `style`, or null for automatic. */
  font(style: number): string | null {
    return remembered(this.knownFonts, style, () => {
      const font = this.part(style, "fontId", this.fonts);
      return font ? colourOf(colourIn(font, "color"), this.theme) : null;
    });
  }

  private fillOf(style: number): string | null {
    const fill = this.part(style, "fillId", this.fills);
    if (!fill || !/<patternFill(?=[\s/>])/.test(fill)) return null;
    const patternFill = /<patternFill(?=[\s/>])([^>]*)>/.exec(fill)?.[1] ?? "";
    if (attribute(patternFill, "patternType") === "none") return null;
    return colourOf(colourIn(fill, "fgColor"), this.theme);
  }

  private part(style: number, key: string, list: string[]): string | undefined {
    if (style === 0) return undefined;
    const id = attribute(this.formats[style] ?? "", key);
    return id === undefined ? undefined : list[Number(id)];
  }
}

function remembered(known: Map<number, string | null>, style: number, work: () => string | null): string | null {
  let colour = known.get(style);
  if (colour === undefined) known.set(style, (colour = work()));
  return colour;
}

function colourIn(xml: string, tag: string): Colour | undefined {
  const attributes = new RegExp(`<${tag}\\b([^>]*?)/?>`).exec(xml)?.[1];
  if (attributes === undefined) return undefined;
  const rgb = attribute(attributes, "rgb");
  if (rgb) return { argb: rgb };
  const theme = attribute(attributes, "theme");
  if (theme) {
    const tint = attribute(attributes, "tint");
    return tint ? { theme: parseInt(theme, 10), tint: parseFloat(tint) } : { theme: parseInt(theme, 10) };
  }
  const indexed = attribute(attributes, "indexed");
  return indexed ? { indexed: parseInt(indexed, 10) } : undefined;
}
