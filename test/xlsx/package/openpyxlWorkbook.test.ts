import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { refreshFile } from "../../../src/xlsx/refreshFile";
import { PYTHON, haveTool } from "../../support/corpus/runCorpus";

/**
 * A plan saved by openpyxl with lxml, as pandas and an IT colleague's
 * script save one: lxml declares xmlns:r on each <sheet> rather than on the
 * root, so a <sheet r:id> added beside them must declare its own. Made here
 * with Debian's python3-openpyxl and python3-lxml, refreshed, and opened
 * again by openpyxl and by LibreOffice.
 */
const WRITE = `
import sys, openpyxl
from openpyxl.xml import LXML
assert LXML, "openpyxl is not writing through lxml"
workbook = openpyxl.Workbook()
sheet = workbook.active
sheet.title = "Plan"
for row in [["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"],
            ["Safe", 1, "Thresholds are clear", "Publish the guide", "Oct-19", "RG", "Published", "Blue"],
            ["", 2, "Referrals are good", "Meet schools", "Nov-19", "HS", "Stuck on data", "Red"],
            ["", 3, "Data informs practice", "Data at MACE", "Mar-20", "RG", "Booked", "Green"]]:
    sheet.append(row)
workbook.save(sys.argv[1])
`;
const READ = `
import sys, openpyxl
workbook = openpyxl.load_workbook(sys.argv[1])
print(workbook.sheetnames)
print([cell.value for cell in workbook["Plan"][3]])
`;

const ready = haveTool(PYTHON, ["-c", "import openpyxl, lxml"]) && haveTool("soffice", ["--version"]);
const maybe = ready || process.env.CI === "true" ? it : it.skip;

maybe("a workbook openpyxl wrote with lxml is refreshed, and opens again in openpyxl and LibreOffice", async () => {
  expect(ready).toBe(true);
  const folder = mkdtempSync(join(tmpdir(), "brag-openpyxl-"));
  const input = join(folder, "from-openpyxl.xlsx");
  const output = join(folder, "refreshed.xlsx");
  const made = spawnSync(PYTHON, ["-c", WRITE, input], { encoding: "utf8" });
  expect(made.stderr).toBe("");
  expect(await (await JSZip.loadAsync(readFileSync(input))).file("xl/workbook.xml")!.async("string")).toMatch(/<sheet xmlns:r=/);

  const { report, writer } = await refreshFile(input, { asAt: "2020-01-31", out: output });
  expect([report.totals.total, writer]).toEqual([3, "patch"]);

  const read = spawnSync(PYTHON, ["-c", READ, output], { encoding: "utf8" });
  expect(read.status).toBe(0);
  expect(read.stdout).toBe(`['Plan', 'BRAG Tracker history', 'BRAG summary']\n[None, 2, 'Referrals are good', 'Meet schools', 'Nov-19', 'HS', 'Stuck on data', 'Red', 'Overdue']\n`);
  const converted = spawnSync("soffice", [`-env:UserInstallation=file://${join(folder, "profile")}`, "--headless", "--convert-to", "csv", "--outdir", folder, output], { encoding: "utf8", timeout: 180_000 });
  expect(converted.status).toBe(0);
  expect(existsSync(join(folder, "refreshed.csv"))).toBe(true);
}, 240_000);
