import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { isRated } from "../../engine";
import type { Counts, Report, Status } from "../../engine";
import { StatusBadge } from "./statusBadge";

const useStyles = makeStyles({
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, paddingBlock: tokens.spacingVerticalXS },
  name: { display: "flex", flexDirection: "column", paddingBlock: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  late: { color: tokens.colorNeutralForeground2 },
  total: { fontWeight: tokens.fontWeightSemibold },
  nameColumn: { width: "45%" },
});

const STATUSES: Status[] = ["blue", "red", "amber", "green", "notStarted", "unrated"];

function Badges({ counts }: { counts: Counts }) {
  const styles = useStyles();
  return (
    <div className={styles.badges}>
      {STATUSES.filter((status) => isRated(status) || counts[status] > 0).map((status) => (
        <StatusBadge key={status} status={status} count={counts[status]} />
      ))}
    </div>
  );
}

function Name({ name, counts }: { name: string; counts: Counts }) {
  const styles = useStyles();
  return (
    <div className={styles.name}>
      <span>{name}</span>
      <Text size={200} className={styles.late}>{`${counts.overdue} overdue · ${counts.dueSoon} due soon`}</Text>
    </div>
  );
}

/** Counts per section as BRAG badges, with overdue and due-soon counts, narrow enough for the pane. */
export function SectionCounts({ report }: { report: Report }) {
  const styles = useStyles();
  return (
    <Table aria-label="Actions by section and status" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.nameColumn}>Section</TableHeaderCell>
          <TableHeaderCell>Statuses</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {report.sections.map((section) => (
          <TableRow key={section.name}>
            <TableCell>
              <Name name={section.name} counts={section} />
            </TableCell>
            <TableCell>
              <Badges counts={section} />
            </TableCell>
          </TableRow>
        ))}
        <TableRow className={styles.total}>
          <TableCell>
            <Name name={`Total (${report.totals.total})`} counts={report.totals} />
          </TableCell>
          <TableCell>
            <Badges counts={report.totals} />
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
