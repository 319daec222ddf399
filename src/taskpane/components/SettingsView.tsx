import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { MEANINGS, STATUS_NAMES, messages, sheetNameProblem } from "../../engine";
import type { Settings, Status, StatusMeaning } from "../../engine";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  add: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  sheets: { display: "flex", flexDirection: "column" },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});


export interface SettingsViewProps {
  settings: Settings;
  sheets: string[];
  onSave(settings: Settings): Promise<boolean>;
}

/** The workbook's settings: the words it uses for each status, the due-soon window, the sheets to read, the summary's name. */
export function SettingsView({ settings, sheets, onSave }: SettingsViewProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(settings);
  const [word, setWord] = useState("");
  const [wordStatus, setWordStatus] = useState<StatusMeaning>("green");
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(settings), [settings]);

  const change = (next: Partial<Settings>) => {
    setSaved(false);
    setDraft((old) => ({ ...old, ...next }));
  };
  const nameProblem = sheetNameProblem(draft.summarySheetName);
  const included = draft.includeSheets ?? sheets;
  const toggleSheet = (sheet: string, on: boolean) => {
    const next = on ? [...included, sheet] : included.filter((s) => s !== sheet);
    change({ includeSheets: sheets.every((s) => next.includes(s)) ? null : sheets.filter((s) => next.includes(s)) });
  };
  const addWord = () => {
    const simple = word.trim().toLowerCase();
    if (!simple) return;
    change({ vocabulary: { ...draft.vocabulary, [simple]: wordStatus } });
    setWord("");
  };
  const removeWord = (entry: string) => {
    const vocabulary = { ...draft.vocabulary };
    delete vocabulary[entry];
    change({ vocabulary });
  };

  return (
    <form
      className={styles.form}
      aria-label="Settings"
      onSubmit={async (event) => {
        event.preventDefault();
        // a name Excel would refuse is not saved: the field says why
        if (nameProblem) return;
        setSaved(await onSave(draft));
      }}
    >
      <Field label="Due soon window (days)" hint="Actions due within this many days of the as-at date are flagged Due soon.">
        <Input type="number" min={0} max={366} value={String(draft.dueSoonDays)} onChange={(_, data) => change({ dueSoonDays: Math.max(0, Math.min(366, Number(data.value) || 0)) })} />
      </Field>
      <Field
        label="Summary sheet name"
        validationState={nameProblem ? "error" : "none"}
        validationMessage={nameProblem ? messages.summaryNameRefused(nameProblem) : undefined}
      >
        <Input value={draft.summarySheetName} onChange={(_, data) => change({ summarySheetName: data.value })} />
      </Field>
      <fieldset className={styles.sheets}>
        <legend className={styles.heading}>Sheets to read</legend>
        {sheets.map((sheet) => (
          <Checkbox key={sheet} label={sheet} checked={included.includes(sheet)} onChange={(_, data) => toggleSheet(sheet, data.checked === true)} />
        ))}
      </fieldset>
      <section aria-labelledby="vocabulary-heading">
        <h2 id="vocabulary-heading" className={styles.heading}>
          Status words
        </h2>
        <Table aria-labelledby="vocabulary-heading" size="extra-small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Word in the plan</TableHeaderCell>
              <TableHeaderCell>Counts as</TableHeaderCell>
              <TableHeaderCell>Remove</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {/* in alphabetical order, so a word is found where a reader looks for it */}
            {Object.entries(draft.vocabulary)
              .sort(([a], [b]) => a.localeCompare(b, "en-GB"))
              .map(([entry, status]) => (
                <TableRow key={entry}>
                  <TableCell>{entry}</TableCell>
                  <TableCell>{STATUS_NAMES[status as Status]}</TableCell>
                  <TableCell>
                    <Button size="small" appearance="subtle" onClick={() => removeWord(entry)} aria-label={`Remove the word ${entry}`}>
                      Remove
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
        <div className={styles.add}>
          <Field label="New word">
            <Input value={word} onChange={(_, data) => setWord(data.value)} />
          </Field>
          <Field label="Counts as">
            <Select value={wordStatus} onChange={(_, data) => setWordStatus(data.value as StatusMeaning)}>
              {MEANINGS.map((status) => (
                <option key={status} value={status}>
                  {STATUS_NAMES[status]}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={addWord} disabled={word.trim() === ""}>
            Add word
          </Button>
        </div>
      </section>
      <Button appearance="primary" type="submit">
        Save settings in the workbook
      </Button>
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>Settings saved in the workbook. They apply from the next refresh.</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
