import { RatedStatus } from "../model/status";

/** Hues (degrees) of the BRAG colours as people actually fill them, Office palette shades included. */
const HUES: ReadonlyArray<[RatedStatus, number]> = [
  ["red", 0],
  ["amber", 40],
  ["green", 120],
  ["blue", 210],
];

/**
 * The status a fill colour stands for, or null when the colour is no BRAG
 * colour (white, greys, black, purples). Tolerant: "Light Red Fill" FFC7CE,
 * Excel's standard Orange FFC000 and Light Blue 00B0F0 all count.
 */
export function statusOfColour(rgb: string): RatedStatus | null {
  const hex = rgb.replace(/^#/, "").slice(-6);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  if (chroma < 0.12 || lightness < 0.1 || lightness > 0.95) return null;

  let hue: number;
  if (max === r) hue = (((g - b) / chroma) % 6) * 60;
  else if (max === g) hue = ((b - r) / chroma + 2) * 60;
  else hue = ((r - g) / chroma + 4) * 60;
  if (hue < 0) hue += 360;
  // purples and magentas are nobody's status
  if (hue > 265 && hue < 330) return null;

  let best: RatedStatus = "red";
  let bestDistance = Infinity;
  for (const [status, reference] of HUES) {
    const distance = Math.min(Math.abs(hue - reference), 360 - Math.abs(hue - reference));
    if (distance < bestDistance) {
      best = status;
      bestDistance = distance;
    }
  }
  return best;
}
