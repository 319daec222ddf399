import { promises as fs } from "fs";
import { basename } from "path";
import { messages } from "../engine";
import { UnreadableWorkbookError } from "./errors";
import { PACKAGE_LIMITS, megabytes } from "./package/limits";

const ZIP = "504b0304";
// OLE compound files: an old .xls, or an .xlsx saved with a password (Excel encrypts the whole package)
const COMPOUND_FILE = "d0cf11e0";
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/** The file's bytes, once it is known to be a zip package at all. */
export async function readWorkbookFile(path: string): Promise<Buffer> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    // a pipe or a device (/dev/zero) is never read: it may never end; named by its whole path, as a device's own name says little
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new UnreadableWorkbookError(messages.folderNotWorkbook(name));
    if (!stat.isFile()) throw new UnreadableWorkbookError(messages.notAFile(path));
    if (stat.size > PACKAGE_LIMITS.fileBytes) throw new UnreadableWorkbookError(messages.tooLarge(name, `the file is ${megabytes(stat.size)}`, megabytes(PACKAGE_LIMITS.fileBytes)));
    bytes = await fs.readFile(path);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnreadableWorkbookError(messages.noSuchFile(name));
    if (code === "EISDIR") throw new UnreadableWorkbookError(messages.folderNotWorkbook(name));
    if (code === "EACCES" || code === "EPERM") throw new UnreadableWorkbookError(messages.permissionDenied(name));
    throw new UnreadableWorkbookError(messages.cannotOpen(name, (error as Error).message));
  }
  const magic = bytes.subarray(0, 4).toString("hex");
  // Excel's owner file beside a workbook open in it (~$plan.xlsx): a user's tab completion picks it up
  if (name.startsWith("~$")) throw new UnreadableWorkbookError(messages.lockFile(name));
  if (magic === COMPOUND_FILE) {
    // an encrypted package keeps its parts in streams named EncryptionInfo and EncryptedPackage ([MS-OFFCRYPTO] 2.3.4.4); an .xls has a Workbook stream
    throw new UnreadableWorkbookError(bytes.includes(ENCRYPTED_PACKAGE) ? messages.passwordWorkbook(name) : messages.oldWorkbook(name));
  }
  if (magic !== ZIP) {
    throw new UnreadableWorkbookError(messages.notAWorkbook(name));
  }
  return bytes;
}
