/**
 * Copies text from a button's click. Excel on the web runs the pane in a
 * frame whose permissions block `navigator.clipboard.writeText` (office-js
 * issues #1991 and #2513), so the copy is first made the older way, from a
 * selected text area while the click is still under way, and only then
 * through the Clipboard API. When neither works the text is selected on the
 * page, for the user to press Ctrl+C: "selected" says so.
 */
export async function copyText(text: string, shown: HTMLElement | null): Promise<"copied" | "selected"> {
  if (copyBySelection(text)) return "copied";
  try {
    await navigator.clipboard.writeText(text);
    return "copied";
  } catch {
    if (shown) window.getSelection()?.selectAllChildren(shown);
    return "selected";
  }
}

function copyBySelection(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  // off screen, so the pane does not jump; still selectable, which display: none would not be
  Object.assign(area.style, { position: "fixed", top: "0", left: "-9999px", opacity: "0" });
  const focused = document.activeElement as HTMLElement | null;
  document.body.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus();
  return copied;
}
