import { Button, Field, Select, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { messages } from "../../engine";
import type { Finding, Severity } from "../../engine";
import { findingKey } from "../usePane";

const useStyles = makeStyles({
  group: { marginBlockEnd: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0` },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  finding: { justifyContent: "flex-start", textAlign: "start", height: "auto", paddingBlock: tokens.spacingVerticalXS, width: "100%", fontWeight: tokens.fontWeightRegular },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}` },
  where: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS, paddingInlineStart: tokens.spacingHorizontalM },
  alias: { minWidth: "120px" },
});

const GROUPS: Array<[Severity, string]> = [
  ["error", "Errors"],
  ["warning", "Warnings"],
  ["info", "Notes"],
];

export interface FindingsListProps {
  findings: Finding[];
  /** Findings dismissed, whose cells are unchanged since. */
  dismissed: Finding[];
  /** The initials of the people the plan's header names, for a lead's other initials to be said to be one of them. */
  people: string[];
  selected: string | null;
  busy: boolean;
  onSelect(finding: Finding): void;
  onDismiss(finding: Finding): void;
  onRestore(finding: Finding): void;
  onAlias(alias: string, initials: string): void;
}

const whereOf = (finding: Finding) => (finding.cell ? `${finding.sheet}!${finding.cell}` : finding.sheet || "Workbook");

/** "'SaC' is [SC]": another way of writing one of the plan's people's initials, saved so the finding goes. */
function AliasChoice({ alias, people, busy, onAlias }: { alias: string; people: string[]; busy: boolean; onAlias(alias: string, initials: string): void }) {
  const styles = useStyles();
  const [chosen, setChosen] = useState("");
  return (
    <>
      <Field label={`'${alias}' is`} className={styles.alias}>
        <Select value={chosen} onChange={(_, data) => setChosen(data.value)}>
          <option value="">Choose who…</option>
          {people.map((initials) => (
            <option key={initials} value={initials}>
              {initials}
            </option>
          ))}
        </Select>
      </Field>
      <Button size="small" disabledFocusable={!chosen || busy} onClick={() => chosen && onAlias(alias, chosen)} aria-label={`Save: '${alias}' is ${chosen || "…"}`}>
        Save
      </Button>
    </>
  );
}

/**
 * Findings grouped by severity; choosing one selects its cell in the workbook. Each can be dismissed (it stays
 * dismissed until its cell changes), and a lead's initials the header does not name can be said to be one of
 * the plan's people. Dismissed findings are listed last, each to show again.
 */
export function FindingsList({ findings, dismissed, people, selected, busy, onSelect, onDismiss, onRestore, onAlias }: FindingsListProps) {
  const styles = useStyles();
  return (
    <>
      {findings.length === 0 && <Text>{messages.noFindings}</Text>}
      {GROUPS.map(([severity, title]) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={styles.group} aria-labelledby={`findings-${severity}`}>
            <h2 id={`findings-${severity}`} className={styles.heading}>{`${title} (${group.length})`}</h2>
            <ul className={styles.list}>
              {group.map((finding) => {
                const key = findingKey(finding);
                const where = whereOf(finding);
                return (
                  <li key={key} className={styles.item}>
                    <Button
                      appearance="subtle"
                      className={mergeClasses(styles.finding, selected === key && styles.selected)}
                      aria-current={selected === key ? "true" : undefined}
                      onClick={() => onSelect(finding)}
                    >
                      <span>
                        <span className={styles.where}>{`${where}:`}</span>{" "}
                        {finding.message}
                      </span>
                    </Button>
                    {finding.cell && (
                      <div className={styles.actions}>
                        {people.length > 0 &&
                          (finding.initials ?? []).map((alias) => <AliasChoice key={alias} alias={alias} people={people} busy={busy} onAlias={onAlias} />)}
                        <Button size="small" appearance="secondary" disabledFocusable={busy} aria-label={`Dismiss the finding at ${where}`} onClick={() => onDismiss(finding)}>
                          Dismiss
                        </Button>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {dismissed.length > 0 && (
        <section className={styles.group} aria-labelledby="findings-dismissed">
          <h2 id="findings-dismissed" className={styles.heading}>{`Dismissed (${dismissed.length})`}</h2>
          <Text size={200}>Each stays dismissed until its cell changes.</Text>
          <ul className={styles.list}>
            {dismissed.map((finding) => (
              <li key={findingKey(finding)} className={styles.item}>
                <Text>
                  <span className={styles.where}>{`${whereOf(finding)}:`}</span> {finding.message}
                </Text>
                <div className={styles.actions}>
                  <Button size="small" disabledFocusable={busy} aria-label={`Show the finding at ${whereOf(finding)} again`} onClick={() => onRestore(finding)}>
                    Show again
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
