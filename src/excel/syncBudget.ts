/** Excel on the web refuses a request (one `context.sync()`) larger than 5 MB. */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;

/**
 * Keeps each request under Excel's size limit: operations are queued until
 * the next one would pass it, and only then is a sync spent. A normal plan
 * fits in one request.
 */
export class SyncBudget {
  private queued = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit = MAX_REQUEST_BYTES * 0.9,
  ) {}

  /** What the request being queued can still carry. */
  get room(): number {
    return this.limit - this.queued;
  }

  /** Sends what is queued, so the next block starts a request of its own. */
  async flush(): Promise<void> {
    if (this.queued === 0) return;
    await this.context.sync();
    this.queued = 0;
  }

  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) {
      await this.context.sync();
      this.queued = 0;
    }
    // each request of a write keeps the screen still until it has run: one repaint, not one per range ("Suspend screen updating", docs/excel/performance.md)
    if (this.queued === 0) this.context.application.suspendScreenUpdatingUntilNextSync();
    this.queued += bytes;
  }
}

const UTF8 = new TextEncoder();

/** What an operation carrying this value adds to a request, near enough: in UTF-8 bytes, as it is sent, not characters. */
export function payloadBytes(value: unknown): number {
  return UTF8.encode(JSON.stringify(value)).length + 200;
}
