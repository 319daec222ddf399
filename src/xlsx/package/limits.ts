/**
 * What the file door reads, so a hostile or broken file costs seconds and a
 * bounded memory rather than the machine's: a workbook file up to 512 MB,
 * each part unpacking to at most 256 MB, and all of them together to at
 * most 1 GB. A 50,000-action plan is a 6 MB file whose parts unpack to
 * 75 MB; Excel itself does not open much beyond these. docs/spec.md says
 * the same.
 */
export const PACKAGE_LIMITS = {
  fileBytes: 512 * 1024 * 1024,
  partBytes: 256 * 1024 * 1024,
  packageBytes: 1024 * 1024 * 1024,
  /**
   * A workbook of 1,000 sheets is some 3,000 parts. Past 10,000 a package is
   * no workbook anyone keeps, and yazl's writer looks for its next entry from
   * the first each time, so its time grows with the square of the count
   * (19,000 parts took 11.7 s to write).
   */
  parts: 10_000,
  /** Excel caps a sheet's name at 31 characters and other writers write longer ones, which Excel shortens; none is thousands long. */
  sheetNameLength: 255,
};

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString("en-GB")} MB`;
}
