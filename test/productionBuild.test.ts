import { existsSync, mkdtempSync, readFileSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import webpack from "webpack";
import { parse } from "acorn";
import { checkManifest } from "../scripts/manifestChecks";
import { DEV_ID, idForOrigin } from "../scripts/manifestFor";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../webpack.config.js");

const ROOT = join(__dirname, "..");
const ORIGIN = "https://plans.example.gov.uk";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

jest.setTimeout(180_000);

function build(env: Record<string, unknown>): Promise<webpack.Stats> {
  return new Promise((done, fail) =>
    webpack(config(env, { mode: "production" }), (error, stats) => (error || !stats || stats.hasErrors() ? fail(error ?? new Error(stats?.toString("errors-only"))) : done(stats))),
  );
}

/** Every URL a page names: in its attributes and in its Content-Security-Policy. */
function urlsOf(html: string): string[] {
  return [...html.matchAll(/https?:\/\/[^\s"'<>;)]+/g)].map((match) => match[0]);
}

describe("npm run build -- --env origin=https://plans.example.gov.uk", () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "brag-production-"));
    await build({ origin: ORIGIN, out });
  });

  it("writes a manifest naming that origin everywhere the dev manifest names localhost, and it passes the offline checks", async () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${ORIGIN}/taskpane.html"/>`);
    expect(manifest).toContain(`<AppDomain>${ORIGIN}</AppDomain>`);
    expect(await checkManifest(ROOT, { manifest: join(out, "manifest.xml"), origin: ORIGIN, built: out })).toEqual([]);
  });

  it("has an Id of its own, the same at every build for that origin and never the development manifest's, its version from package.json and the add-in's name", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    const id = /<Id>([^<]+)<\/Id>/.exec(manifest)?.[1];
    expect(id).toBe(idForOrigin(ORIGIN));
    expect(id).not.toBe(DEV_ID);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idForOrigin("https://brag.other-council.gov.uk")).not.toBe(id);
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
    expect(manifest).toContain(`<DisplayName DefaultValue="BRAG Tracker"/>`);
    expect(readFileSync(join(ROOT, "manifest.xml"), "utf8")).toContain(`<DisplayName DefaultValue="BRAG Tracker (development)"/>`);
  });

  it("has scripts that parse as ES2020, which Safari 14 (Excel for Mac on macOS 10.15, Excel on iPad) runs, dependencies' code included", () => {
    const scripts = readdirSync(out).filter((file) => file.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(3);
    for (const script of scripts) {
      const problem = (() => {
        try {
          parse(readFileSync(join(out, script), "utf8"), { ecmaVersion: 2020, sourceType: "script" });
          return null;
        } catch (error) {
          return (error as Error).message;
        }
      })();
      expect([script, problem]).toEqual([script, null]);
    }
  });

  it("has pages that name only that origin and Office's CDN", () => {
    const pages = readdirSync(out).filter((file) => file.endsWith(".html"));
    expect(pages.sort()).toEqual(["commands.html", "help.html", "notification.html", "privacy.html", "taskpane.html", "terms.html"]);
    for (const page of pages) {
      for (const url of urlsOf(readFileSync(join(out, page), "utf8"))) expect([page, url.startsWith(`${ORIGIN}/`) || url.startsWith(OFFICE_CDN)]).toEqual([page, true]);
    }
  });

  it("ships what production needs: no source maps, no preview, no sample workbook", () => {
    const files = readdirSync(out, { recursive: true }) as string[];
    expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
    expect(files.filter((file) => /preview|sample/.test(file))).toEqual([]);
    for (const icon of ["brag-32.png", "refresh-16.png", "refresh-80.png", "panel-16.png", "panel-80.png"]) expect(existsSync(join(out, "assets", icon))).toBe(true);
  });

  it("refuses an origin that is not HTTPS, or has a path", () => {
    expect(() => config({ origin: "http://plans.example.gov.uk" }, { mode: "production" })).toThrow(/--env origin must be an HTTPS origin/);
    expect(() => config({ origin: "https://plans.example.gov.uk/brag" }, { mode: "production" })).toThrow(/with no path/);
  });
});
