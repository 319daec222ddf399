import { promises as fs } from "fs";
import { basename } from "path";
import { UnreadableWorkbookError } from "./errors";

const ZIP = "504b0304";
// OLE compound files: an old .xls, or an .xlsx saved with a password (Excel encrypts the whole package)
const COMPOUND_FILE = "d0cf11e0";

/** The file's bytes, once it is known to be a zip package at all. */
export async function readWorkbookFile(path: string): Promise<Buffer> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnreadableWorkbookError(`Cannot open '${name}': there is no such file.`);
    if (code === "EISDIR") throw new UnreadableWorkbookError(`Cannot open '${name}': it is a folder, not a workbook.`);
    if (code === "EACCES" || code === "EPERM") throw new UnreadableWorkbookError(`Cannot open '${name}': permission denied.`);
    throw new UnreadableWorkbookError(`Cannot open '${name}': ${(error as Error).message}`);
  }
  const magic = bytes.subarray(0, 4).toString("hex");
  if (magic === COMPOUND_FILE) {
    throw new UnreadableWorkbookError(
      `'${name}' is an old-style .xls workbook or is protected with a password. Open it in Excel, remove any password and save it as .xlsx.`,
    );
  }
  if (magic !== ZIP) {
    throw new UnreadableWorkbookError(`'${name}' is not an Excel workbook (.xlsx). Open it in Excel and save it as .xlsx.`);
  }
  return bytes;
}
