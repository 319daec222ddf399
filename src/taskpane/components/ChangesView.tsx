import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CHANGE_KINDS, STATUS_NAMES, dueLike, longDate, messages, nothingMoved, sinceHeading } from "../../engine";
import type { ChangedAction, Report, Status } from "../../engine";
import type { CellPlace } from "../BragService";
import { CommitteeSentence } from "./CommitteeSentence";

const useStyles = makeStyles({
  group: { marginBlockEnd: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0` },
  kind: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}` },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  item: { justifyContent: "flex-start", textAlign: "start", height: "auto", paddingBlock: tokens.spacingVerticalXS, width: "100%", fontWeight: tokens.fontWeightRegular },
  gone: { display: "block", paddingBlock: tokens.spacingVerticalXS, paddingInline: tokens.spacingHorizontalM },
  where: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
});

const word = (status: Status | null) => (status === null ? "" : STATUS_NAMES[status].toLowerCase());

/** The status change in words, never by colour alone: "amber → blue". */
function movement(kind: string, change: ChangedAction): string {
  // due dates as the plan shows them ("Oct-19"), the earlier one written the same way
  const now = change.dueShown || (change.dueTo ? dueLike(change.dueTo, "") : "");
  if (kind === "drift" && change.dueFrom) return `due ${dueLike(change.dueFrom, change.dueShown)} → ${now}`;
  if (kind === "newlyOverdue") return `due ${now}`;
  if (change.from === null || change.to === null) return word(change.to ?? change.from);
  return `${word(change.from)} → ${word(change.to)}`;
}

export interface ChangesViewProps {
  report: Report;
  /** The earlier refresh chosen to compare with; null for the automatic choice. */
  since: string | null;
  busy: boolean;
  onGoTo(place: CellPlace): void;
  onCompareWith(since: string | null): void;
}

const AUTOMATIC = "automatic";

/** What moved since the earlier refresh, each action a button to its row, and the drafted committee paragraph to copy. */
export function ChangesView({ report, since, busy, onGoTo, onCompareWith }: ChangesViewProps) {
  const styles = useStyles();
  const changes = report.changes;
  const kinds = changes ? CHANGE_KINDS.filter(([key]) => changes[key].length > 0) : [];
  const earlier = report.history.filter((point) => point.asAt < report.asAt).reverse();
  return (
    <>
      {earlier.length > 0 && (
        <Field label="Compare with" hint="Choosing one refreshes again, so the summary sheet says the same.">
          <Select value={since ?? AUTOMATIC} disabled={busy} onChange={(_, data) => onCompareWith(data.value === AUTOMATIC ? null : data.value)}>
            <option value={AUTOMATIC}>{messages.defaultComparison}</option>
            {earlier.map((point) => (
              <option key={point.asAt} value={point.asAt}>{`The refresh as at ${longDate(point.asAt)}`}</option>
            ))}
          </Select>
        </Field>
      )}
      <section className={styles.group} aria-labelledby="changes-since">
        <h2 id="changes-since" className={styles.heading}>
          {changes ? sinceHeading(changes) : "Since the last report"}
        </h2>
        {!changes && <Text>{messages.noEarlierQuarter}</Text>}
        {changes && kinds.length === 0 && <Text>{nothingMoved(changes)}</Text>}
        {changes &&
          kinds.map(([key, title]) => (
            <section key={key} aria-labelledby={`changes-${key}`}>
              <h3 id={`changes-${key}`} className={styles.kind}>{`${title} (${changes[key].length})`}</h3>
              <ul className={styles.list}>
                {changes[key].map((change, index) => {
                  const label = (
                    <span>
                      <span className={styles.where}>{`${change.section} ${change.ref}`.trim()}:</span> {`${change.action} (${movement(key, change)})`}
                    </span>
                  );
                  return (
                    <li key={`${key}-${index}`}>
                      {change.sheet !== null && change.row !== null ? (
                        <Button appearance="subtle" className={styles.item} onClick={() => onGoTo({ sheet: change.sheet as string, cell: `A${change.row}` })}>
                          {label}
                        </Button>
                      ) : (
                        <Text className={styles.gone}>{label}</Text>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
      </section>
      <CommitteeSentence sentence={report.paragraph} what="paragraph" />
    </>
  );
}
