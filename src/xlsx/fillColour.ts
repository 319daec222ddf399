import type { Color, Fill } from "exceljs";

// Office 2013-2022 theme, for workbooks that carry no theme part of their own
const DEFAULT_THEME = ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

// the legacy 64-colour palette that `indexed` fills refer to
const INDEXED = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
];

/**
 * The theme's colours in the order fills index them: SpreadsheetML swaps the
 * first two pairs (index 0 is lt1/white, 1 is dk1/black).
 */
export function themeColours(themeXml: string | undefined): string[] {
  if (!themeXml) return DEFAULT_THEME;
  const pick = (tag: string): string | undefined => {
    const match = new RegExp(`<a:${tag}>[\\s\\S]*?(?:srgbClr val|lastClr)="([0-9A-Fa-f]{6})"`).exec(themeXml);
    return match?.[1]?.toUpperCase();
  };
  const order = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6"];
  return order.map((tag, index) => pick(tag) ?? (DEFAULT_THEME[index] as string));
}

function applyTint(hex: string, tint: number): string {
  return [0, 2, 4]
    .map((i) => {
      const channel = parseInt(hex.slice(i, i + 2), 16);
      const tinted = tint < 0 ? channel * (1 + tint) : channel + (255 - channel) * tint;
      return Math.round(tinted).toString(16).padStart(2, "0");
    })
    .join("")
    .toUpperCase();
}

/** The solid colour ("RRGGBB") a cell's fill shows, or null for no fill or a gradient. */
export function fillColour(fill: Fill | undefined, theme: string[]): string | null {
  if (!fill || fill.type !== "pattern" || fill.pattern === "none") return null;
  return colourOf(fill.fgColor, theme);
}

/** A colour as SpreadsheetML gives it (ARGB, theme with tint, or legacy index) as "RRGGBB"; null when absent or automatic. */
export function colourOf(given: Partial<Color> | undefined, theme: string[]): string | null {
  const colour = given as { argb?: string; theme?: number; tint?: number; indexed?: number } | undefined;
  if (!colour) return null;
  if (colour.argb) return colour.argb.slice(-6).toUpperCase();
  if (colour.theme !== undefined) {
    const base = theme[colour.theme];
    return base ? applyTint(base, colour.tint ?? 0) : null;
  }
  if (colour.indexed !== undefined) return INDEXED[colour.indexed] ?? null;
  return null;
}
