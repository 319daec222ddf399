/** The ribbon's notification dialog: the message from the query string, and a button to close it. */
Office.onReady(() => {
  const params = new URLSearchParams(window.location.search);
  const kind = params.get("kind") ?? "success";
  const text = params.get("text") ?? "";
  const heading = document.getElementById("heading") as HTMLElement;
  heading.textContent = kind === "success" ? "Refreshed" : kind === "refused" ? "Nothing changed" : "Refresh failed";
  (document.getElementById("message") as HTMLElement).textContent = text;
  document.body.dataset.kind = kind;
  const close = document.getElementById("close") as HTMLButtonElement;
  close.addEventListener("click", () => Office.context.ui.messageParent("close"));
  close.focus();
});
