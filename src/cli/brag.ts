import { Command, CommanderError } from "commander";
import { messages } from "../engine";
import { checkCommand } from "./checkCommand";
import { packageVersion } from "./packageVersion";
import { refreshCommand } from "./refreshCommand";
import { SECTIONS_HELP, reportCommand } from "./reportCommand";
import { SINCE_FILE_HELP } from "./comparison";
import { EXIT_UNUSABLE, processTerminal } from "./runCommand";

// `brag check plan.xlsx | head` closes the pipe early; that is the reader's choice, not an error
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const TABLE_HELP = "the plan is the table whose header row holds this cell, such as \"'Sheet 1'!B25\"";
const COLUMN_HELP = "the column of a role, such as status=I or section=D (none: no such column); repeat for each";
const collect = (value: string, previous: string[]): string[] => [...previous, value];
const STATUS_WORD_HELP = 'count a word as a status, such as "On plan=green" (blue, red, amber, green or not started); repeat for each. Saved in the workbook written with --out or --in-place';

const program = new Command()
  .name("brag")
  .description("Count, check and colour the BRAG statuses of a service improvement plan (.xlsx).")
  .version(packageVersion(), "-V, --version", "print brag's version")
  .exitOverride();

program
  .command("refresh <file>")
  .description("count, flag and colour the plan; write the summary sheet with --out")
  .option("--out <file>", "write the refreshed workbook here (never the input itself)")
  .option("--in-place", "write the refreshed workbook over the input")
  .option("--force", "write even when the written file cannot keep all of the input: macros written to an .xlsx (an .xlsm keeps them), or the charts and pivot tables of the rare workbook only the fallback writer can write (otherwise every part is kept byte for byte)")
  .option("--as-at <date>", "the date to judge overdue against, such as 31/01/2020 (default today)")
  .option("--since <date>", messages.sinceOption)
  .option("--since-file <file>", SINCE_FILE_HELP)
  .option("--json <file>", "also write the report as JSON")
  .option("--table <cell>", TABLE_HELP)
  .option("--column <role=letter>", COLUMN_HELP, collect, [])
  .option("--status-word <word=status>", STATUS_WORD_HELP, collect, [])
  .action(async (file: string, options) => {
    process.exitCode = await refreshCommand(file, options, processTerminal);
  });

program
  .command("check <file>")
  .description("list the findings; exit 1 when any is an error")
  .option("--as-at <date>", "the date to judge overdue against, such as 31/01/2020 (default today)")
  .option("--table <cell>", TABLE_HELP)
  .option("--column <role=letter>", COLUMN_HELP, collect, [])
  .option("--status-word <word=status>", STATUS_WORD_HELP, collect, [])
  .action(async (file: string, options) => {
    process.exitCode = await checkCommand(file, options, processTerminal);
  });

program
  .command("report <file>")
  .description("write the committee report as a Word document, drafted from the plan")
  .option("--docx <file>", "the Word document to write (.docx)")
  .option("--as-at <date>", "the date to report as at, such as 31/01/2020 (default today)")
  .option("--since <date>", messages.sinceOption)
  .option("--since-file <file>", SINCE_FILE_HELP)
  .option("--committee <text>", "the committee, over the one saved in the workbook's settings")
  .option("--dated <text>", "the committee's date, as the header shows it")
  .option("--report-of <text>", "whose report it is (name, role)")
  .option("--author <text>", "the report's author (name, role)")
  .option("--contact <text>", "the author's telephone and email")
  .option("--definitions <text>", "what each status means, in your words (default: the plan's own key, else the BRAG wording)")
  .option("--sections <list>", SECTIONS_HELP)
  .option("--table <cell>", TABLE_HELP)
  .option("--column <role=letter>", COLUMN_HELP, collect, [])
  .option("--status-word <word=status>", STATUS_WORD_HELP, collect, [])
  .action(async (file: string, options) => {
    process.exitCode = await reportCommand(file, options, processTerminal);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  // commander has already printed its own one-line message
  process.exitCode = error instanceof CommanderError && error.exitCode === 0 ? 0 : EXIT_UNUSABLE;
});
