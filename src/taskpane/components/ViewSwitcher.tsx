import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneView } from "../usePane";

const useStyles = makeStyles({
  switcher: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});

export const VIEW_NAMES: Record<PaneView, string> = { counts: "Counts", changes: "Changes", findings: "Findings", report: "Report", plan: "Plan", settings: "Settings" };

export interface ViewSwitcherProps {
  view: PaneView;
  /** How many findings the last refresh made, or null before the first. */
  findings: number | null;
  onChange(view: PaneView): void;
}

/**
 * Counts, Changes, Findings, Report, Plan, Settings as pressed-or-not buttons. (Fluent's TabList
 * adds focusable aria-hidden elements that fail axe's aria-hidden-focus
 * rule; plain toggle buttons are just as usable by keyboard and pass.)
 */
export function ViewSwitcher({ view, findings, onChange }: ViewSwitcherProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-label="Views" className={styles.switcher}>
      {(Object.keys(VIEW_NAMES) as PaneView[]).map((name) => (
        <ToggleButton key={name} appearance={view === name ? "primary" : "secondary"} checked={view === name} onClick={() => onChange(name)}>
          {name === "findings" && findings !== null ? `Findings (${findings})` : VIEW_NAMES[name]}
        </ToggleButton>
      ))}
    </div>
  );
}
