import { Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { messages } from "../../engine";
import { copyText } from "../copyText";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", justifyContent: "flex-end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // the drafted paragraph keeps its line breaks and "- " bullets, as it will read when pasted
  text: { whiteSpace: "pre-wrap", margin: 0 },
  done: { color: tokens.colorNeutralForeground2, flexGrow: 1 },
});

export interface CommitteeSentenceProps {
  sentence: string;
  /** What the text is, in the button's and card's words: "sentence" or "paragraph". */
  what?: "sentence" | "paragraph";
}

/**
 * Text for the committee report, ready to paste, with a Copy button: the counts sentence or the drafted
 * paragraph. The confirmation stands beside the button, where the eye already is: a toast would cover the list below.
 */
export function CommitteeSentence({ sentence, what = "sentence" }: CommitteeSentenceProps) {
  const styles = useStyles();
  const [said, setSaid] = useState("");
  const id = `committee-${what}`;
  const copy = async () => {
    const done = await copyText(sentence, document.getElementById(id));
    setSaid(done === "copied" ? messages.copied(what) : messages.copySelected(what));
  };
  return (
    <Card className={styles.card} aria-label={`Committee ${what}`}>
      <Text as="p" id={id} className={styles.text}>
        {sentence}
      </Text>
      <div className={styles.row}>
        <Text role="status" size={200} className={styles.done}>
          {said}
        </Text>
        <Button onClick={copy} aria-describedby={id}>
          {`Copy ${what}`}
        </Button>
      </div>
    </Card>
  );
}
