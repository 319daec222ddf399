import { attribute } from "./xmlText";

/**
 * A part's relationships file (`_rels/….rels`): which other parts it points
 * at. The workbook, its sheets and the summary's drawing each have one.
 */
// an empty element, as Excel writes it, or one with an end tag (`<Relationship …></Relationship>`), as other writers do
const RELATIONSHIP = /<Relationship(?=[\s/>])[^>]*?(?:\/>|>\s*<\/Relationship>)/g;

/** The namespace of the `r:id` attributes that name relationships, and the stem of Office's relationship types ("…/worksheet"). */
export const RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A relationships file with nothing in it yet. */
export const NO_RELATIONSHIPS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

/** Where a part's relationships are kept: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? `_rels/${part}.rels` : `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** The `<Relationship>` elements of a relationships file; none when there is no file. */
export function relationshipsOf(rels: string | null): string[] {
  return rels?.match(RELATIONSHIP) ?? [];
}

/** The relationships file without the relationships of these ids. */
export function withoutRelationships(rels: string, ids: ReadonlySet<string>): string {
  return rels.replace(RELATIONSHIP, (element) => (ids.has(attribute(element, "Id") ?? "") ? "" : element));
}

/** The relationships file with one more relationship at its end. */
export function withRelationship(rels: string, id: string, type: string, target: string): string {
  return rels.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);
}

/**
 * A relationship's target as a part path: relative to the folder of the part
 * it belongs to, or absolute from the package's root, with percent-encoded
 * characters decoded (ECMA-376 Part 2, §9.1.1 and Annex A: a part name is a URI path).
 */
export function resolvedTarget(fromPart: string, target: string): string {
  const path = target.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const step of decoded(target).split("/")) {
    if (step === "..") path.pop();
    else if (step !== "." && step !== "") path.push(step);
  }
  return path.join("/");
}

function decoded(target: string): string {
  try {
    return target.includes("%") ? decodeURIComponent(target) : target;
  } catch {
    return target;
  }
}
