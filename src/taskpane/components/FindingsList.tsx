import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { messages } from "../../engine";
import type { Finding, Severity } from "../../engine";
import { findingKey } from "../usePane";

const useStyles = makeStyles({
  group: { marginBlockEnd: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0` },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  finding: { justifyContent: "flex-start", textAlign: "start", height: "auto", paddingBlock: tokens.spacingVerticalXS, width: "100%", fontWeight: tokens.fontWeightRegular },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}` },
  where: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
});

const GROUPS: Array<[Severity, string]> = [
  ["error", "Errors"],
  ["warning", "Warnings"],
  ["info", "Notes"],
];

export interface FindingsListProps {
  findings: Finding[];
  selected: string | null;
  onSelect(finding: Finding): void;
}

/** Findings grouped by severity; choosing one selects its cell in the workbook. */
export function FindingsList({ findings, selected, onSelect }: FindingsListProps) {
  const styles = useStyles();
  if (findings.length === 0) return <Text>{messages.noFindings}</Text>;
  return (
    <>
      {GROUPS.map(([severity, title]) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={styles.group} aria-labelledby={`findings-${severity}`}>
            <h2 id={`findings-${severity}`} className={styles.heading}>{`${title} (${group.length})`}</h2>
            <ul className={styles.list}>
              {group.map((finding) => {
                const key = findingKey(finding);
                const where = finding.cell ? `${finding.sheet}!${finding.cell}` : finding.sheet || "Workbook";
                return (
                  <li key={key}>
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
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
