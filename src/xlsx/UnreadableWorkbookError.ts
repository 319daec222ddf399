/** The file cannot be read as a workbook at all; the message says why in a user's words. */
export class UnreadableWorkbookError extends Error {
  override readonly name = "UnreadableWorkbookError";
}
