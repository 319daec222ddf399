/**
 * Runs the writes with events off, so the add-in's own writes do not set off
 * its recolouring, and switches them back on whatever happens: a write that
 * fails midway would otherwise leave the pane deaf to the user's typing.
 */
export async function withEventsOff(context: Excel.RequestContext, write: () => Promise<void>, lastly?: () => void): Promise<void> {
  context.runtime.enableEvents = false;
  try {
    await write();
    // queued after the last write, in its request: it sees the workbook as the write leaves it
    lastly?.();
    context.runtime.enableEvents = true;
    await context.sync();
  } catch (error) {
    // after a lost request, on its own; if that is lost too, the write's own error is the one to tell
    context.runtime.enableEvents = true;
    await context.sync().catch(() => undefined);
    throw error;
  }
}
