import { basename } from "path";
import ExcelJS from "exceljs";
import { messages } from "../../engine";
import { readWorkbookFile } from "../readWorkbookFile";
import { UnreadableWorkbookError } from "../errors";

/** Loads an .xlsx, turning every way that can fail into one clear sentence. */
export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await readWorkbookFile(path), basename(path));
}

export async function loadWorkbook(bytes: Buffer, name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableWorkbookError(messages.damagedWorkbook(name, (error as Error).message));
  }
  return workbook;
}
