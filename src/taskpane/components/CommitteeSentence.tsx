import { Button, Card, Text, Toast, ToastTitle, makeStyles, tokens, useToastController } from "@fluentui/react-components";
import { messages } from "../../engine";
import { copyText } from "../copyText";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  row: { display: "flex", justifyContent: "flex-end" },
  // the drafted paragraph keeps its line breaks and "- " bullets, as it will read when pasted
  text: { whiteSpace: "pre-wrap" },
});

export interface CommitteeSentenceProps {
  sentence: string;
  toasterId: string;
  /** What the text is, in the button's and card's words: "sentence" or "paragraph". */
  what?: "sentence" | "paragraph";
}

/** Text for the committee report, ready to paste, with a Copy button: the counts sentence or the drafted paragraph. */
export function CommitteeSentence({ sentence, toasterId, what = "sentence" }: CommitteeSentenceProps) {
  const styles = useStyles();
  const { dispatchToast } = useToastController(toasterId);
  const id = `committee-${what}`;
  const copy = async () => {
    const done = await copyText(sentence, document.getElementById(id));
    dispatchToast(
      <Toast>
        <ToastTitle>{done === "copied" ? messages.copied(what) : messages.copySelected(what)}</ToastTitle>
      </Toast>,
      { intent: done === "copied" ? "success" : "warning" },
    );
  };
  return (
    <Card className={styles.card} aria-label={`Committee ${what}`}>
      <Text as="p" id={id} className={styles.text}>
        {sentence}
      </Text>
      <div className={styles.row}>
        <Button onClick={copy} aria-describedby={id}>
          {`Copy ${what}`}
        </Button>
      </div>
    </Card>
  );
}
