import {
  Button,
  Field,
  Spinner,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { DayOfWeek } from "@fluentui/react-calendar-compat";
import { DatePicker } from "@fluentui/react-datepicker-compat";
import { dateToIso, dayFirst, isoToDate, parseDayFirst } from "../../engine";

const useStyles = makeStyles({
  // the date and Refresh on one row, as narrow as the pane allows: the views below are what the pane is for
  bar: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  date: { minWidth: "140px", flexGrow: 1, flexBasis: "160px" },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface RefreshBarProps {
  asAt: string;
  busy: boolean;
  progress: string | null;
  onAsAtChange(asAt: string): void;
  onRefresh(): void;
}

/** The as-at date (shown and typed day first, 31/01/2020, whatever the browser's locale) and the Refresh button. */
export function RefreshBar({
  asAt,
  busy,
  progress,
  onAsAtChange,
  onRefresh,
}: RefreshBarProps) {
  const styles = useStyles();
  const hintId = useId("as-at-hint");
  return (
    <div>
      <div className={styles.bar}>
        <Field label="As at" className={styles.date}>
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
            aria-describedby={hintId}
          />
        </Field>
        <Button
          appearance="primary"
          onClick={onRefresh}
          disabled={busy || asAt === ""}
        >
          Refresh
        </Button>
        {busy && (
          <Spinner
            size="tiny"
            label={progress ?? "Refreshing"}
            aria-live="polite"
          />
        )}
      </div>
      {/* under the row, not in the field: the button stays level with the date */}
      <Text id={hintId} size={200} className={styles.hint}>
        Day first (31/01/2020). Overdue: due before this date.
      </Text>
    </div>
  );
}
