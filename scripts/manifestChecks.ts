import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { parseStringPromise } from "xml2js";
import { DEV_ORIGIN, manifestVersion } from "./manifestFor";

/** The origin the dev manifest names; a production build names its own (`--env origin=…`). */
export { DEV_ORIGIN };
const SHORT_STRING = 125;
const LONG_STRING = 250;
const RESID = 32;

type Node = Record<string, unknown>;

/** Every element of the parsed manifest, depth first, with its tag. */
function* elements(node: unknown, tag = "OfficeApp"): Generator<[string, Node]> {
  if (Array.isArray(node)) {
    for (const item of node) yield* elements(item, tag);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  yield [tag, node as Node];
  for (const [child, value] of Object.entries(node)) if (child !== "$" && child !== "_") yield* elements(value, child);
}

const attributes = (node: Node): Record<string, string> => (node.$ as Record<string, string>) ?? {};
const text = (node: Node): string => (typeof node._ === "string" ? node._ : "");

/** A PNG's width and height, from its header. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

export interface ManifestToCheck {
  /** The manifest's path under the project's root: manifest.xml, or dist/manifest.xml a production build wrote. */
  manifest: string;
  /** The one origin every URL must be under. */
  origin: string;
  /** Where its icons and pages are: the project's sources for the dev manifest, the built folder for a production one. */
  built: string | null;
}

const DEV_MANIFEST: ManifestToCheck = { manifest: "manifest.xml", origin: DEV_ORIGIN, built: null };

/**
 * Checks the manifest offline for what the Office validator would refuse and
 * what this project promises: least permission, Excel only, one HTTPS origin
 * and every URL under it, every resource id defined and within length, icons
 * present at their sizes, the ribbon function registered, every page there.
 */
export async function checkManifest(root: string, which: ManifestToCheck = DEV_MANIFEST): Promise<string[]> {
  const problems: string[] = [];
  const ORIGIN = which.origin;
  if (!/^https:\/\/[^/]+$/.test(ORIGIN)) problems.push(`the origin ${ORIGIN} is not an HTTPS origin`);
  const xml = readFileSync(resolve(root, which.manifest), "utf8");
  const manifest = await parseStringPromise(xml);
  const all = [...elements(manifest.OfficeApp)];

  const version = String(manifest.OfficeApp.Version?.[0] ?? "");
  const packageVersion = manifestVersion((JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version);
  if (version !== packageVersion) problems.push(`Version should be ${packageVersion}, from package.json's version, not ${version}: Excel updates a deployed add-in only when it rises`);

  const permission = (manifest.OfficeApp.Permissions ?? [])[0];
  if (permission !== "ReadWriteDocument") problems.push(`Permissions should be ReadWriteDocument (the least that lets a refresh write), not ${permission}`);

  const hosts = (manifest.OfficeApp.Hosts?.[0]?.Host ?? []).map((host: Node) => attributes(host).Name);
  if (JSON.stringify(hosts) !== JSON.stringify(["Workbook"])) problems.push(`Hosts should be Workbook only, not ${hosts.join(", ")}`);
  const sets = all.filter(([tag]) => tag === "Set").map(([, node]) => attributes(node));
  if (!sets.some((set) => set.Name === "ExcelApi" && set.MinVersion)) problems.push("Requirements should name the ExcelApi set and its minimum version");
  const domains: string[] = manifest.OfficeApp.AppDomains?.[0]?.AppDomain ?? [];
  if (domains.some((domain) => domain !== ORIGIN)) problems.push(`AppDomains should name only the add-in's own origin ${ORIGIN}, not ${domains.join(", ")}`);

  const urls = all.flatMap(([tag, node]) => {
    const value = attributes(node).DefaultValue;
    return value && /^(IconUrl|HighResolutionIconUrl|SupportUrl|SourceLocation|bt:Url|bt:Image)$/.test(tag) ? [value] : [];
  });
  for (const url of urls) if (!url.startsWith(`${ORIGIN}/`)) problems.push(`URL ${url} is not on the add-in's own origin ${ORIGIN}`);

  const defined = new Map<string, [string, string]>();
  for (const [tag, node] of all) {
    const { id, DefaultValue } = attributes(node);
    if (id && DefaultValue !== undefined && /^bt:(Image|Url|String)$/.test(tag)) defined.set(id, [tag, DefaultValue]);
  }
  const used = new Set(all.map(([, node]) => attributes(node).resid).filter((resid): resid is string => Boolean(resid)));
  for (const resid of used) {
    if (!defined.has(resid)) problems.push(`resid ${resid} is used but not defined in Resources`);
    if (resid.length > RESID) problems.push(`resid ${resid} is longer than ${RESID} characters`);
  }
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`resource ${id} is defined but never used`);
  for (const [, node] of all.filter(([tag]) => tag === "bt:ShortStrings").flatMap(([, n]) => [...elements(n)].filter(([t]) => t === "bt:String"))) {
    if ((attributes(node).DefaultValue ?? "").length > SHORT_STRING) problems.push(`short string ${attributes(node).id} is over ${SHORT_STRING} characters`);
  }
  for (const [, node] of all.filter(([tag]) => tag === "bt:LongStrings").flatMap(([, n]) => [...elements(n)].filter(([t]) => t === "bt:String"))) {
    if ((attributes(node).DefaultValue ?? "").length > LONG_STRING) problems.push(`long string ${attributes(node).id} is over ${LONG_STRING} characters`);
  }

  for (const url of urls.filter((u) => u.endsWith(".png"))) {
    const file = resolve(root, which.built ?? "", url.slice(ORIGIN.length + 1));
    if (!existsSync(file)) {
      problems.push(`icon ${file} is missing`);
      continue;
    }
    const size = /-(\d+)\.png$/.exec(url)?.[1];
    const [width, height] = pngSize(file);
    if (size && (width !== Number(size) || height !== Number(size))) problems.push(`icon ${file} is ${width}x${height}, not ${size}x${size}`);
  }

  const pages: Record<string, string> = { "taskpane.html": "src/taskpane/taskpane.html", "commands.html": "src/commands/commands.html", "help.html": "src/help/help.html" };
  for (const url of urls.filter((u) => u.endsWith(".html"))) {
    const page = url.slice(ORIGIN.length + 1);
    if (which.built !== null) {
      if (!existsSync(resolve(root, which.built, page))) problems.push(`page ${page} is not in ${which.built}`);
      continue;
    }
    const source = pages[page];
    if (!source || !existsSync(join(root, source))) problems.push(`page ${page} has no source in the project (${source ?? "unknown"})`);
  }

  const commands = readFileSync(join(root, "src/commands/commands.ts"), "utf8");
  for (const [, node] of all.filter(([tag]) => tag === "FunctionName")) {
    const name = typeof node === "string" ? node : text(node);
    if (!commands.includes(`associate("${name}"`)) problems.push(`FunctionName ${name} is not registered with Office.actions.associate`);
  }
  return problems;
}
