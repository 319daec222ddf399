import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { MEANINGS, STATUS_NAMES } from "../../engine";
import type { StatusMeaning, UnknownWord } from "../../engine";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", marginBlockStart: tokens.spacingVerticalXXS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});


export interface UnknownWordsProps {
  words: UnknownWord[];
  busy: boolean;
  onCount(word: string, meaning: StatusMeaning): void;
}

/** The status words no vocabulary knows, once each, each counted as a status in one click. */
export function UnknownWords({ words, busy, onCount }: UnknownWordsProps) {
  const styles = useStyles();
  if (words.length === 0) return null;
  return (
    <section aria-labelledby="unknown-words-heading">
      <h2 id="unknown-words-heading" className={styles.heading}>
        Status words not recognised
      </h2>
      <ul className={styles.list}>
        {words.map(({ word, count }) => (
          <li key={word}>
            {`'${word}' (${count === 1 ? "1 action" : `${count} actions`}): count as`}
            <div className={styles.buttons} role="group" aria-label={`Count '${word}' as`}>
              {MEANINGS.map((meaning) => (
                <Button key={meaning} size="small" disabled={busy} aria-label={`Count '${word}' as ${STATUS_NAMES[meaning]}`} onClick={() => onCount(word, meaning)}>
                  {STATUS_NAMES[meaning]}
                </Button>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
