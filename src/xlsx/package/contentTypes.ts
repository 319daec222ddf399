import { attribute, escapeRegExp } from "./xmlText";

export const RELATIONSHIPS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";

/**
 * The package's content types with one for a part the writer adds: every
 * part needs one (ECMA-376 Part 2, §10.1.2.2), given by a Default for its
 * extension or an Override naming it. Excel's packages declare .rels and
 * .xml by Default, but a package need not (older LibreOffice files give
 * every part an Override), so a Default is relied on only where it says
 * the same type.
 */
export function withContentType(types: string, part: string, type: string): string {
  const extension = part.includes(".") ? (part.split(".").pop() as string) : "";
  const given = new RegExp(`<Default\\b[^>]*?\\sExtension="${escapeRegExp(extension)}"[^>]*?/>`, "i").exec(types)?.[0];
  if (given && attribute(given, "ContentType") === type) return types;
  if (new RegExp(`<Override\\b[^>]*?\\sPartName="/${escapeRegExp(part)}"`, "i").test(types)) return types;
  return types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
}
