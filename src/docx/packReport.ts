import { Packer } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { CommitteeReport } from "../engine";
import { appendixRowsXml } from "./appendixRows";
import { reportDocument } from "./reportDocument";

const DOCUMENT = "word/document.xml";

/**
 * The committee report packed: the docx library writes the document, and the
 * appendix's rows, written as text, go into its last table (the appendix's,
 * which the library wrote with its heading row only), so the memory a report
 * takes grows with the plan's text, not with a tree of objects per cell.
 */
async function packedReport(report: CommitteeReport): Promise<Uint8Array> {
  const parts = unzipSync(await Packer.pack(reportDocument(report), "uint8array"));
  const xml = strFromU8(parts[DOCUMENT] as Uint8Array);
  const end = xml.lastIndexOf("</w:tbl>");
  if (end < 0) throw new Error("the packed report has no appendix table");
  parts[DOCUMENT] = strToU8(xml.slice(0, end) + appendixRowsXml(report.appendix.actions, report.appendix.columns) + xml.slice(end));
  return zipSync(parts, { level: 6 });
}

/** The committee report's .docx bytes, for the command line to write. */
export async function reportDocxBuffer(report: CommitteeReport): Promise<Buffer> {
  const bytes = await packedReport(report);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The committee report's .docx as a Blob, for the pane to offer as a download. */
export async function reportDocxBlob(report: CommitteeReport): Promise<Blob> {
  return new Blob([(await packedReport(report)) as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
}
