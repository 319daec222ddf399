import { Memo } from "../../engine";
import { UnhandledPackageError } from "../errors";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string) : text;
}

export function unescapeXml(text: string): string {
  // most texts hold no entity at all: a search is much cheaper than a replace
  if (!text.includes("&")) return text;
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, entity: string) => {
    switch (entity) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      case "amp":
        return "&";
      default:
        return String.fromCodePoint(entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    }
  });
}

// made once per attribute name: a large sheet asks for the same few names a million times
const ATTRIBUTES = new Memo<string, RegExp>();
const SETTERS = new Memo<string, RegExp>();

/** An attribute's raw (still escaped) value in an element's attribute text. */
export function attribute(attributes: string, name: string): string | undefined {
  const pattern = ATTRIBUTES.get(name, (key) => new RegExp(`(?:^|\\s)${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`));
  const match = pattern.exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** The attribute text with `name` set to `value` (already escaped), or taken out when `value` is undefined. */
export function withAttribute(attributes: string, name: string, value: string | undefined): string {
  const pattern = SETTERS.get(name, (key) => new RegExp(`\\s${key}\\s*=\\s*(?:"[^"]*"|'[^']*')`));
  const without = attributes.replace(pattern, "");
  return value === undefined ? without : `${without} ${name}="${value}"`;
}

export interface Children {
  attributes: string;
  elements: string[];
  /** Where the container element starts and ends in the text. */
  start: number;
  end: number;
}

/** The children of the first `<container>` element, split into whole `<child>` elements. */
export function childrenOf(xml: string, container: string, child: string): Children | null {
  const open = new RegExp(`<${container}\\b([^>]*?)(/>|>)`).exec(xml);
  if (!open) return null;
  const start = open.index;
  const attributes = open[1] as string;
  if (open[2] === "/>") return { attributes, elements: [], start, end: start + open[0].length };
  const close = xml.indexOf(`</${container}>`, start);
  if (close < 0) throw new UnhandledPackageError(`<${container}> is not closed`);
  const inner = xml.slice(start + open[0].length, close);
  const elements = inner.match(new RegExp(`<${child}\\b[^>]*?/>|<${child}\\b[^>]*?[^/]>[\\s\\S]*?</${child}>|<${child}>[\\s\\S]*?</${child}>`, "g")) ?? [];
  return { attributes, elements, start, end: close + container.length + 3 };
}

/** `<container count="n">children</container>` */
export function container(name: string, attributes: string, elements: string[]): string {
  return `<${name}${withAttribute(attributes, "count", String(elements.length))}>${elements.join("")}</${name}>`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
