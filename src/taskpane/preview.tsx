import { createRoot } from "react-dom/client";
import { messages } from "../engine";
import type { WorkbookSnapshot } from "../engine";
import { App } from "./App";
import { PreviewBragService } from "./previewBragService";

/**
 * The pane in any browser, with no Excel: the same pane and engine on the
 * bundled sample workbook. The cell a finding selects is shown below the pane.
 */
async function startPreview(): Promise<void> {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const selection = document.getElementById("selection") as HTMLElement;
  const response = await fetch("assets/sample-plan-2019-20.snapshot.json");
  if (!response.ok) throw new Error(messages.sampleUnavailable(response.status));
  const snapshot = (await response.json()) as WorkbookSnapshot;
  const service = new PreviewBragService(snapshot, (place, text) => {
    selection.textContent = `Selected ${place.sheet}!${place.cell}${text ? `: ${text}` : ""}`;
  });
  const asAt = new URLSearchParams(window.location.search).get("asAt") ?? undefined;
  root.render(<App service={service} initialAsAt={asAt} />);
}

startPreview().catch((error: unknown) => {
  (document.getElementById("root") as HTMLElement).textContent = `The preview could not start: ${(error as Error).message}`;
});
