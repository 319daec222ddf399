import { Divider, Text, makeStyles, tokens } from "@fluentui/react-components";
import { unknownStatusWords } from "../../engine";
import type { PlanEntry, Report, Role, StatusMeaning } from "../../engine";
import type { CellPlace } from "../BragService";
import { ChoosePlan } from "./ChoosePlan";
import { PlanColumns } from "./PlanColumns";
import { UnknownWords } from "./UnknownWords";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

export interface PlanViewProps {
  report: Report | null;
  sheets: string[];
  busy: boolean;
  selectedCell(): Promise<CellPlace>;
  onPointTo(place: CellPlace): void;
  onSaveColumns(plan: PlanEntry, roles: Record<string, Role | null>): void;
  onCountWord(word: string, meaning: StatusMeaning): void;
}

/** Which table is the plan and what each column holds, as read, for the user to point and correct; and the words to count. */
export function PlanView({ report, sheets, busy, selectedCell, onPointTo, onSaveColumns, onCountWord }: PlanViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.view}>
      {/* why nothing was found and where the nearest header is (a row chosen that is no header is said first): then where to point */}
      {report && report.plans.length === 0 && <Text>{`${report.findings.find((finding) => finding.rule === "no-plan")?.message ?? "No plan was found."} Point to its header row below.`}</Text>}
      {report?.findings
        .filter((finding) => finding.rule === "pointed-not-header")
        .map((finding) => (
          <Text key={`${finding.sheet}!${finding.cell}`}>{finding.message}</Text>
        ))}
      {report?.plans.map((plan) => <PlanColumns key={`${plan.sheet}!${plan.range}`} plan={plan} busy={busy} onSave={onSaveColumns} />)}
      {report && <UnknownWords words={unknownStatusWords(report.actions)} busy={busy} onCount={onCountWord} />}
      <Divider />
      <ChoosePlan sheets={sheets} busy={busy} selectedCell={selectedCell} onUse={onPointTo} />
    </div>
  );
}
