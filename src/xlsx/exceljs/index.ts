/**
 * The file door's ExcelJS path in one module, loaded only when a workbook
 * needs it (a package the package reader or writer declines): loading ExcelJS
 * costs a quarter of a second before any work starts.
 */
export { loadWorkbook } from "./openWorkbook";
export { readSnapshot } from "./readSnapshot";
export { applyExcelJsEdits } from "./applyExcelJsEdits";
export { structureLocked } from "./structureLocked";
// read with JSZip, as ExcelJS reads: whatever ExcelJS can load, this can look through
export { MACROS, findUnkeepableParts } from "./findUnkeepableParts";

