// control characters (C0 but tab and line feed, DEL, C1) and the bidirectional overrides and isolates
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A line as the terminal should show it: a cell's text or a sheet's name is
 * the workbook author's, and an escape sequence in it (ESC ]0; retitling the
 * window, ESC [2J clearing the screen, U+202E reversing what follows) would
 * be acted on, not shown. Each such character is written as its code, \u001b.
 */
export function printable(line: string): string {
  return line.replace(TERMINAL_CONTROL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
