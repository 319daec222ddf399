import { Button, Field, Input, Spinner, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  bar: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  date: { minWidth: "150px", flexGrow: 1 },
});

export interface RefreshBarProps {
  asAt: string;
  busy: boolean;
  progress: string | null;
  onAsAtChange(asAt: string): void;
  onRefresh(): void;
}

/** The as-at date and the Refresh button, with progress while a refresh runs. */
export function RefreshBar({ asAt, busy, progress, onAsAtChange, onRefresh }: RefreshBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Field label="As at" hint="Overdue means due before this date." className={styles.date}>
        <Input type="date" value={asAt} onChange={(_, data) => onAsAtChange(data.value)} />
      </Field>
      <Button appearance="primary" onClick={onRefresh} disabled={busy || asAt === ""}>
        Refresh
      </Button>
      {busy && <Spinner size="tiny" label={progress ?? "Refreshing"} aria-live="polite" />}
    </div>
  );
}
