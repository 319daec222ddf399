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
