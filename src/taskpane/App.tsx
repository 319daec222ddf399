import {
  Button,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { BragService } from "./BragService";
import { ChangesView } from "./components/ChangesView";
import { CommitteeReportView } from "./components/CommitteeReportView";
import { CommitteeSentence } from "./components/CommitteeSentence";
import { FindingsList } from "./components/FindingsList";
import { longDate, messages, unknownStatusWords } from "../engine";
import { PlanView } from "./components/PlanView";
import { RefreshBar } from "./components/RefreshBar";
import { SectionCounts } from "./components/SectionCounts";
import { SettingsView } from "./components/SettingsView";
import { VIEW_NAMES, ViewSwitcher } from "./components/ViewSwitcher";
import { usePane } from "./usePane";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, minHeight: "100vh", boxSizing: "border-box" },
  // the name and where it runs on one line: the pane's height is for the views
  header: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  where: { color: tokens.colorNeutralForeground2 },
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  plan: { margin: 0, fontSize: tokens.fontSizeBase300 },
  footer: { display: "flex", gap: tokens.spacingHorizontalL, marginTop: "auto", paddingTop: tokens.spacingVerticalL },
});

export interface AppProps {
  service: BragService;
  initialAsAt?: string;
}

/** The BRAG Tracker pane: refresh, counts, findings, the committee sentence, settings. */
export function App({ service, initialAsAt }: AppProps) {
  const styles = useStyles();
  const pane = usePane(service, initialAsAt);
  const { state } = pane;
  const report = state.result?.report ?? null;
  const unknownCount = report ? unknownStatusWords(report.actions).length : 0;

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.pane}>
        <header className={styles.header}>
          <h1 className={styles.title}>BRAG Tracker</h1>
          <Text size={200} className={styles.where}>
            {service.where}
          </Text>
        </header>
        <RefreshBar asAt={state.asAt} busy={state.busy} progress={state.progress} onAsAtChange={pane.setAsAt} onRefresh={pane.refresh} />
        {state.error && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>Something went wrong</MessageBarTitle>
              {state.error}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={pane.dismissError}>Dismiss</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {state.stale && (
          <MessageBar intent="info">
            <MessageBarBody>{messages.refreshedElsewhere}</MessageBarBody>
          </MessageBar>
        )}
        {state.result?.refusal && report && report.plans.length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>Nothing was changed</MessageBarTitle>
              {state.result.refusal.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {report && report.plans.length > 0 && (
          <p className={styles.plan}>{`${report.plans.map((plan) => plan.title).join("; ")}, as at ${longDate(report.asAt)}`}</p>
        )}
        {report && report.plans.length === 0 && state.view !== "plan" && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>No plan was found</MessageBarTitle>
              {/* a block of its own: the bold title reads as a heading, not as the start of the sentence */}
              <div>{report.findings.find((finding) => finding.rule === "no-plan")?.message}</div>
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => pane.setView("plan")}>Choose the plan</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {report && unknownCount > 0 && state.view === "counts" && (
          <MessageBar intent="info">
            <MessageBarBody>{`${unknownCount === 1 ? "1 status word is" : `${unknownCount} status words are`} not recognised.`}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => pane.setView("plan")}>Count them</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <ViewSwitcher view={state.view} findings={report?.findings.length ?? null} onChange={pane.setView} />
        <section aria-label={VIEW_NAMES[state.view]}>
          {/* the sentence to copy belongs to the counts it says; nothing counted is nothing to copy */}
          {state.view === "counts" &&
            (!report ? (
              <Text>Choose Refresh to count the plan.</Text>
            ) : report.plans.length > 0 ? (
              <div className={styles.view}>
                <CommitteeSentence sentence={report.sentence} />
                <SectionCounts report={report} />
              </div>
            ) : (
              <Text>Nothing was counted: choose the plan first.</Text>
            ))}
          {state.view === "changes" &&
            (report ? <ChangesView report={report} since={state.since} busy={state.busy} onGoTo={pane.goTo} onCompareWith={pane.compareWith} /> : <Text>Choose Refresh to see what changed since the last report.</Text>)}
          {state.view === "findings" &&
            (report ? (
              <FindingsList
                findings={report.findings}
                dismissed={report.dismissed ?? []}
                people={[...new Set(report.plans.flatMap((plan) => plan.people ?? []))]}
                selected={state.selected}
                busy={state.busy}
                onSelect={pane.select}
                onDismiss={pane.dismiss}
                onRestore={pane.restore}
                onAlias={pane.alias}
              />
            ) : (
              <Text>Choose Refresh to check the plan.</Text>
            ))}
          {state.view === "report" && state.settings && <CommitteeReportView report={report} settings={state.settings} savesFiles={service.savesFiles} onSave={pane.saveSettings} />}
          {state.view === "plan" && (
            <PlanView
              report={report}
              sheets={state.sheets}
              busy={state.busy}
              selectedCell={pane.selectedCell}
              onPointTo={pane.pointTo}
              onSaveColumns={pane.saveColumns}
              onCountWord={pane.countWord}
            />
          )}
          {state.view === "settings" && state.settings && <SettingsView settings={state.settings} sheets={state.sheets} onSave={pane.saveSettings} />}
        </section>
        <footer className={styles.footer}>
          <Link href="help.html" target="_blank">
            Help
          </Link>
          <Link href="privacy.html" target="_blank">
            Privacy
          </Link>
          <Link href="terms.html" target="_blank">
            Terms
          </Link>
        </footer>
      </main>
    </FluentProvider>
  );
}
