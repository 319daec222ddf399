import { Button, Field, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DayOfWeek } from "@fluentui/react-calendar-compat";
import { DatePicker } from "@fluentui/react-datepicker-compat";
import { dateToIso, dayFirst, isoToDate, parseDayFirst } from "../../engine";

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

/** The as-at date (shown and typed day first, 31/01/2020, whatever the browser's locale) and the Refresh button. */
export function RefreshBar({ asAt, busy, progress, onAsAtChange, onRefresh }: RefreshBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Field label="As at" hint="Day first, as 31/01/2020. Overdue means due before this date." className={styles.date}>
        <DatePicker
          allowTextInput
          firstDayOfWeek={DayOfWeek.Monday}
          placeholder="dd/mm/yyyy"
          value={asAt ? isoToDate(asAt) : null}
          formatDate={(date) => (date ? dayFirst(dateToIso(date)) : "")}
          parseDateFromString={(text) => {
            const iso = parseDayFirst(text);
            return iso ? isoToDate(iso) : null;
          }}
          onSelectDate={(date) => onAsAtChange(date ? dateToIso(date) : "")}
        />
      </Field>
      <Button appearance="primary" onClick={onRefresh} disabled={busy || asAt === ""}>
        Refresh
      </Button>
      {busy && <Spinner size="tiny" label={progress ?? "Refreshing"} aria-live="polite" />}
    </div>
  );
}
