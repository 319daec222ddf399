import { Button, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { ROLES } from "../../engine";
import type { PlanEntry, Role } from "../../engine";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

const ROLE_NAMES: Record<Role, string> = {
  section: "Section",
  ref: "Ref",
  aim: "Aim",
  action: "Action",
  measure: "Measure",
  due: "Due",
  lead: "Lead",
  comments: "Comments",
  status: "Status",
};
const IGNORE = "ignore";
type Choice = Role | typeof IGNORE;
const guessed = (plan: PlanEntry): Record<string, Choice> => Object.fromEntries((plan.columns ?? []).map((c) => [c.column, c.role ?? IGNORE]));
const nameOf = (choice: Choice) => (choice === IGNORE ? "Ignore" : ROLE_NAMES[choice]);

export interface PlanColumnsProps {
  plan: PlanEntry;
  busy: boolean;
  /** The role of each column letter; a role no column has is none. */
  onSave(plan: PlanEntry, roles: Record<string, Role | null>): void;
}

/** Each column of a plan's header with the role it was read as, in a dropdown to correct. */
export function PlanColumns({ plan, busy, onSave }: PlanColumnsProps) {
  const styles = useStyles();
  const headingId = useId();
  const [choices, setChoices] = useState<Record<string, Choice>>(() => guessed(plan));
  useEffect(() => setChoices(guessed(plan)), [plan]);

  const choose = (column: string, choice: Choice) =>
    setChoices((old) => {
      const next = { ...old, [column]: choice };
      // a role belongs to one column: the one just given it
      if (choice !== IGNORE) for (const other of Object.keys(next)) if (other !== column && next[other] === choice) next[other] = IGNORE;
      return next;
    });

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(plan, Object.fromEntries(Object.entries(choices).map(([column, choice]) => [column, choice === IGNORE ? null : choice])));
      }}
    >
      <h2 id={headingId} className={styles.heading}>
        {`Columns of ${plan.sheet}!${plan.range}`}
      </h2>
      {(plan.columns ?? []).map(({ column, label }) => (
        <Field key={column} label={`Column ${column}${label ? `: ${label}` : ""}`}>
          <Dropdown
            value={nameOf(choices[column] ?? IGNORE)}
            selectedOptions={[choices[column] ?? IGNORE]}
            onOptionSelect={(_, data) => choose(column, data.optionValue as Choice)}
          >
            {[...ROLES, IGNORE].map((choice) => (
              <Option key={choice} value={choice}>
                {nameOf(choice as Choice)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ))}
      <Button appearance="primary" type="submit" disabled={busy}>
        Save the columns and refresh
      </Button>
    </form>
  );
}
