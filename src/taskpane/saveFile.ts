/**
 * Offers a file the pane made as a download, as a browser saves one: Excel
 * on the web and on Windows (WebView2) save it to Downloads; Excel on Mac
 * and iPad do not (see BragService.savesFiles).
 */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // the browser has read the file once the click's download has started
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
