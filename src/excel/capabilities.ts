/** What this Excel can do beyond the ExcelApi 1.9 the manifest asks for. */
export interface ExcelCapabilities {
  /** Range.getMergedAreasOrNullObject needs ExcelApi 1.13. */
  readMerges: boolean;
  /**
   * The workbook is open read-only, or in Excel on the web's View mode
   * (Office.context.document.mode, office.document.yml): every write would
   * be refused with a bare "You cannot perform the requested operation".
   */
  readOnly?: boolean;
}

/** Asked of Office once, by whichever door runs a refresh inside Excel. */
export function capabilitiesOfThisExcel(): ExcelCapabilities {
  // a host that gives no mode is taken to allow writing, as before the mode was asked
  const mode = Office.context.document?.mode;
  return { readMerges: Office.context.requirements.isSetSupported("ExcelApi", "1.13"), readOnly: mode !== undefined && mode === Office.DocumentMode.ReadOnly };
}
