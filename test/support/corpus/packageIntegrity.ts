import { SaxesParser } from "saxes";
import { Entry, fromBufferPromise } from "yauzl";

/** A package as its zip holds it: each entry's name and uncompressed content, duplicates included. */
export async function packageEntries(bytes: Buffer): Promise<Array<{ name: string; content: Buffer }>> {
  const zip = await fromBufferPromise(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: false, decodeStrings: true, strictFileNames: false });
  const entries: Array<{ name: string; content: Buffer }> = [];
  try {
    for await (const entry of zip.eachEntry() as AsyncIterable<Entry>) {
      if (entry.fileName.endsWith("/")) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      entries.push({ name: entry.fileName, content: Buffer.concat(chunks) });
    }
  } finally {
    zip.close();
  }
  return entries;
}

const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * What is wrong with a written package as the Open Packaging Conventions
 * (ECMA-376 Part 2) see it, none when it is sound: no duplicate entries,
 * every part with a content type (a Default for its extension or an
 * Override), every internal relationship's target present, and every XML
 * part given here (the ones the writer changed) well-formed. Read with its
 * own zip reader and XML parser, not the writer's.
 */
export async function integrityProblems(bytes: Buffer, changedXml: (name: string) => boolean): Promise<string[]> {
  const problems: string[] = [];
  const entries = await packageEntries(bytes);
  const names = entries.map((entry) => entry.name);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name.toLowerCase())) problems.push(`duplicate entry ${name}`);
    seen.add(name.toLowerCase());
  }
  const text = (name: string) => entries.find((entry) => entry.name.toLowerCase() === name.toLowerCase())?.content.toString("utf8");
  const types = text("[Content_Types].xml");
  if (!types) return [...problems, "no [Content_Types].xml"];
  const defaults = new Set([...types.matchAll(/<(?:\w+:)?Default\b[^>]*?Extension="([^"]+)"/g)].map((match) => (match[1] as string).toLowerCase()));
  const overrides = new Set([...types.matchAll(/<(?:\w+:)?Override\b[^>]*?PartName="([^"]+)"/g)].map((match) => decodeURIComponent(match[1] as string).toLowerCase()));
  for (const name of names) {
    if (name === "[Content_Types].xml") continue;
    const extension = name.includes(".") ? (name.split(".").pop() as string).toLowerCase() : "";
    if (!overrides.has(`/${name.toLowerCase()}`) && !defaults.has(extension)) problems.push(`${name} has no content type`);
  }
  for (const name of names.filter((candidate) => candidate.endsWith(".rels"))) {
    const source = name.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");
    for (const relationship of elementsOf(text(name) ?? "", PACKAGE_REL, "Relationship")) {
      if (relationship.TargetMode === "External") continue;
      const target = resolve(source, relationship.Target ?? "");
      if (!seen.has(target.toLowerCase())) problems.push(`${name} points at ${target}, which the package does not hold`);
    }
  }
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name) || !changedXml(entry.name)) continue;
    const error = wellFormedError(entry.content.toString("utf8"));
    if (error) problems.push(`${entry.name} is not well-formed: ${error}`);
  }
  return problems;
}

function elementsOf(xml: string, namespace: string, local: string): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (tag) => {
    if (tag.uri === namespace && tag.local === local) found.push(Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])));
  });
  try {
    parser.write(xml.replace(/^\uFEFF/, "")).close();
  } catch {
    // a part that is not XML holds no relationships to follow; its well-formedness is checked on its own
  }
  return found;
}

export function wellFormedError(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  try {
    parser.write(xml.replace(/^\uFEFF/, "")).close();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** A relationship's target as a part name, by the Open Packaging Conventions' rules, independently of the writer's own. */
export function resolve(from: string, target: string): string {
  const path = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const step of (target.includes("%") ? decodeURIComponent(target) : target).split("/")) {
    if (step === "..") path.pop();
    else if (step !== "." && step !== "") path.push(step);
  }
  return path.join("/");
}
