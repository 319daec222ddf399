import ExcelJS from "exceljs";
import { putRows } from "./putRows";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A project tracker as other teams keep them, on which finding the plan
 * fails: its header names the tasks, owners, dates and workstreams but no
 * status, and its "State" column mixes known words with the team's own
 * ("On plan", "Slipping"). The preview's second sample: the user points to
 * the table, maps the State column and counts the team's words.
 */
export function buildSampleTracker(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Tracker");
  putRows(sheet, 1, [["Website relaunch: project tracker"], ["Updated by the project office each Friday"]]);
  putRows(sheet, 5, [
    [null, "Task Name", "Owner", "Finish", "State", "Workstream"],
    [null, "Agree the brief", "RG", day("2019-09-30"), "Complete", "Discovery"],
    [null, "Interview users", "HS", day("2019-11-29"), "On plan", "Discovery"],
    [null, "Choose a supplier", "AM", day("2019-12-20"), "Stuck", "Build"],
    [null, "Build the new pages", "AM", day("2020-03-31"), "On plan", "Build"],
    [null, "Move the content", "HS", day("2020-01-17"), "Slipping", "Build"],
    [null, "Launch", "RG", day("2020-05-29"), "On plan", "Launch"],
  ]);
  sheet.getColumn(2).width = 24;
  sheet.getColumn(4).numFmt = "dd/mm/yyyy";
  return workbook;
}
