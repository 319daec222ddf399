import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { Resvg } from "@resvg/resvg-js";

const ASSETS = join(__dirname, "..", "assets");

/**
 * The icons, drawn once as SVG (assets/icons/) and rasterised at every size
 * Office asks for: the add-in's own (brag: 32 and 64 in the manifest, 128 for
 * a store listing) and the ribbon's, whose buttons Office draws at 16, 20,
 * 24, 32, 40, 48, 64 and 80 px as the screen's scaling needs ("Add-in
 * commands: icons", Microsoft's add-in design guidelines).
 */
export const ICONS: Record<string, number[]> = {
  brag: [16, 20, 24, 32, 40, 48, 64, 80, 128],
  refresh: [16, 20, 24, 32, 40, 48, 64, 80],
  panel: [16, 20, 24, 32, 40, 48, 64, 80],
};

export function iconPng(name: string, size: number): Buffer {
  const svg = readFileSync(join(ASSETS, "icons", `${name}.svg`), "utf8");
  return new Resvg(svg, { fitTo: { mode: "width", value: size }, shapeRendering: 2 }).render().asPng();
}

/** The ribbon's icons at 16, 32 and 80 px, true size, side by side on a ribbon's grey: the picture in docs/. */
function ribbonPicture(): Buffer {
  const sizes = [16, 32, 80];
  const gap = 24;
  const rowHeight = 80 + gap;
  const width = gap + sizes.reduce((sum, size) => sum + size + gap, 0);
  const names = Object.keys(ICONS);
  const cells = names.flatMap((name, row) => {
    let x = gap;
    return sizes.map((size) => {
      const y = gap + row * rowHeight + (80 - size);
      const href = `data:image/png;base64,${iconPng(name, size).toString("base64")}`;
      const image = `<image x="${x}" y="${y}" width="${size}" height="${size}" href="${href}"/>`;
      x += size + gap;
      return image;
    });
  });
  const height = gap + names.length * rowHeight;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#F3F3F3"/>${cells.join("")}</svg>`;
  return new Resvg(svg).render().asPng();
}

function makeIcons(): void {
  for (const [name, sizes] of Object.entries(ICONS)) for (const size of sizes) writeFileSync(join(ASSETS, `${name}-${size}.png`), iconPng(name, size));
  if (process.argv.includes("--picture")) {
    mkdirSync(join(__dirname, "..", "docs"), { recursive: true });
    writeFileSync(join(__dirname, "..", "docs", "ribbon-icons.png"), ribbonPicture());
  }
  process.stdout.write(`Icons written to ${ASSETS}\n`);
}

if (require.main === module) makeIcons();
