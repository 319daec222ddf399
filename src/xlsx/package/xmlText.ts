import { Memo } from "../../engine";
import { UnhandledPackageError } from "../errors";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string) : text;
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

// what XML 1.0 cannot hold at all, even as a character reference
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text for a SpreadsheetML string (a cell's `<t>`, a chart's `<c:v>`,
 * both ST_Xstring): escaped, and what XML cannot hold written as Excel
 * writes it, _xHHHH_ (ECMA-376 Part 1, §22.9.2.19), so a section named
 * "Safe\u0001" keeps its name and the part stays well-formed.
 */
export function spreadsheetText(text: string): string {
  return escapeXml(text).replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Text for DrawingML and attributes, which have no such escape: what XML cannot hold is left out. */
export function drawingText(text: string): string {
  return escapeXml(text.replace(NOT_XML, ""));
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
      default: {
        const code = entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
        // XML 1.0 §2.2 and §4.1: a character reference must name a Char; any other is not well-formed, and Excel will not open the file
        if (!isXmlChar(code)) throw new UnhandledPackageError(`a character reference &${entity}; names no character XML allows`, "damaged");
        return String.fromCodePoint(code);
      }
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
