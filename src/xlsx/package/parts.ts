import { Entry, ZipFile as ZipReader, fromBufferPromise, getFileNameLowLevel, validateFileName } from "yauzl";
import { ZipFile } from "yazl";
import { PackageTooLargeError, UnhandledPackageError } from "../errors";
import { PACKAGE_LIMITS, megabytes } from "./limits";
import { canonicalXml, strictXml } from "./canonicalXml";

/**
 * The parts of an .xlsx package, read when asked for and written back whole.
 * Parts never asked for go out with the same content. Read with yauzl and
 * written with yazl, both on Node's own zlib (JSZip's JavaScript inflate and
 * its modules were a tenth of a small refresh's time).
 */
export class PackageParts {
  private readonly changed = new Map<string, string | Buffer>();
  private readonly removed = new Set<string>();
  // each part inflated once, however many readers and writers ask for it
  private readonly read = new Map<string, Promise<Buffer>>();
  // each part's XML brought into the readers' one form once
  private readonly canonical = new Map<string, string>();
  // part names are compared without case (ECMA-376 Part 2, §9.1.1.1): a relationship to sharedStrings.xml finds xl/SharedStrings.xml
  private readonly byLowerCase: Map<string, string>;
  /** Set for a Strict Open XML package: the XML parts written are given Strict's namespaces again. */
  strict = false;
  // what the parts read so far unpacked to, against PACKAGE_LIMITS.packageBytes
  private unpacked = 0;

  private constructor(
    private readonly zip: ZipReader,
    private readonly entries: Map<string, Entry>,
  ) {
    this.byLowerCase = new Map([...entries.keys()].map((path) => [path.toLowerCase(), path]));
  }

  /** Throws UnhandledPackageError for a zip yauzl will not read, which the caller leaves to ExcelJS (and its clear message when it cannot read it either). */
  static async load(bytes: Buffer | ArrayBuffer): Promise<PackageParts> {
    return unreadable(async () => {
      const zip = await fromBufferPromise(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), {
        lazyEntries: true,
        autoClose: false,
        // a size in the zip's directory that disagrees with the data is a writer's slip Excel and other readers pass over
        validateEntrySizes: false,
        // names are decoded here, so that an entry named in a way a zip writer will not write again (an absolute path) is read, and named when the package is written
        decodeStrings: false,
      });
      const entries = new Map<string, Entry>();
      let declared = 0;
      // directories are implied by the parts' paths; a package need not list them
      for await (const entry of zip.eachEntry()) {
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileName as unknown as Buffer, entry.extraFields, false);
        if (!entry.fileName.endsWith("/")) entries.set(entry.fileName, entry);
        // refused on what the zip's directory says, before anything is unpacked; what it says is checked again as each part unpacks
        tooLarge(entry.fileName, entry.uncompressedSize, (declared += entry.uncompressedSize));
        if (entries.size > PACKAGE_LIMITS.parts) throw new PackageTooLargeError(`it holds more than ${PACKAGE_LIMITS.parts.toLocaleString("en-GB")} parts`, null);
      }
      return new PackageParts(zip, entries);
    });
  }

  /** The part's XML, in the one form the readers here handle (see canonicalXml); null when there is no such part. */
  async text(asked: string): Promise<string | null> {
    const path = this.nameOf(asked);
    if (this.removed.has(path)) return null;
    const changed = this.changed.get(path);
    if (changed !== undefined) return changed.toString();
    let text = this.canonical.get(path);
    if (text === undefined) {
      const content = this.original(path);
      if (!content) return null;
      text = canonicalXml(decodedXml(await content), path);
      this.canonical.set(path, text);
    }
    return text;
  }

  /** Whether the package holds the part, under this name or the same name in other case. */
  has(path: string): boolean {
    const name = this.nameOf(path);
    return !this.removed.has(name) && (this.entries.has(name) || this.changed.has(name));
  }

  /** The part's name as the package spells it. */
  nameOf(path: string): string {
    return this.entries.has(path) || this.changed.has(path) ? path : (this.byLowerCase.get(path.toLowerCase()) ?? path);
  }

  // as it came in the package, inflated
  private original(path: string): Promise<Buffer> | null {
    let read = this.read.get(path);
    if (read === undefined) {
      const entry = this.entries.get(path);
      if (!entry) return null;
      this.read.set(path, (read = this.inflate(entry)));
    }
    return read;
  }

  private inflate(entry: Entry): Promise<Buffer> {
    return unreadable(async () => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of await this.zip.openReadStreamPromise(entry)) {
        size += (chunk as Buffer).length;
        this.unpacked += (chunk as Buffer).length;
        // a zip's directory may understate a part: counted as it unpacks, and stopped at the limit
        tooLarge(entry.fileName, size, this.unpacked);
        chunks.push(chunk as Buffer);
      }
      return Buffer.concat(chunks);
    });
  }

  set(asked: string, content: string | Buffer): void {
    const path = this.nameOf(asked);
    this.removed.delete(path);
    this.changed.set(path, content);
  }

  remove(asked: string): void {
    const path = this.nameOf(asked);
    this.changed.delete(path);
    this.removed.add(path);
  }

  paths(): string[] {
    const paths = new Set(this.entries.keys());
    for (const path of this.changed.keys()) paths.add(path);
    return [...paths].filter((path) => !this.removed.has(path));
  }

  /**
   * The package compressed by Node's own zlib (through yazl) rather than
   * JSZip's JavaScript deflate, at level 3: on a 50,000-action workbook's
   * 75 MB of XML it takes a quarter of the time of the default level 6 for a
   * file 8% larger (measured once with zlib.deflateRawSync at levels 1, 3, 6).
   */
  async toBuffer(): Promise<Buffer> {
    const out = new ZipFile();
    for (const path of this.paths()) {
      const problem = validateFileName(path);
      if (problem) throw new UnhandledPackageError(`the package holds an entry named '${path}', which cannot be written back into a package (${problem})`);
      const changed = this.changed.get(path);
      const content = changed === undefined ? await (this.original(path) as Promise<Buffer>) : Buffer.from(this.strict && typeof changed === "string" ? strictXml(changed) : changed);
      out.addBuffer(content, path, { compressionLevel: 3, mtime: this.entries.get(path)?.getLastModDate() ?? new Date() });
    }
    out.end();
    const chunks: Buffer[] = [];
    for await (const chunk of out.outputStream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
}

/**
 * A part's XML as text. The packaging format allows UTF-16 as well as UTF-8
 * (ECMA-376 Part 2, §8.1.4: XML parts are UTF-8 or UTF-16), and Office on
 * Windows Phone wrote every part as UTF-16LE: told by its byte-order mark,
 * or without one by the zero byte of the first character `<`. Read so, it is
 * declared UTF-8, which is how the writer sends any part it changes.
 */
function decodedXml(bytes: Buffer): string {
  const [first, second] = [bytes[0], bytes[1]];
  const littleEndian = (first === 0xff && second === 0xfe) || (first === 0x3c && second === 0x00);
  const bigEndian = (first === 0xfe && second === 0xff) || (first === 0x00 && second === 0x3c);
  if (!littleEndian && !bigEndian) return bytes.toString("utf8");
  const text = littleEndian ? bytes.toString("utf16le") : Buffer.from(bytes).swap16().toString("utf16le");
  return text.replace(/^\ufeff/, "").replace(/^(<\?xml[^>]*?encoding\s*=\s*["'])UTF-16(["'])/i, "$1UTF-8$2");
}

function tooLarge(part: string, size: number, total: number): void {
  if (size > PACKAGE_LIMITS.partBytes) throw new PackageTooLargeError(`its part ${part} unpacks to ${megabytes(size)} or more`, PACKAGE_LIMITS.partBytes);
  if (total > PACKAGE_LIMITS.packageBytes) throw new PackageTooLargeError(`its parts unpack to ${megabytes(total)} or more`, PACKAGE_LIMITS.packageBytes);
}

async function unreadable<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof PackageTooLargeError) throw error;
    throw new UnhandledPackageError(`the package's zip cannot be read here: ${(error as Error).message}`);
  }
}
