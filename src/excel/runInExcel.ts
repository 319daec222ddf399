/**
 * Excel.run for every request the add-in makes. A request that reaches
 * Excel while the user is typing in a cell fails by default
 * (`InvalidOperationInCellEditMode`, office-js #3388, #625); with
 * `delayForCellEdit` it waits until they leave the cell instead
 * (office-js-docs-reference excel.runoptions.yml). A host that ignores the
 * option still fails the request: `isCellEditMode` tells that failure apart,
 * for the caller to try again later.
 *
 * Each request that changes the workbook is an undo record of its own, so a
 * refresh written in several requests would take as many Ctrl+Z to undo,
 * and could be left half undone; where ExcelApi 1.20 is there,
 * `mergeUndoGroup` makes the whole run one.
 */
export function runInExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>, run: ExcelRun = officeRun): Promise<T> {
  const oneUndo = Office.context.requirements.isSetSupported("ExcelApi", "1.20");
  return run({ delayForCellEdit: true, ...(oneUndo ? { mergeUndoGroup: true } : {}) }, batch);
}

/** Excel.run with its options: this runtime's own, which a test gives as one of several runtimes on a workbook. */
export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const officeRun: ExcelRun = (options, batch) => Excel.run(options, batch);

/** Excel refused the request because the user was typing in a cell. */
export function isCellEditMode(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "InvalidOperationInCellEditMode";
}
