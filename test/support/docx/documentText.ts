import { DOMParser, Element } from "@xmldom/xmldom";
import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A Word document's body as a reader sees it: each paragraph's text, and each table's rows of cell texts, in order. */
export interface DocumentText {
  xml: string;
  /** Every paragraph outside tables, in order. */
  paragraphs: string[];
  /** Every table, each as its rows of cell texts. */
  tables: string[][][];
  /** Whether each table's first row repeats as a header row on every page. */
  headerRepeated: boolean[];
}

function textOf(element: Element): string {
  return Array.from(element.getElementsByTagNameNS(W, "t"))
    .map((t) => t.textContent ?? "")
    .join("");
}

function children(element: Element, local: string): Element[] {
  return Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === W && (node as Element).localName === local);
}

/** Reads `word/document.xml` of a .docx, by namespace, independently of the writer that made it. */
export async function documentText(docx: Buffer): Promise<DocumentText> {
  const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
  const body = new DOMParser().parseFromString(xml, "text/xml").getElementsByTagNameNS(W, "body")[0] as Element;
  const paragraphs: string[] = [];
  const tables: string[][][] = [];
  const headerRepeated: boolean[] = [];
  for (const node of Array.from(body.childNodes)) {
    const element = node as Element;
    if (element.nodeType !== 1) continue;
    if (element.localName === "p") paragraphs.push(textOf(element));
    if (element.localName === "tbl") {
      const rows = children(element, "tr");
      tables.push(rows.map((row) => children(row, "tc").map(textOf)));
      headerRepeated.push(rows[0] !== undefined && rows[0].getElementsByTagNameNS(W, "tblHeader").length > 0);
    }
  }
  return { xml, paragraphs, tables, headerRepeated };
}
