import { existsSync, mkdtempSync, readFileSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import webpack from "webpack";
import { checkManifest } from "../scripts/manifestChecks";

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
