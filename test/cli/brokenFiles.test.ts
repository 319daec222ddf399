import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { checkCommand } from "../../src/cli/checkCommand";
import { refreshCommand } from "../../src/cli/refreshCommand";
import { Terminal } from "../../src/cli/runCommand";
import { fixtureDirectory } from "../support/fixtures/writeFixture";

function capture(): Terminal & { text(): string } {
  const lines: string[] = [];
  return { out: (line) => lines.push(line), err: (line) => lines.push(line), text: () => lines.join("\n") };
}

const dir = () => join(fixtureDirectory(), "corpus");
const hash = (path: string) => (existsSync(path) ? createHash("sha256").update(readFileSync(path)).digest("hex") : "absent");

function plan(edit?: (workbook: ExcelJS.Workbook) => void | Promise<void>) {
  return async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Plan");
    sheet.addRow(["Section", "Ref", "Aim", "Action", "Due", "Lead", "Comments", "Status"]);
    sheet.addRow(["Safe", 1, "Thresholds are clear", "Publish the guide", "Oct-19", "RG", "Published", "Green"]);
    await edit?.(workbook);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
}

async function withPart(contentType: string, part: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await plan()());
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/${part}" ContentType="${contentType}"/></Types>`));
  zip.file(part, "binary");
  return zip.generateAsync({ type: "nodebuffer" });
}

const OLE = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(1024)]);
// an encrypted package: a compound file whose directory names the EncryptedPackage stream ([MS-OFFCRYPTO] 2.3.4.4)
const ENCRYPTED = Buffer.concat([OLE, Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(50), Buffer.from("EncryptedPackage", "utf16le"), Buffer.alloc(512)]);

/** The corpus: each input, and what `brag check` and `brag refresh --out` say and return. The README's table is this one. */
const CORPUS: Array<{ name: string; file: string; bytes: () => Promise<Buffer | null>; check: [number, RegExp]; refresh: [number, RegExp] }> = [
  { name: "not a zip", file: "notes.xlsx", bytes: async () => Buffer.from("just some notes"), check: [2, /'notes\.xlsx' is not an Excel workbook \(\.xlsx\)/], refresh: [2, /is not an Excel workbook/] },
  { name: "a truncated zip", file: "truncated.xlsx", bytes: async () => (await plan()()).subarray(0, 300), check: [2, /'truncated\.xlsx' looks like an \.xlsx but cannot be read/], refresh: [2, /cannot be read/] },
  {
    name: "a sheet part cut off halfway, in a sound zip",
    file: "damaged.xlsx",
    bytes: async () => {
      const zip = await JSZip.loadAsync(await plan()());
      const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      zip.file("xl/worksheets/sheet1.xml", sheet.slice(0, Math.floor(sheet.length / 2)));
      return zip.generateAsync({ type: "nodebuffer" });
    },
    check: [2, /'damaged\.xlsx' looks like an \.xlsx but cannot be read/],
    refresh: [2, /cannot be read/],
  },
  { name: "an old .xls", file: "old.xls", bytes: async () => OLE, check: [2, /^brag: 'old\.xls' is an old-style Excel 97-2003 workbook \(\.xls\)\. Open it in Excel and save it as an Excel Workbook \(\.xlsx\)\.$/], refresh: [2, /old-style Excel 97-2003/] },
  {
    name: "a password-protected .xlsx",
    file: "secret.xlsx",
    bytes: async () => ENCRYPTED,
    check: [2, /^brag: 'secret\.xlsx' is protected with a password to open\. Open it in Excel, remove the password \(File > Info > Protect Workbook > Encrypt with Password\) and save it, then run brag on it\.$/],
    refresh: [2, /protected with a password to open/],
  },
  { name: "Excel's lock file beside an open workbook", file: "~$plan.xlsx", bytes: async () => Buffer.from("0b00526f62", "hex"), check: [2, /^brag: '~\$plan\.xlsx' is the lock file Excel keeps while 'plan\.xlsx' is open, not a workbook; give 'plan\.xlsx' itself\.$/], refresh: [2, /lock file/] },
  { name: "an .xlsm with macros", file: "macros.xlsm", bytes: () => withPart("application/vnd.ms-office.vbaProject", "xl/vbaProject.bin"), check: [0, /No findings/], refresh: [2, /holds macros \(VBA\), which BRAG Tracker's file writer cannot keep, so nothing was written\..* Or run again with --force to write a copy without them\./] },
  { name: "a .csv", file: "plan.csv", bytes: async () => Buffer.from("Section,Ref,Aim\nSafe,1,x\n"), check: [2, /'plan\.csv' is not an Excel workbook/], refresh: [2, /is not an Excel workbook/] },
  { name: "an empty workbook", file: "empty.xlsx", bytes: async () => Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer()), check: [1, /no-plan {2}The workbook has no visible sheets/], refresh: [2, /No plan was found, so BRAG Tracker changed nothing/] },
  {
    name: "a workbook with no plan",
    file: "shopping.xlsx",
    bytes: async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Notes").addRow(["milk", "eggs"]);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    },
    check: [1, /No plan table found on Notes/],
    refresh: [2, /No plan was found, so BRAG Tracker changed nothing/],
  },
  {
    name: "a protected plan sheet",
    file: "protected.xlsx",
    bytes: plan((workbook) => workbook.getWorksheet("Plan")!.protect("secret", { spinCount: 1 })),
    check: [0, /No findings/],
    refresh: [2, /Sheet 'Plan' is protected, so BRAG Tracker changed nothing/],
  },
  {
    name: "a user sheet named like the summary",
    file: "named.xlsx",
    bytes: plan((workbook) => void workbook.addWorksheet("BRAG summary").addRow(["my notes"])),
    check: [0, /findings/],
    refresh: [0, /Refreshed workbook written/],
  },
  { name: "a file that vanished", file: "gone.xlsx", bytes: async () => null, check: [2, /Cannot open 'gone\.xlsx': there is no such file/], refresh: [2, /there is no such file/] },
];

describe("a corpus of broken files: a clear message, the right exit code, nothing written, the input untouched", () => {
  beforeAll(() => mkdirSync(dir(), { recursive: true }));

  it.each(CORPUS)("$name", async ({ file, bytes, check, refresh }) => {
    const input = join(dir(), file);
    const content = await bytes();
    if (content) writeFileSync(input, content);
    const before = hash(input);

    const checked = capture();
    expect([await checkCommand(input, { asAt: "2020-01-31" }, checked), checked.text()]).toEqual([check[0], expect.stringMatching(check[1])]);

    const out = join(dir(), `${file}.out.xlsx`);
    const refreshed = capture();
    expect([await refreshCommand(input, { asAt: "2020-01-31", out }, refreshed), refreshed.text()]).toEqual([refresh[0], expect.stringMatching(refresh[1])]);
    expect(existsSync(out)).toBe(refresh[0] === 0);
    expect(hash(input)).toBe(before);
  });

  it("a place it cannot write to (a folder where the output should go): a clear message, exit 2, the input untouched", async () => {
    const input = join(dir(), "ok.xlsx");
    writeFileSync(input, await plan()());
    const before = hash(input);
    const out = join(dir(), "a-folder.xlsx");
    mkdirSync(out, { recursive: true });
    const terminal = capture();
    expect(await refreshCommand(input, { asAt: "2020-01-31", out }, terminal)).toBe(2);
    expect(terminal.text()).toMatch(/^brag: --out '.*a-folder\.xlsx' is a folder; name a file to write\. Nothing was written\.$/);
    expect(hash(input)).toBe(before);
  });
});
