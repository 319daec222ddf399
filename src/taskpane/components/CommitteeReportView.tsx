import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { DEFAULT_SECTIONS, OPTIONAL_SECTIONS, REPORT_DETAILS, committeeReport, messages, statusDefinitions } from "../../engine";
import type { OptionalSection, Report, ReportDetails, Settings } from "../../engine";
import { saveFile } from "../saveFile";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  sections: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

type TextDetail = (typeof REPORT_DETAILS)[number];

// each example is shown as a hint under its box, never as grey text inside it that reads as already filled in
const LABELS: Record<Exclude<TextDetail, "definitions">, { label: string; hint: string }> = {
  committee: { label: "Committee", hint: "For example: Safeguarding Sub Committee – For Information" },
  dated: { label: "Committee date", hint: "For example: 19/02/2020" },
  reportOf: { label: "Report of", hint: "For example: Andrew Carter, Director of Community and Children's Services" },
  author: { label: "Report author", hint: "For example: Rachel Green, Service Manager" },
  contact: { label: "Author's contact", hint: "Telephone and email, as the report ends" },
};

const SECTION_LABELS: Record<OptionalSection, string> = {
  keyActions: "Key actions for the next quarter",
  chart: "Chart of the sections by status",
  stuckAndLate: "Stuck and late (counts overdue actions; the council's own reports do not)",
};

export interface CommitteeReportViewProps {
  report: Report | null;
  settings: Settings;
  /** Whether this Excel can save a download (not on Mac or iPad). */
  savesFiles: boolean;
  onSave(settings: Settings): Promise<boolean>;
}

/** The name the downloaded report takes: what it is and the date it is as at. */
export function reportFileName(report: Report): string {
  return `Committee report as at ${report.asAt}.docx`;
}

/** The details as saved: text trimmed, empty ones left out, sections only where they differ from the default. */
function cleaned(details: ReportDetails): ReportDetails {
  const saved: ReportDetails = Object.fromEntries(REPORT_DETAILS.filter((key) => details[key]?.trim()).map((key) => [key, (details[key] as string).trim()]));
  const include = Object.fromEntries(OPTIONAL_SECTIONS.filter((section) => details.include?.[section] !== undefined && details.include[section] !== DEFAULT_SECTIONS[section]).map((section) => [section, details.include?.[section] as boolean]));
  return Object.keys(include).length > 0 ? { ...saved, include } : saved;
}

/**
 * The committee report: its details, saved in the workbook with the other
 * settings, and the Word document built here from the last refresh, offered
 * as a download where Excel allows one, the command line where it does not.
 */
export function CommitteeReportView({ report, settings, savesFiles, onSave }: CommitteeReportViewProps) {
  const styles = useStyles();
  const [details, setDetails] = useState<ReportDetails>(settings.report);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => setDetails(settings.report), [settings]);

  const changed = JSON.stringify(cleaned(details)) !== JSON.stringify(cleaned(settings.report));
  const include = { ...DEFAULT_SECTIONS, ...details.include };
  const noPlan = report !== null && report.plans.length === 0;
  // what the report says now when the author gives no definitions of their own
  const definitionsHint = report && !noPlan ? `Leave empty to use: ${statusDefinitions(report)}` : "Leave empty to use the plan's own key, or the BRAG wording.";

  const save = async () => {
    const saved = await onSave({ ...settings, report: cleaned(details) });
    setStatus(saved ? "Details saved in the workbook." : "The details could not be saved.");
    // the button stays where it is (focusable while there is nothing more to save), so the keyboard stays here
    saveButton.current?.focus();
    return saved;
  };
  const download = async () => {
    if (!report || noPlan) return;
    setBusy(true);
    setStatus("Building the committee report");
    try {
      if (changed) await save();
      // Word's writer is fetched from the add-in's own origin only when a report is asked for
      const { reportDocxBlob } = await import("../../docx/packReport.js");
      const name = reportFileName(report);
      saveFile(await reportDocxBlob(committeeReport(report, details)), name);
      setStatus(`Committee report saved as "${name}" in your Downloads folder.`);
    } catch (error) {
      setStatus(`The committee report could not be built: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const setSection = (section: OptionalSection, on: boolean) => setDetails((old) => ({ ...old, include: { ...old.include, [section]: on } }));

  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-label="Committee report">
      <Text>The report's header takes these details; anything left empty is marked in the report for you to complete.</Text>
      {(Object.keys(LABELS) as Array<keyof typeof LABELS>).map((key) => (
        <Field key={key} label={LABELS[key].label} hint={LABELS[key].hint}>
          <Input value={details[key] ?? ""} onChange={(_, data) => setDetails((old) => ({ ...old, [key]: data.value }))} />
        </Field>
      ))}
      <Field label="What each status means" hint={definitionsHint}>
        <Textarea value={details.definitions ?? ""} resize="vertical" onChange={(_, data) => setDetails((old) => ({ ...old, definitions: data.value }))} />
      </Field>
      <fieldset className={styles.sections}>
        <legend className={styles.legend}>Sections to include</legend>
        {OPTIONAL_SECTIONS.map((section) => (
          <Checkbox key={section} label={SECTION_LABELS[section]} checked={include[section]} onChange={(_, data) => setSection(section, data.checked === true)} />
        ))}
      </fieldset>
      <div className={styles.row}>
        <Button ref={saveButton} disabledFocusable={!changed || busy} onClick={() => void save()}>
          Save details
        </Button>
        {savesFiles && (
          <Button appearance="primary" disabledFocusable={!report || noPlan || busy} onClick={() => void download()}>
            Download committee report
          </Button>
        )}
      </div>
      {!report && savesFiles && <Text>Choose Refresh first: the report is drafted from the last refresh.</Text>}
      {/* the pane says above that no plan was found, with its Choose the plan button: here, only why there is nothing to download */}
      {noPlan && savesFiles && <Text>{messages.nothingToDraft}</Text>}
      {!savesFiles && (
        <MessageBar intent="info">
          <MessageBarBody>
            Excel on Mac and iPad cannot save a file from an add-in's pane. Save the workbook, then on a computer with BRAG Tracker's command line run{" "}
            <span className={styles.code}>{`brag report plan.xlsx --docx report.docx${report ? ` --as-at ${report.asAt}` : ""}`}</span>: it uses the details saved here.
          </MessageBarBody>
        </MessageBar>
      )}
      {status && (
        <Text role="status" aria-live="polite">
          {status}
        </Text>
      )}
    </form>
  );
}
