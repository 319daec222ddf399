import type { NearestTable } from "../engine";

/** The file cannot be read as a workbook at all; the message says why in a user's words. */
export class UnreadableWorkbookError extends Error {
  override readonly name = "UnreadableWorkbookError";
}

/** Nothing was written: the workbook cannot be refreshed as it is. The message says why and what to do. */
export class RefreshRefusedError extends Error {
  override readonly name = "RefreshRefusedError";
  /** Whether running again with `force` would write a copy, without what cannot be kept. */
  readonly forceWouldWrite: boolean;
  /** Where no plan was found, the most plan-like table, for the door to say how to point to it. */
  readonly pointTo: NearestTable | undefined;

  constructor(message: string, options: { forceWouldWrite?: boolean; pointTo?: NearestTable } = {}) {
    super(message);
    this.forceWouldWrite = options.forceWouldWrite ?? false;
    this.pointTo = options.pointTo;
  }
}

/**
 * The package is shaped in a way the package reader or writer does not
 * handle; the caller reads or writes it through ExcelJS instead.
 */
export class UnhandledPackageError extends Error {
  override readonly name = "UnhandledPackageError";

  /**
   * "not-a-workbook": a zip with no workbook in it (an .ods renamed, any other
   * zip); "damaged": a workbook missing a part it lists, or with a cell at no
   * address. ExcelJS would read either as an empty workbook, so neither is
   * handed to it: the user is told.
   */
  constructor(
    message: string,
    readonly unreadable?: "not-a-workbook" | "damaged",
  ) {
    super(message);
  }
}

/** An output could not be written; nothing was (see writeFilesTogether). The message names the file the user gave. */
export class OutputNotWrittenError extends Error {
  override readonly name = "OutputNotWrittenError";

  constructor(
    readonly path: string,
    readonly reason: NodeJS.ErrnoException,
  ) {
    super(outputMessage(path, reason.code));
  }
}

function outputMessage(path: string, code: string | undefined): string {
  const why: Record<string, string> = {
    ENOENT: "its folder does not exist",
    ENOTDIR: "its folder does not exist",
    EACCES: "permission denied",
    EPERM: "the file is in use or not allowed; if it is open in Excel, close it there first",
    EBUSY: "the file is open in another program; if it is Excel, close it there first",
    EROFS: "the folder is read-only",
    ENOSPC: "the disk is full",
    EISDIR: "it is a folder",
  };
  return `could not write '${path}': ${why[code ?? ""] ?? code ?? "the system refused"}. Nothing was written.`;
}

/** The package would unpack past what the reader takes (see PACKAGE_LIMITS): refused before it is read. */
export class PackageTooLargeError extends Error {
  override readonly name = "PackageTooLargeError";

  constructor(
    /** What is too large, in the user's words: "its part xl/worksheets/sheet1.xml unpacks to 400 MB". */
    readonly what: string,
    /** The limit in bytes, said in MB; null when what is too large is a count, said in `what`. */
    readonly limit: number | null,
  ) {
    super(what);
  }
}
