import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CellPlace } from "../BragService";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

const CELL = /^\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}$/;

export interface ChoosePlanProps {
  sheets: string[];
  busy: boolean;
  /** The cell the user has selected in the workbook. */
  selectedCell(): Promise<CellPlace>;
  onUse(place: CellPlace): void;
}

/** "Choose the plan": any cell of the plan's header row, selected in the sheet or typed, and "Use this table". */
export function ChoosePlan({ sheets, busy, selectedCell, onUse }: ChoosePlanProps) {
  const styles = useStyles();
  const [sheet, setSheet] = useState(sheets[0] ?? "");
  const [cell, setCell] = useState("");
  useEffect(() => {
    if (!sheets.includes(sheet) && sheets[0]) setSheet(sheets[0]);
  }, [sheets, sheet]);
  const valid = CELL.test(cell.trim());

  const useSelection = async () => {
    const place = await selectedCell();
    if (sheets.includes(place.sheet)) setSheet(place.sheet);
    setCell(place.cell);
  };

  return (
    <form
      className={styles.form}
      aria-labelledby="choose-plan-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onUse({ sheet, cell: cell.trim().replace(/\$/g, "").toUpperCase() });
      }}
    >
      <h2 id="choose-plan-heading" className={styles.heading}>
        Choose the plan
      </h2>
      <Field label="Sheet">
        <Select value={sheet} onChange={(_, data) => setSheet(data.value)}>
          {sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="A cell of the plan's header row"
        hint="Select a cell of the row naming the plan's columns, or type its address, such as B25."
        validationState={cell !== "" && !valid ? "error" : "none"}
        validationMessage={cell !== "" && !valid ? "Type a cell address such as B25." : undefined}
      >
        <Input value={cell} onChange={(_, data) => setCell(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button onClick={useSelection}>Use the selected cell</Button>
        <Button appearance="primary" type="submit" disabled={!valid || busy}>
          Use this table
        </Button>
      </div>
    </form>
  );
}
