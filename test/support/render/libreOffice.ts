import { spawnSync } from "child_process";
import { existsSync, mkdirSync } from "fs";
import { basename, join } from "path";

/**
 * Whether LibreOffice and poppler's pdftotext are here to render a document and read its pages. Under CI they
 * must be (the README installs them); elsewhere the test that needs them is skipped with a warning.
 */
export function canRender(what: string): boolean {
  const missing = ["soffice", "pdftotext"].filter((program) => spawnSync(program, ["--version"]).error !== undefined);
  if (missing.length === 0) return true;
  if (process.env.CI) throw new Error(`${missing.join(" and ")} (libreoffice, poppler-utils) are needed to check ${what} under CI`);
  process.stderr.write(`${missing.join(" and ")} not installed: ${what} was not checked\n`);
  return false;
}

/** The document converted to PDF by LibreOffice, in its own profile so runs side by side do not share one; returns the PDF's path. */
export function renderToPdf(document: string, folder: string): string {
  mkdirSync(folder, { recursive: true });
  const run = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${join(folder, "profile")}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, document],
    { encoding: "utf8", timeout: 180_000 },
  );
  const pdf = join(folder, basename(document).replace(/\.[^.]+$/, ".pdf"));
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${document}: ${run.stderr}`);
  return pdf;
}

/** Each page's text, its lines laid out as on the page (pdftotext separates pages with a form feed). */
export function pdfPages(pdf: string): string[] {
  const run = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pdftotext could not read ${pdf}: ${run.stderr}`);
  return run.stdout.split("\f").filter((page, index, pages) => index < pages.length - 1 || page.trim() !== "");
}
