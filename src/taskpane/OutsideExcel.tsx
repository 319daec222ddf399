import { FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  links: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
});

/**
 * What the pane says when Office.js finds no Office host around it (the
 * page opened in a plain browser): where it runs, and where to see it work
 * on a sample plan, when the preview is served beside it.
 */
export function OutsideExcel() {
  const styles = useStyles();
  const [preview, setPreview] = useState(false);
  useEffect(() => {
    // the preview ships with development builds only; a request to the pane's own origin says whether it is here
    fetch("preview.html", { method: "HEAD" }).then(
      (response) => setPreview(response.ok),
      () => setPreview(false),
    );
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.pane}>
        <h1 className={styles.title}>BRAG Tracker</h1>
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>BRAG Tracker runs inside Excel</MessageBarTitle>
            Open your plan in Excel (on the web, Windows or Mac) and choose Show panel in the BRAG Tracker group of the Home tab.
          </MessageBarBody>
        </MessageBar>
        <nav className={styles.links} aria-label="BRAG Tracker pages">
          {preview && <Link href="preview.html?asAt=2020-01-31">See it work on a sample plan</Link>}
          <Link href="help.html">Help</Link>
          <Link href="privacy.html">Privacy</Link>
        </nav>
      </main>
    </FluentProvider>
  );
}
