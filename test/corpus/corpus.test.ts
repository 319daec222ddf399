import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CORPUS, CorpusResult, PYTHON, haveTool, runCorpus } from "../support/corpus/runCorpus";
import { corpusTable, crashed, refusalReasons } from "../support/corpus/corpusTable";

/**
 * Every workbook in ../shared/corpus (Excel's own files from XlsxWriter's
 * tests, and calamine's edge cases of the format), refreshed as found and
 * with a plan put in, checked by readers that share no code with ours.
 * Skipped, saying so, where the corpus is not beside the project; under CI
 * its absence, or that of openpyxl or LibreOffice, is a failure.
 */
const inCi = process.env.CI === "true";
const present = existsSync(CORPUS);
const tools = haveTool(PYTHON, ["-c", "import openpyxl"]) && haveTool("soffice", ["--version"]);

if (!present || !tools) {
  const missing = !present ? `the corpus folder ${CORPUS}` : "python3-openpyxl or libreoffice-calc (apt-get install -y python3-openpyxl libreoffice-calc)";
  if (inCi) {
    it(`has what the corpus test needs: ${missing}`, () => {
      throw new Error(`The corpus test cannot run without ${missing}.`);
    });
  } else {
    it.skip(`the corpus of other software's workbooks (skipped: no ${missing})`, () => {});
    console.warn(`The corpus test is skipped: no ${missing}.`);
  }
} else {
  describe("whatever wrote the workbook", () => {
    let result: CorpusResult;
    const work = mkdtempSync(join(tmpdir(), "brag-corpus-"));

    beforeAll(async () => {
      result = await runCorpus(work, { libreOfficeSample: 50 });
      const table = join(work, "corpus-table.md");
      writeFileSync(table, `${corpusTable(result)}\n`);
      writeFileSync(join(work, "corpus-result.json"), JSON.stringify(result, null, 1));
      console.log(`The corpus table (for docs/testing.md) is in ${table}`);
    }, 40 * 60_000);

    it("reads the whole corpus", () => {
      expect(result.files.length).toBeGreaterThan(1000);
    });

    it("as found: check and refresh exit 0, 1 or 2 with one plain line each, and only a package that is not a readable workbook is refused as one", () => {
      expect(result.asFound.filter((file) => crashed(file.check) || crashed(file.refresh)).map((file) => file.file)).toEqual([]);
      const unreadable = result.asFound.filter((file) => file.check.exit === 2).map((file) => `${file.file}: ${file.check.messages.join(" ")}`);
      // the two files of the corpus that no reader opens: a zip whose relationships part is garbled (a bad CRC), and a password-protected one
      expect(unreadable).toEqual([
        expect.stringMatching(/^calamine\/issue252\.xlsx: .*xl\/_rels\/workbook\.xml\.rels is not well-formed XML.*It may be damaged/),
        expect.stringMatching(/^calamine\/pass_protected\.xlsx: .*protected with a password/),
      ]);
    });

    it("with a plan put in: every refresh writes a workbook, or refuses for a protected sheet, before writing anything", () => {
      expect(result.withPlan.filter((run) => crashed(run.refresh) || (run.again !== null && crashed(run.again))).map((run) => run.file)).toEqual([]);
      for (const reason of refusalReasons(result).keys()) expect(reason).toMatch(/is protected, so BRAG Tracker changed nothing/);
      expect(result.withPlan.filter((run) => run.refresh.exit === 0).length).toBeGreaterThan(2000);
    });

    it("finds and counts every plan put in: twelve actions", () => {
      expect(result.withPlan.filter((run) => run.refresh.exit === 0 && run.refresh.actions !== 12).map((run) => `${run.file} (${run.place}): ${run.refresh.actions}`)).toEqual([]);
    });

    it("changes no user cell's value or formula, as openpyxl reads them (LibreOffice for Strict packages)", () => {
      expect(result.withPlan.filter((run) => run.cellsChanged.length > 0).map((run) => `${run.file} (${run.place}): ${run.cellsChanged.slice(0, 3).join("; ")}`)).toEqual([]);
    });

    it("keeps every part of the input, byte for byte unless it is one the writer edits", () => {
      expect(result.withPlan.filter((run) => run.partsLost.length > 0).map((run) => `${run.file}: lost ${run.partsLost.join(", ")}`)).toEqual([]);
      expect(result.withPlan.filter((run) => run.partsAltered.length > 0).map((run) => `${run.file}: altered ${run.partsAltered.join(", ")}`)).toEqual([]);
    });

    it("writes sound packages: every relationship's target there, every part with a content type, no duplicate entry, every changed XML part well-formed", () => {
      expect(result.withPlan.filter((run) => run.integrity.length > 0).map((run) => `${run.file} (${run.place}): ${run.integrity.join("; ")}`)).toEqual([]);
    });

    it("changes nothing when refreshed again as at the same date", () => {
      expect(result.withPlan.filter((run) => run.refresh.exit === 0 && run.again?.exit !== 0).map((run) => run.file)).toEqual([]);
      expect(result.withPlan.filter((run) => run.secondChanged.length > 0).map((run) => `${run.file} (${run.place}): ${run.secondChanged.join(", ")}`)).toEqual([]);
    });

    it("writes workbooks openpyxl opens, and LibreOffice converts a sample of at least 50", () => {
      expect(result.withPlan.filter((run) => run.openpyxl !== undefined).map((run) => `${run.file}: ${run.openpyxl}`)).toEqual([]);
      expect(result.libreOffice.tried).toBeGreaterThanOrEqual(50);
      expect(result.libreOffice.failed).toEqual([]);
    });
  });
}
