import { OPTIONAL_SECTIONS, OptionalSection, REPORT_DETAILS, ReportDetails, committeeReport, messages } from "../engine";
import { RefreshRefusedError, reportAndDetailsOnFile, writeFilesTogether } from "../xlsx";
import { UsageError, asAtDate, pointedSettings, withStatusWords } from "./commandOptions";
import { checkOutputs, checkReadBeside } from "./outputPaths";
import { comparisonFor } from "./comparison";
import { Terminal, runCommand } from "./runCommand";

export interface ReportCommandOptions {
  docx?: string;
  asAt?: string;
  since?: string;
  sinceFile?: string;
  table?: string;
  column?: string[];
  committee?: string;
  dated?: string;
  reportOf?: string;
  author?: string;
  contact?: string;
  definitions?: string;
  sections?: string;
  statusWord?: string[];
}

// the optional sections as the command line names them
const SECTION_NAMES: Record<string, OptionalSection> = { "key-actions": "keyActions", chart: "chart", "stuck-and-late": "stuckAndLate" };
export const SECTIONS_HELP = `the optional sections to include, comma-separated, of ${Object.keys(SECTION_NAMES).join(", ")} (or none); default: the workbook's saved choice, else key-actions and chart`;

/** --sections: the optional sections named are in, the others out. */
function sectionsOf(option: string | undefined): ReportDetails["include"] | undefined {
  if (option === undefined) return undefined;
  const names = option.split(",").map((name) => name.trim().toLowerCase()).filter((name) => name && name !== "none");
  const unknown = names.find((name) => !SECTION_NAMES[name]);
  if (unknown !== undefined) throw new UsageError(`--sections: '${unknown}' is not a section; name any of ${Object.keys(SECTION_NAMES).join(", ")}, or none.`);
  return Object.fromEntries(OPTIONAL_SECTIONS.map((section) => [section, names.some((name) => SECTION_NAMES[name] === section)]));
}

/**
 * `brag report <file> --docx <report.docx>`: the committee report drafted
 * from the plan, with the details saved in the workbook (or given here);
 * the workbook itself is not changed.
 */
export function reportCommand(file: string, options: ReportCommandOptions, terminal: Terminal): Promise<number> {
  return runCommand(terminal, async () => {
    if (options.docx === undefined) throw new UsageError("give the Word document to write with --docx, such as --docx report.docx.");
    if (!/\.docx$/i.test(options.docx)) throw new UsageError(`--docx must name a .docx file (got '${options.docx}').`);
    const docx = { flag: "--docx", path: options.docx };
    checkOutputs(file, [docx]);
    if (options.sinceFile !== undefined) checkReadBeside(file, { flag: "--since-file", path: options.sinceFile }, [docx]);
    const asAt = asAtDate(options.asAt);
    const settings = withStatusWords(pointedSettings(options.table, options.column), options.statusWord);
    const { since, earlier } = await comparisonFor(options, asAt, settings);
    const { report, details } = await reportAndDetailsOnFile(file, { asAt, since, earlier, settings });
    // a report on nothing is no report: said as the refresh says it, with where the nearest table is
    if (report.plans.length === 0) {
      const nearest = report.nearest;
      throw new RefreshRefusedError(nearest ? `${messages.nothingToReport} ${nearest.message}` : messages.nothingToReport, nearest ? { pointTo: nearest } : {});
    }
    const given: ReportDetails = Object.fromEntries(
      REPORT_DETAILS.filter((key) => options[key] !== undefined).map((key) => [key, options[key]]),
    );
    const include = sectionsOf(options.sections);
    const draft = committeeReport(report, { ...details, ...given, ...(include ? { include } : {}) });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- Word's writer is loaded only for this command, so a refresh never pays for it
    const { reportDocxBuffer } = require("../docx/packReport") as typeof import("../docx/packReport");
    await writeFilesTogether([{ path: options.docx, content: await reportDocxBuffer(draft) }]);
    const gaps = [...draft.header.flat().map((side) => side.value), ...draft.body.flatMap((block) => (block.kind === "paragraph" ? block.parts : []))].filter((part) => part.placeholder).length;
    terminal.out(`${report.sentence}.`);
    terminal.out(`Committee report written to ${options.docx}${gaps > 0 ? ` (${gaps} ${gaps === 1 ? "gap" : "gaps"} marked [To complete: …] for you to fill)` : ""}.`);
    return 0;
  });
}
