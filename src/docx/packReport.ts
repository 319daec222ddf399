import { Packer } from "docx";
import { CommitteeReport } from "../engine";
import { reportDocument } from "./reportDocument";

/** The committee report's .docx bytes, for the command line to write. */
export function reportDocxBuffer(report: CommitteeReport): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(report));
}

/** The committee report's .docx as a Blob, for the pane to offer as a download. */
export function reportDocxBlob(report: CommitteeReport): Promise<Blob> {
  return Packer.toBlob(reportDocument(report));
}
