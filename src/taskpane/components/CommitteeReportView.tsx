import { Button, Field, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { REPORT_DETAILS, committeeReport } from "../../engine";
import type { Report, ReportDetails, Settings } from "../../engine";
import { saveFile } from "../saveFile";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
});

const LABELS: Record<(typeof REPORT_DETAILS)[number], { label: string; hint: string }> = {
  committee: { label: "Committee", hint: "Safeguarding Sub Committee – For Information" },
  dated: { label: "Committee date", hint: "19/02/2020" },
  reportOf: { label: "Report of", hint: "Name, Director of …" },
  author: { label: "Report author", hint: "Name, Service Manager …" },
  contact: { label: "Author's contact", hint: "Telephone and email" },
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
  useEffect(() => setDetails(settings.report), [settings]);

  const changed = REPORT_DETAILS.some((key) => (details[key] ?? "") !== (settings.report[key] ?? ""));
  const save = async () => {
    const cleaned = Object.fromEntries(REPORT_DETAILS.filter((key) => details[key]?.trim()).map((key) => [key, (details[key] as string).trim()]));
    return onSave({ ...settings, report: cleaned });
  };
  const download = async () => {
    if (!report) return;
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

  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-label="Committee report">
      <Text>The report's header takes these details; anything left empty is marked in the report for you to complete.</Text>
      {REPORT_DETAILS.map((key) => (
        <Field key={key} label={LABELS[key].label}>
          <Input value={details[key] ?? ""} placeholder={LABELS[key].hint} onChange={(_, data) => setDetails((old) => ({ ...old, [key]: data.value }))} />
        </Field>
      ))}
      <div className={styles.row}>
        <Button disabled={!changed || busy} onClick={() => void save()}>
          Save details
        </Button>
        {savesFiles && (
          <Button appearance="primary" disabled={!report || busy} onClick={() => void download()}>
            Download committee report
          </Button>
        )}
      </div>
      {!report && savesFiles && <Text>Choose Refresh first: the report is drafted from the last refresh.</Text>}
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
