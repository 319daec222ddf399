/** Thrown when a request is not sent because the time left could not carry it. */
export class OutOfTime extends Error {
  constructor(readonly duringWrite: boolean) {
    super("The refresh ran out of time.");
    this.name = "OutOfTime";
  }
}

/** What a run inside a time limit knows: whether it had begun writing when time ran out. */
export interface TimeLimit {
  /** Called as the first write is queued: a stop after it leaves part of the refresh done. */
  writing(): void;
  /** The context's own sync again, for a context that outlives the run (as a test's does). */
  release(): void;
}

/**
 * Holds every request of a run to a deadline. The ribbon's runtime is closed
 * five minutes after it starts, finished or not (office-js-docs-pr
 * docs/design/add-in-commands.md), and a request it is closed on is lost
 * with no word to the user. So before each request the time left is weighed
 * against the longest request so far: one that could not finish is not
 * sent, and the run stops with `OutOfTime`, whose door says so while it still
 * can. Requests are made in many places (settings, reads in blocks, writes
 * in budgets), so the check wraps this context's own `sync`.
 */
export function limitRequests(context: Excel.RequestContext, now: () => number, endsAt: number): TimeLimit {
  const own = Object.prototype.hasOwnProperty.call(context, "sync") ? context.sync : undefined;
  const sync = context.sync.bind(context);
  let longest = 0;
  let writing = false;
  // a write request sent: stopping after it leaves part of the refresh done
  let wrote = false;
  context.sync = (async (passThroughValue?: unknown) => {
    const started = now();
    if (started + longest >= endsAt) throw new OutOfTime(wrote);
    const answer = await sync(passThroughValue);
    longest = Math.max(longest, now() - started);
    wrote ||= writing;
    return answer;
  }) as typeof context.sync;
  return {
    writing: () => {
      writing = true;
    },
    release: () => {
      if (own) context.sync = own;
      else delete (context as { sync?: unknown }).sync;
    },
  };
}
