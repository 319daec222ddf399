/**
 * Excel.run for every request the add-in makes. A request that reaches
 * Excel while the user is typing in a cell fails by default
 * (`InvalidOperationInCellEditMode`, office-js #3388, #625); with
 * `delayForCellEdit` it waits until they leave the cell instead
 * (office-js-docs-reference excel.runoptions.yml). A host that ignores the
 * option still fails the request: `isCellEditMode` tells that failure apart,
 * for the caller to try again later.
 */
export function runInExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}

/** Excel refused the request because the user was typing in a cell. */
export function isCellEditMode(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "InvalidOperationInCellEditMode";
}
