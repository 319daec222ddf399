import ExcelJS from "exceljs";
import JSZip from "jszip";

/**
 * Packages as other writers and Excel itself write them, each a small plan
 * changed in one way the format allows (or Excel opens all the same): what
 * the reader must take as it is, and the one thing it must refuse as Excel
 * would. Built from one plan so every variant has the same answer.
 */
export interface PackageVariant {
  name: string;
  bytes: Buffer;
  /** What a refresh must do: count the plan as the base does, or refuse with a message matching this. */
  expect: { counts: true } | { refused: RegExp };
}

export const VARIANT_TOTALS = { blue: 1, red: 1, amber: 1, green: 2, total: 5 };

/** A plan of five actions on "Plan", with a notes sheet beside it. */
async function basePlan(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(["Section", "Ref", "Aim", "Action", "Due", "Lead", "Status"]);
  ["Green", "Amber", "Red", "Blue", "Green"].forEach((status, i) => sheet.addRow(["Safe", i + 1, `Aim ${i}`, `Action ${i}`, "Jun-20", "RG", status]));
  workbook.addWorksheet("Notes").getCell("A1").value = "Notes for the committee";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function changed(base: Buffer, change: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(base);
  await change(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function edit(zip: JSZip, part: string, rewrite: (xml: string) => string): Promise<void> {
  const xml = await (zip.file(part) as JSZip.JSZipObject).async("string");
  zip.file(part, rewrite(xml));
}

function utf16(xml: string, bom: boolean): Buffer {
  const declared = xml.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>');
  const body = Buffer.from(declared, "utf16le");
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

const SHEET_OF_NOTES = "xl/worksheets/sheet2.xml";

const counts = { counts: true } as const;

/** Each variant: its name, what a refresh must do with it, and how it is made from the base plan. */
export const PACKAGE_VARIANTS: Array<{ name: string; expect: PackageVariant["expect"]; change: (zip: JSZip) => Promise<void> }> = [
  { name: "as ExcelJS writes it", expect: counts, change: async () => undefined },
  {
    name: "a workbook whose structure is locked (Review > Protect Workbook)",
    expect: { refused: /structure is protected/ },
    change: (zip) => edit(zip, "xl/workbook.xml", (xml) => xml.replace(/<sheets>/, '<workbookProtection lockStructure="1"/><sheets>')),
  },
  {
    name: "a locked structure with a password hash",
    expect: { refused: /structure is protected/ },
    change: (zip) =>
      edit(zip, "xl/workbook.xml", (xml) =>
        xml.replace(/<sheets>/, '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="x" workbookSaltValue="y" workbookSpinCount="100000" lockStructure="1"/><sheets>'),
      ),
  },
  {
    name: "whole-column and whole-row merges on a sheet beside the plan",
    expect: counts,
    change: (zip) => edit(zip, SHEET_OF_NOTES, (xml) => xml.replace("</sheetData>", '</sheetData><mergeCells count="3"><mergeCell ref="C:C"/><mergeCell ref="E:G"/><mergeCell ref="9:9"/></mergeCells>')),
  },
  {
    name: "relationships with a namespace prefix, written as elements with an end tag",
    expect: counts,
    change: (zip) =>
      edit(zip, "xl/_rels/workbook.xml.rels", (xml) =>
        xml
          .replace(/<Relationships xmlns="([^"]+)">/, '<ns3:Relationships xmlns:ns3="$1">')
          .replace("</Relationships>", "</ns3:Relationships>")
          .replace(/<Relationship ([^>]*?)\/>/g, "<ns3:Relationship $1></ns3:Relationship>"),
      ),
  },
  {
    name: "every XML part in UTF-16 with a byte-order mark, as Office on Windows Phone wrote",
    expect: counts,
    change: async (zip) => {
      for (const name of Object.keys(zip.files).filter((file) => /\.(xml|rels)$/.test(file))) zip.file(name, utf16(await (zip.file(name) as JSZip.JSZipObject).async("string"), true));
    },
  },
  {
    name: "the sheet parts in UTF-16 without a byte-order mark",
    expect: counts,
    change: async (zip) => {
      for (const name of ["xl/worksheets/sheet1.xml", SHEET_OF_NOTES]) zip.file(name, utf16(await (zip.file(name) as JSZip.JSZipObject).async("string"), false));
    },
  },
  {
    name: "an Excel 5 dialog sheet beside the worksheets",
    expect: counts,
    change: async (zip) => {
      await edit(zip, SHEET_OF_NOTES, () => '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dialogsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></dialogsheet>');
      await edit(zip, "xl/workbook.xml", (xml) => xml.replace(/name="Notes"/, 'name="Dialog1"'));
    },
  },
  {
    name: "a very hidden sheet entry with a blank name and no part, as Excel writes and ignores",
    expect: counts,
    change: (zip) => edit(zip, "xl/workbook.xml", (xml) => xml.replace("</sheets>", '<sheet name=" " sheetId="99" state="veryHidden" r:id=""/></sheets>')),
  },
  {
    name: "a zip that holds no workbook",
    expect: { refused: /is not an Excel workbook \(\.xlsx\)/ },
    change: async (zip) => {
      for (const name of Object.keys(zip.files)) zip.remove(name);
      zip.file("notes.txt", "Minutes of the board");
    },
  },
  {
    name: "an OpenDocument spreadsheet renamed .xlsx",
    expect: { refused: /is not an Excel workbook \(\.xlsx\)/ },
    change: async (zip) => {
      for (const name of Object.keys(zip.files)) zip.remove(name);
      zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
      zip.file("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>');
    },
  },
  {
    name: "a workbook listing a sheet whose part is missing",
    expect: { refused: /lists the sheet 'Plan', but its part \(xl\/worksheets\/sheet1\.xml\) is missing/ },
    change: async (zip) => {
      zip.remove("xl/worksheets/sheet1.xml");
    },
  },
  {
    name: "a cell whose reference is no address (r=\"0\")",
    expect: { refused: /has a cell at '0', which is no cell address/ },
    change: (zip) => edit(zip, "xl/worksheets/sheet1.xml", (xml) => xml.replace('r="A1"', 'r="0"')),
  },
];

let base: Promise<Buffer> | null = null;

/** The variant's package, made from the base plan. */
export async function packageVariant(variant: (typeof PACKAGE_VARIANTS)[number]): Promise<PackageVariant> {
  base ??= basePlan();
  return { name: variant.name, expect: variant.expect, bytes: await changed(await base, variant.change) };
}
