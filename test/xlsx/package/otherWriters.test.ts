import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { WorkbookSnapshot } from "../../../src/engine";
import { PackageParts } from "../../../src/xlsx/package/parts";
import { readPackageSnapshot } from "../../../src/xlsx/package/read/readPackageSnapshot";
import { refreshFile } from "../../../src/xlsx/refreshFile";
import { reportOnFile } from "../../../src/xlsx/reportOnFile";
import { integrityProblems, packageEntries } from "../../support/corpus/packageIntegrity";
import { fixtureDirectory } from "../../support/fixtures/writeFixture";
import { smallPlan } from "../../support/fixtures/otherPlans";

/**
 * The same small plan as other writers package it: each case rewrites the
 * package ExcelJS wrote the way one of them writes it (the same document to
 * any XML reader), and the refresh must read it, report it and write it as
 * it does the plain package, keeping every cell and part, in a sound package.
 */
const AS_AT = "2020-01-31";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

async function plainPlan(): Promise<Buffer> {
  const workbook = smallPlan((sheet) => {
    sheet.getCell("G3").value = "=not a formula";
    sheet.getCell("I2").value = { formula: "B2*2", result: 2 };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type Rewrite = (zip: JSZip) => Promise<void>;

async function rewritten(rewrite: Rewrite): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await plainPlan());
  await rewrite(zip);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function edit(zip: JSZip, pattern: RegExp, change: (xml: string, path: string) => string): Promise<void> {
  for (const path of Object.keys(zip.files).filter((name) => pattern.test(name))) zip.file(path, change(await zip.file(path)!.async("string"), path));
}

/** A default-namespaced part written with a prefix for that namespace, as the Open XML SDK (x:) or ElementTree (ns0:) write it. */
function prefixed(xml: string, prefix: string): string {
  const declared = xml.replace(/ xmlns="([^"]+)"/, ` xmlns:${prefix}="$1"`);
  return declared.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (_, slash: string, name: string) => `<${slash}${prefix}:${name}`);
}

const STRICT: Array<[string, string]> = [
  [MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main"],
  [REL, "http://purl.oclc.org/ooxml/officeDocument/relationships"],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
];

const CASES: Array<[string, Rewrite]> = [
  ["SpreadsheetML with the x: prefix, as the Open XML SDK and ClosedXML write it", (zip) => edit(zip, /^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/, (xml) => prefixed(xml, "x"))],
  ["package XML with ElementTree's ns0: prefix", (zip) => edit(zip, /(\.rels|\[Content_Types\]\.xml)$/, (xml) => prefixed(xml, "ns0"))],
  [
    "a relationships prefix other than r:, declared on each <sheet>",
    (zip) => edit(zip, /^xl\/workbook\.xml$/, (xml) => xml.replace(` xmlns:r="${REL}"`, "").replace(/<sheet ([^>]*?)r:id=/g, `<sheet xmlns:ns="${REL}" $1ns:id=`)),
  ],
  [
    "xmlns:r declared on each <sheet>, as openpyxl with lxml writes it",
    (zip) => edit(zip, /^xl\/workbook\.xml$/, (xml) => xml.replace(` xmlns:r="${REL}"`, "").replace(/<sheet /g, `<sheet xmlns:r="${REL}" `)),
  ],
  [
    "rows and cells without their r, as some writers leave them out",
    (zip) => edit(zip, /^xl\/worksheets\/sheet1\.xml$/, (xml) => xml.replace(/<row r="\d+"/g, "<row").replace(/<c r="[A-Z]+\d+"/g, "<c")),
  ],
  ["inline strings in CDATA sections", (zip) => edit(zip, /^xl\/sharedStrings\.xml$/, (xml) => xml.replace(/<t>([^<]*)<\/t>/g, "<t><![CDATA[$1]]></t>"))],
  ["a byte-order mark and XML comments", (zip) => edit(zip, /\.xml$/, (xml) => `\uFEFF${xml.replace(/(<\?xml[^>]*\?>)/, "$1<!-- written by a report server -->")}`)],
  [
    "Strict Open XML's namespaces",
    async (zip) => {
      await edit(zip, /\.(xml|rels)$/, (xml) => STRICT.reduce((text, [transitional, strict]) => text.split(`"${transitional}`).join(`"${strict}`), xml));
      await edit(zip, /^xl\/workbook\.xml$/, (xml) => xml.replace("<workbook ", '<workbook conformance="strict" '));
    },
  ],
  [
    "no Default content type for .rels, each declared by an Override as older LibreOffice writes it",
    async (zip) => {
      const rels = Object.keys(zip.files).filter((name) => name.endsWith(".rels"));
      await edit(zip, /^\[Content_Types\]\.xml$/, (xml) =>
        xml.replace(/<Default Extension="rels"[^>]*\/>/, "").replace("</Types>", `${rels.map((name) => `<Override PartName="/${name}" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`).join("")}</Types>`),
      );
    },
  ],
  [
    "the workbook's parts outside xl/, named by absolute relationship targets",
    async (zip) => {
      for (const name of Object.keys(zip.files).filter((path) => path.startsWith("xl/") && !zip.files[path]!.dir)) {
        zip.file(name.slice(3), await zip.file(name)!.async("nodebuffer"));
        zip.remove(name);
      }
      await edit(zip, /\.rels$/, (xml, path) => xml.replace(/Target="(?!https?:)([^"]+)"/g, (_, target: string) => `Target="/${path === "_rels/.rels" ? target.replace(/^xl\//, "") : target}"`));
      await edit(zip, /^\[Content_Types\]\.xml$/, (xml) => xml.replace(/PartName="\/xl\//g, 'PartName="/'));
    },
  ],
  [
    "part names in other case than their relationships give them",
    async (zip) => {
      const strings = await zip.file("xl/sharedStrings.xml")!.async("nodebuffer");
      zip.remove("xl/sharedStrings.xml");
      zip.file("xl/SharedStrings.xml", strings);
      await edit(zip, /^\[Content_Types\]\.xml$/, (xml) => xml.replace("/xl/sharedStrings.xml", "/xl/SharedStrings.xml"));
    },
  ],
];

function cells(snapshot: WorkbookSnapshot): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  for (const sheet of snapshot.sheets) sheet.rows.forEach((row, r) => row?.forEach((cell, c) => cell && (found[`${sheet.name}!${r},${c}`] = cell)));
  return found;
}

describe("a plan packaged as other writers package it is refreshed as Excel's own would be", () => {
  let plain: { report: unknown; cells: Record<string, unknown> };

  beforeAll(async () => {
    const input = join(fixtureDirectory(), "other-writers-plain.xlsx");
    writeFileSync(input, await plainPlan());
    const output = join(fixtureDirectory(), "other-writers-plain-out.xlsx");
    const { report } = await refreshFile(input, { asAt: AS_AT, out: output });
    plain = { report, cells: cells(await readPackageSnapshot(await PackageParts.load(readFileSync(output)))) };
  });

  it.each(CASES)("%s", async (name, rewrite) => {
    const bytes = await rewritten(rewrite);
    const input = join(fixtureDirectory(), `other-writers-${name.replace(/\W+/g, "-").slice(0, 40)}.xlsx`);
    writeFileSync(input, bytes);
    expect(await reportOnFile(input, { asAt: AS_AT })).toEqual(plain.report);

    const output = input.replace(/\.xlsx$/, "-out.xlsx");
    const { report, writer } = await refreshFile(input, { asAt: AS_AT, out: output });
    expect([report, writer]).toEqual([plain.report, "patch"]);
    const written = readFileSync(output);
    expect(cells(await readPackageSnapshot(await PackageParts.load(written)))).toEqual(plain.cells);
    // sound as a package, and every part the writer does not edit as it came
    const changed = new Set(["[Content_Types].xml", "workbook.xml", "_rels/workbook.xml.rels", "styles.xml", "worksheets/sheet1.xml"].flatMap((part) => [part, `xl/${part}`]));
    const before = await packageEntries(bytes);
    const after = new Map((await packageEntries(written)).map((entry) => [entry.name, entry.content]));
    expect(await integrityProblems(written, (part) => !before.some((entry) => entry.name === part && entry.content.equals(after.get(part) as Buffer)))).toEqual([]);
    expect(before.filter((entry) => !changed.has(entry.name) && !after.get(entry.name)?.equals(entry.content)).map((entry) => entry.name)).toEqual([]);
  });
});
