import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneView } from "../usePane";

const useStyles = makeStyles({
  // three even columns, two rows however narrow the pane; kept at the top of the pane as it scrolls, so switching view never means scrolling back
  switcher: {
    display: "grid",
    gridTemplateColumns: "repeat(3, 1fr)",
    gap: tokens.spacingHorizontalXS,
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingBlock: tokens.spacingVerticalXS,
  },
  button: { minWidth: 0, paddingInline: tokens.spacingHorizontalXS },
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
    <nav aria-label="Views" className={styles.switcher}>
      {(Object.keys(VIEW_NAMES) as PaneView[]).map((name) => (
        <ToggleButton key={name} size="small" className={styles.button} appearance={view === name ? "primary" : "secondary"} checked={view === name} onClick={() => onChange(name)}>
          {name === "findings" && findings !== null ? `Findings (${findings})` : VIEW_NAMES[name]}
        </ToggleButton>
      ))}
    </nav>
  );
}
