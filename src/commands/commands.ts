import { capabilitiesOfThisExcel } from "../excel/capabilities";
import { runInExcel } from "../excel/runInExcel";
import { RibbonMessage, refreshFromRibbon } from "./refreshFromRibbon";

// a notification left open closes itself after this long, so the command can finish
const NOTIFICATION_SECONDS = 20;

/**
 * Shows the result in a small dialog (Excel has no other way for a ribbon
 * command to speak) and resolves when the user closes it.
 */
function notify(message: RibbonMessage): Promise<void> {
  const url = new URL("notification.html", window.location.href);
  url.searchParams.set("kind", message.kind);
  url.searchParams.set("text", message.text);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      const close = () => {
        dialog.close();
        resolve();
      };
      const timer = window.setTimeout(close, NOTIFICATION_SECONDS * 1000);
      const closed = () => {
        window.clearTimeout(timer);
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        window.clearTimeout(timer);
        close();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, closed);
    });
  });
}

Office.onReady(() => {
  Office.actions.associate("refreshPlan", (event: Office.AddinCommands.Event) =>
    refreshFromRibbon(event, {
      run: runInExcel,
      notify,
      today: () => new Date(),
      capabilities: capabilitiesOfThisExcel(),
      now: () => Date.now(),
      after: (milliseconds) => new Promise((resolve) => window.setTimeout(resolve, milliseconds)),
    }),
  );
});
