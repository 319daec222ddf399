/** What this Excel can do beyond the ExcelApi 1.9 the manifest asks for. */
export interface ExcelCapabilities {
  /** Range.getMergedAreasOrNullObject needs ExcelApi 1.13. */
  readMerges: boolean;
}

/** Asked of Office once, by whichever door runs a refresh inside Excel. */
export function capabilitiesOfThisExcel(): ExcelCapabilities {
  return { readMerges: Office.context.requirements.isSetSupported("ExcelApi", "1.13") };
}
