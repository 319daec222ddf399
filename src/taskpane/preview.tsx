import { createRoot } from "react-dom/client";
import { messages } from "../engine";
import type { WorkbookSnapshot } from "../engine";
import { App } from "./App";
import { PreviewBragService } from "./previewBragService";

// ?sample=tracker: a project tracker on which finding the plan fails, to point to it and map its columns
const SAMPLES = {
  plan: { file: "sample-plan-2019-20.snapshot.json", where: "Preview of the sample plan" },
  tracker: { file: "sample-tracker.snapshot.json", where: "Preview of a sample project tracker" },
} as const;

/**
 * The pane in any browser, with no Excel: the same pane and engine on the
 * bundled sample workbook. The cell a finding selects is shown below the pane.
 */
async function startPreview(): Promise<void> {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const selection = document.getElementById("selection") as HTMLElement;
  const query = new URLSearchParams(window.location.search);
  const sample = query.get("sample") === "tracker" ? SAMPLES.tracker : SAMPLES.plan;
  const response = await fetch(`assets/${sample.file}`);
  if (!response.ok) throw new Error(messages.sampleUnavailable(response.status));
  const snapshot = (await response.json()) as WorkbookSnapshot;
  const service = new PreviewBragService(
    snapshot,
    (place, text) => {
      selection.textContent = `Selected ${place.sheet}!${place.cell}${text ? `: ${text}` : ""}`;
    },
    sample.where,
  );
  const asAt = query.get("asAt") ?? undefined;
  root.render(<App service={service} initialAsAt={asAt} />);
}

startPreview().catch((error: unknown) => {
  (document.getElementById("root") as HTMLElement).textContent = `The preview could not start: ${(error as Error).message}`;
});
