import ExcelJS from "exceljs";
import { buildPlan2019 } from "./test/fixtures/plan2019";
import { readSnapshot } from "./src/xlsx/readSnapshot";
import { applyEdits } from "./src/xlsx/applyEdits";
import { refresh } from "./src/engine";
(async () => {
  const wb = new ExcelJS.Workbook(); await wb.xlsx.load(await buildPlan2019().xlsx.writeBuffer());
  const { report, edits } = refresh(readSnapshot(wb), { asAt: "2020-01-31" });
  console.log(edits.looks.map(l => [l.look, l.cells.length]), edits.flags[0]?.range, edits.names);
  applyEdits(wb, edits);
  await wb.xlsx.writeFile("/tmp/out1.xlsx");
  const wb2 = new ExcelJS.Workbook(); await wb2.xlsx.readFile("/tmp/out1.xlsx");
  const r2 = refresh(readSnapshot(wb2), { asAt: "2020-01-31" });
  console.log(JSON.stringify(r2.report) === JSON.stringify(report), r2.edits.clear, r2.edits.summary?.replaces);
  applyEdits(wb2, r2.edits);
  await wb2.xlsx.writeFile("/tmp/out2.xlsx");
})();
