import { readFileSync } from "fs";
import { join } from "path";
import { checkManifest } from "../scripts/manifestChecks";
import { ICONS, iconPng } from "../scripts/make-icons";

const ROOT = join(__dirname, "..");

describe("manifest.xml", () => {
  it("passes the offline checks: least permission, Excel only, own origin, resources, icons, pages, ribbon function", async () => {
    expect(await checkManifest(ROOT)).toEqual([]);
  });

  it("gives Refresh and Show panel icons of their own, at every ribbon size, made from the committed SVGs", () => {
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    for (const name of ["refresh", "panel"]) {
      for (const size of [16, 20, 24, 32, 40, 48, 64, 80]) expect(manifest).toContain(`/assets/${name}-${size}.png"`);
      expect(ICONS[name]).toContain(80);
    }
    expect(readFileSync(join(ROOT, "assets", "refresh-16.png")).equals(iconPng("refresh", 16))).toBe(true);
    expect(iconPng("refresh", 16).equals(iconPng("panel", 16))).toBe(false);
    expect(iconPng("refresh", 16).equals(iconPng("brag", 16))).toBe(false);
  });
});
