import { SummaryPlan } from "../../engine";

/** The paperSize codes of SpreadsheetML's pageSetup (ECMA-376 Part 1, 18.3.1.64), as ExcelJS takes them too. */
export const PAPER_SIZE_CODES: Record<SummaryPlan["print"]["paper"], number> = { Letter: 1, A4: 9 };
