import { CHANGE_KINDS, COUNT_COLUMNS as COLUMNS, longDate, messages, sinceHeading } from "../engine";
import type { Finding, Report } from "../engine";

/** The report as a person reads it in a terminal: plans, the section table, the sentence. */
export function formatReport(report: Report): string {
  const lines = report.plans.map((plan) => `Plan: ${plan.title} (${plan.sheet}!${plan.range})`);
  lines.push(`As at ${longDate(report.asAt)}`, "");
  const rows = [...report.sections, { ...report.totals, name: "Total" }];
  const nameWidth = Math.max(7, ...rows.map((row) => row.name.length));
  const line = (name: string, cells: string[]) =>
    [name.padEnd(nameWidth), ...cells.map((cell, i) => cell.padStart((COLUMNS[i] as readonly [string, string])[0].length))].join("  ");
  lines.push(line("Section", COLUMNS.map(([label]) => label)));
  for (const row of rows) lines.push(line(row.name, COLUMNS.map(([, key]) => String(row[key]))));
  lines.push("", report.sentence, "", changesSummary(report), "", findingsSummary(report.findings));
  return lines.join("\n");
}

/** One line of what moved since the earlier refresh; the summary sheet and --json list them. */
export function changesSummary(report: Report): string {
  const changes = report.changes;
  if (!changes) return messages.noEarlierQuarterLine;
  const counts = CHANGE_KINDS.map(([key, name]) => `${changes[key].length} ${name.toLowerCase()}`);
  return `${sinceHeading(changes)}: ${counts.join(", ")}.`;
}

export function findingsSummary(findings: Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (findings.length === 0) return messages.noFindings;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${count(findings.length, "finding")} (${count(errors, "error")}, ${count(warnings, "warning")}). Run 'brag check' to list them.`;
}

/** One finding per line: `sheet!cell  severity  rule  message`. */
export function formatFinding(finding: Finding): string {
  const where = finding.sheet === "" ? "(workbook)" : finding.cell === "" ? finding.sheet : `${finding.sheet}!${finding.cell}`;
  return `${where}  ${finding.severity}  ${finding.rule}  ${finding.message}`;
}
