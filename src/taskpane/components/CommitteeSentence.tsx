import { Button, Card, Text, Toast, ToastTitle, makeStyles, tokens, useToastController } from "@fluentui/react-components";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  row: { display: "flex", justifyContent: "flex-end" },
});

/** The committee sentence, ready to paste into the report, with a Copy button. */
export function CommitteeSentence({ sentence, toasterId }: { sentence: string; toasterId: string }) {
  const styles = useStyles();
  const { dispatchToast } = useToastController(toasterId);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sentence);
      dispatchToast(
        <Toast>
          <ToastTitle>Copied the sentence to the clipboard</ToastTitle>
        </Toast>,
        { intent: "success" },
      );
    } catch {
      dispatchToast(
        <Toast>
          <ToastTitle>Could not copy: select the sentence and press Ctrl+C</ToastTitle>
        </Toast>,
        { intent: "error" },
      );
    }
  };
  return (
    <Card className={styles.card} aria-label="Committee sentence">
      <Text as="p" id="committee-sentence">
        {sentence}
      </Text>
      <div className={styles.row}>
        <Button onClick={copy} aria-describedby="committee-sentence">
          Copy sentence
        </Button>
      </div>
    </Card>
  );
}
