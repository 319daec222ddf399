import { readFileSync } from "fs";
import { join } from "path";

const PAGES = [
  "src/taskpane/taskpane.html",
  "src/taskpane/preview.html",
  "src/commands/commands.html",
  "src/commands/notification.html",
  "src/help/help.html",
  "src/help/privacy.html",
  "src/help/terms.html",
];
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

function policyOf(page: string): Map<string, string[]> {
  const html = readFileSync(join(__dirname, "..", page), "utf8");
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error(`${page} has no Content-Security-Policy`);
  return new Map(content.split(";").map((directive) => directive.trim().split(/\s+/)).map(([name, ...sources]) => [name as string, sources]));
}

describe("every page's Content-Security-Policy", () => {
  it.each(PAGES)("%s allows only its own origin, and Office.js from Microsoft's CDN", (page) => {
    const policy = policyOf(page);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    for (const [directive, sources] of policy) {
      for (const source of sources) {
        const allowed = ["'self'", "data:", ...(directive === "style-src" ? ["'unsafe-inline'"] : []), ...(directive === "script-src" ? [OFFICE_CDN] : [])];
        expect([directive, source, allowed.includes(source)]).toEqual([directive, source, true]);
      }
    }
    const connect = policy.get("connect-src");
    if (connect) expect(connect).toEqual(["'self'"]);
  });

  it("the preview, which runs without Office, does not even allow the Office.js CDN", () => {
    expect(policyOf("src/taskpane/preview.html").get("script-src")).toEqual(["'self'"]);
  });
});
