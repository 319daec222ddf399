import AxeBuilder from "@axe-core/playwright";
import { existsSync } from "fs";
import { Server } from "http";
import { join } from "path";
import { Browser, BrowserContext, Page, chromium } from "playwright-core";
import { serveFolder } from "../../scripts/staticServer";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The pane's preview, built by `npm run build:preview`: never part of the add-in that is deployed. */
export const DIST = join(__dirname, "..", "..", "dist-preview");
/** A suite run in Debian's chromium; skipped, saying so, where there is none, and a failure under CI. */
export function describeInBrowser(name: string, suite: () => void): void {
  const haveChromium = existsSync(CHROMIUM);
  if (!haveChromium && process.env.CI) throw new Error(`CI needs Debian's chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  if (!haveChromium) process.stderr.write(`\nBrowser tests skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium).\n\n`);
  (haveChromium ? describe : describe.skip)(name, suite);
}

/** The real task pane's width in Excel. */
export const PANE_WIDTH = 350;

export interface PaneSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  server: Server;
  url: string;
  /** Every URL the page asked for. */
  requests: string[];
  close(): Promise<void>;
}

const BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Debian's chromium, headless, with its background traffic off: this machine reaches no network. */
export async function openPreview(asAt = "2020-01-31", sample?: "tracker", width = PANE_WIDTH): Promise<PaneSession> {
  if (!existsSync(join(DIST, "preview.html"))) throw new Error("dist-preview/preview.html is missing: run npm run build:preview first");
  const session = await openSession([DIST], width, async (page, url) => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: url });
    await page.goto(`${url}preview.html?asAt=${asAt}${sample ? `&sample=${sample}` : ""}`);
    // the pane renders once the sample's snapshot has arrived: a test starts on the pane, not on an empty page
    await page.getByRole("button", { name: "Refresh" }).waitFor();
  });
  return session;
}

/** Debian's chromium at the pane's width, on the given folders served on loopback, every request and console error noted. */
async function openSession(folders: string[], width: number, open: (page: Page, url: string) => Promise<void>): Promise<PaneSession & { consoleErrors: string[] }> {
  const { server, url } = await serveFolder(folders);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "en-GB", reducedMotion: "reduce" });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  await open(page, url);
  return {
    browser,
    context,
    page,
    server,
    url,
    requests,
    consoleErrors,
    close: async () => {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** What axe-core finds wrong with the pane as it stands, once it has settled. */
export async function axeViolations(session: PaneSession): Promise<string[]> {
  // judge the pane as it settles, not halfway through a button's colour transition
  await session.page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
  const results = await new AxeBuilder({ page: session.page }).analyze();
  return results.violations
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !tabsterDummy(violation.id, node.html)) }))
    .filter((violation) => violation.nodes.length > 0)
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/**
 * Fluent's focus manager (tabster) puts focusable aria-hidden <i data-tabster-dummy> elements at the
 * edges of what it manages, whose only job is to pass focus on. axe's aria-hidden-focus rule flags them;
 * it is a known false positive that Microsoft's own Accessibility Insights suppresses for exactly these
 * elements and this rule (microsoft/accessibility-insights-web#7605, microsoft/tabster#288). Nothing else is.
 */
function tabsterDummy(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy=""[^>]*><\/i>$/.test(html);
}

// Office.js as Microsoft's CDN serves it, from the @microsoft/office-js package: the pages load the real library, offline
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");
const ADDIN = join(__dirname, "..", "..", "dist");

/** An add-in page (taskpane.html, commands.html) as built for production, outside any Office host, with the real Office.js. */
export async function openAddinPage(path: string, options: { unparsableScripts?: boolean } = {}): Promise<PaneSession & { consoleErrors: string[] }> {
  if (!existsSync(join(ADDIN, path))) throw new Error(`dist/${path} is missing: run npm run build first`);
  // the add-in and its preview side by side, as a development server serves them
  return openSession([ADDIN, DIST], PANE_WIDTH, async (page, url) => {
    await page.route(`${OFFICE_CDN}**`, async (route) => {
      const file = join(OFFICE_JS, new URL(route.request().url()).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (existsSync(file)) await route.fulfill({ path: file, contentType: "text/javascript" });
      else await route.fulfill({ status: 404, body: "" });
    });
    // the page's own scripts as a browser too old for their syntax sees them: a SyntaxError before anything runs
    if (options.unparsableScripts) await page.route(/\/[a-z]+\.[0-9a-f]{8}\.js$/, (route) => route.fulfill({ body: "let pane = ;", contentType: "text/javascript" }));
    await page.goto(`${url}${path}`);
  });
}

/** Types the as-at date as a manager in the UK would, day first, and leaves the field so the pane reads it. */
export async function typeAsAt(page: Page, dayFirst: string): Promise<void> {
  const field = page.getByRole("combobox", { name: "As at" });
  await field.fill(dayFirst);
  await field.press("Enter");
  // Enter reads the date; the calendar that opened as the field was clicked closes, as a keyboard user would close it
  // (the open calendar hides the field from the accessibility tree, so the key goes to wherever focus is)
  if (await page.getByRole("grid").count()) {
    await page.keyboard.press("Escape");
    await page.getByRole("grid").waitFor({ state: "detached" });
  }
  await page.getByRole("combobox", { name: "As at" }).waitFor();
}

/** Refreshes, and waits for the plan's name and date above the views, which the pane shows once it has counted. */
export async function refreshPane(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Refresh" }).click();
  await page.getByText(/, as at \d{1,2} [A-Z][a-z]+ \d{4}$/).waitFor();
}
