// Parts of ExcelJS used directly, so the package reader reads cells exactly as ExcelJS does

declare module "exceljs/lib/xlsx/defaultnumformats" {
  const formats: Record<number, { f: string } | undefined>;
  export = formats;
}

declare module "exceljs/lib/utils/utils" {
  const utils: { isDateFmt(format: string | undefined): boolean };
  export = utils;
}

declare module "exceljs/lib/utils/shared-formula" {
  export function slideFormula(formula: string, fromCell: string, toCell: string): string;
}
