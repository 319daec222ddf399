// set when turning events back on failed too (the user typing in a cell on a host that cannot wait): this runtime hears no edit until it is turned on again
let leftOff = false;

/** Whether this runtime's events may have been left off by a write that failed. */
export function eventsLeftOff(): boolean {
  return leftOff;
}

/** Turns this runtime's events back on after a write left them off; true once Excel has done it. */
export async function turnEventsBackOn(context: Excel.RequestContext): Promise<boolean> {
  context.runtime.enableEvents = true;
  await context.sync();
  leftOff = false;
  return true;
}

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
    // after a lost request, on its own; if that is lost too, the write's own error is the one to tell, and the door tries again later
    context.runtime.enableEvents = true;
    await context.sync().then(
      () => (leftOff = false),
      () => (leftOff = true),
    );
    throw error;
  }
}
