import { CellLook } from "../model/editPlan";
import { RatedStatus } from "../model/status";

/**
 * The BRAG palette: Excel's standard Blue, Red, Orange-gold and Green, each
 * with the text colour that keeps contrast at 4.5:1 or more (a test computes it).
 */
export const STATUS_LOOK: Record<RatedStatus, CellLook> = {
  blue: { fill: "0070C0", font: "FFFFFF" },
  red: { fill: "C00000", font: "FFFFFF" },
  amber: { fill: "FFC000", font: "000000" },
  green: { fill: "00B050", font: "000000" },
};

/**
 * Overdue due dates: close to Excel's "light red fill with dark red text",
 * but one shade off it, so a fill the user chose from Excel's presets is never
 * mistaken for ours and cleared.
 */
export const OVERDUE_LOOK: CellLook = { fill: "FFC9CE", font: "9C0006" };

/** What the add-in puts back when it takes its own colour off a cell. */
export const PLAIN_LOOK: CellLook = { fill: null, font: null };

export const HEADING_LOOK: CellLook = { fill: "1F3864", font: "FFFFFF", bold: true };

/** Fills only the add-in writes, so it may take them off again. */
export const OWN_FILLS: ReadonlySet<string> = new Set([...Object.values(STATUS_LOOK).map((look) => look.fill as string), OVERDUE_LOOK.fill as string]);

/** WCAG 2 contrast ratio of two "RRGGBB" colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [0, 2, 4].map((i) => {
      const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
