import { FakeOfficeError, cellEditMode, notSynced, payloadTooLarge, propertyNotLoaded } from "./errors";
import { FakeWorkbookModel } from "./model";

/**
 * Excel on the web's limit on one request, and on one response: "Excel on
 * the web has a payload size limit for requests and responses of 5MB"
 * (Office add-ins docs, "Resource limits and performance optimization";
 * ErrorCodes.responsePayloadSizeLimitExceeded).
 */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
// what Office.js adds to a request for every queued action, near enough
const ACTION_OVERHEAD_BYTES = 100;

interface QueuedAction {
  bytes: number;
  run: () => void;
}

export interface SyncRecord {
  actions: number;
  /** Whether the request asked Excel to repaint only once it had run (Application.suspendScreenUpdatingUntilNextSync). */
  screenSuspended?: boolean;
  bytes: number;
  /** What the answer carried back: every property loaded and every result, as JSON. */
  responseBytes: number;
  /** Set when Excel refused the answer as too large: the add-in got an error instead. */
  refused?: boolean;
}

/**
 * The request context: actions queue up and run, in order, only at
 * `sync()`; every sync and action is counted, and a request over 5 MB is
 * refused whole, as Excel on the web refuses it.
 */
export class FakeContext {
  readonly syncs: SyncRecord[] = [];
  /** Cell writes made while events were on: each would have fired onChanged in Excel. */
  writesWithEventsOn = 0;
  /**
   * This runtime's events (RequestContext.runtime.enableEvents): switched per
   * runtime, so the ribbon's function file turning its own off leaves an open
   * pane's handlers listening ("Toggle JavaScript events in the current task
   * pane or content add-in", Runtime.enableEvents).
   */
  eventsOn = true;
  /** Sheets whose values this request wrote, and whether this runtime's events were on as it did. */
  private written: Array<{ sheet: string; eventsOn: boolean }> = [];

  /** Called by the proxies when a request changes cell values (not formats, which onChanged does not report). */
  valuesWritten(sheet: string): void {
    this.written.push({ sheet, eventsOn: this.eventsOn });
  }
  /** Set to fail the next sync after this many actions have run (a network drop midway). */
  failAfterActions: number | null = null;
  private queue: QueuedAction[] = [];
  private plannedFailure: { syncsLeft: number; mode: "request-lost" | "response-lost" } | null = null;

  /**
   * Fails the sync that comes after `syncsFromNow` more, as a dropped
   * connection does: the request never arrived (nothing applied) or its
   * answer was lost (all applied). Excel runs a request whole or not at all
   * unless an action in it fails.
   */
  failSync(syncsFromNow: number, mode: "request-lost" | "response-lost"): void {
    this.plannedFailure = { syncsLeft: syncsFromNow, mode };
  }

  constructor(readonly model: FakeWorkbookModel) {}

  /** How long each request's round trip takes on the simulated clock (model.now): Excel on the web over a slow line. */
  latencyMs = 0;
  /**
   * Where this runtime is a ribbon command's: the simulated time it is
   * closed at. "The runtime closes when either the function completes or 5
   * minutes have passed" (office-js-docs-pr docs/design/add-in-commands.md):
   * a request still travelling then is lost, applied or not, and never answers.
   */
  closesAt: number | null = null;
  /** Every request from the `hangsFrom`th sync on (counting all this context's syncs) goes unanswered and applies nothing, as context.sync() can on the web (office-js #6678, #6150). */
  hangsFrom: number | null = null;
  private hungNow: () => void = () => undefined;
  /** Kept when a request first goes unanswered: what a timer running beside it would notice. */
  readonly hung = new Promise<void>((resolve) => (this.hungNow = resolve));

  /** What the user does while a request of this context travels, by the request's number (0 the first): it happens before Excel runs the request. */
  private userActs = new Map<number, () => void>();

  /** The user does `act` while this context's request number `index` travels to Excel (typing as a refresh writes, say). */
  whileRequest(index: number, act: () => void): void {
    this.userActs.set(index, act);
  }

  /** The largest answer Excel gives; a test lowers it to reach it without five megabytes of cells. */
  responseLimit = RESPONSE_LIMIT_BYTES;

  /** The options of the Excel.run this context serves (see FakeExcel.run), and which run it is. */
  runOptions: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } = {};
  run = 0;
  private requestChanged = false;

  /** Called by the proxies as an action changes the workbook: the request makes an undo record. */
  changedWorkbook(): void {
    this.requestChanged = true;
  }

  /** A request that changed the workbook adds an undo record, unless it merges into its run's. */
  private recordUndo(): void {
    if (!this.requestChanged) return;
    this.requestChanged = false;
    const records = (this.model.undoRecords ??= []);
    const merging = this.runOptions.mergeUndoGroup === true && this.model.mergesUndoGroups === true;
    if (merging && records[records.length - 1]?.run === this.run) return;
    records.push({ run: this.run });
  }

  private answering: SyncRecord | null = null;

  /** Counts what a read puts in the answer of the sync running now. */
  respond(value: unknown): void {
    if (this.answering) this.answering.responseBytes += value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value));
  }

  /** Set by Application.suspendScreenUpdatingUntilNextSync for the request being queued. */
  screenSuspended = false;

  queue_(run: () => void, payload: unknown = null): void {
    // counted in UTF-8 bytes, as the request goes over the wire: "é" is two, an emoji four
    this.queue.push({ run, bytes: ACTION_OVERHEAD_BYTES + (payload === null ? 0 : Buffer.byteLength(JSON.stringify(payload))) });
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get actionCount(): number {
    return this.syncs.reduce((sum, record) => sum + record.actions, 0);
  }

  get queuedActions(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    // the user acts while the request travels, before Excel sees it: once, though two runs of this runtime sync at once
    const act = this.userActs.get(this.syncs.length);
    this.userActs.delete(this.syncs.length);
    act?.();
    const started = this.model.now ?? 0;
    if ((this.hangsFrom !== null && this.syncs.length >= this.hangsFrom) || (this.closesAt !== null && started + this.latencyMs >= this.closesAt)) {
      this.queue = [];
      this.syncs.push({ actions: 0, bytes: 0, responseBytes: 0, refused: true });
      this.hungNow();
      return new Promise<void>(() => undefined);
    }
    this.model.now = started + this.latencyMs;
    // a request reaching Excel while the user types in a cell fails whole, or waits for them where the run asked to
    const editing = this.model.cellEdit;
    if (editing) {
      if (!this.runOptions.delayForCellEdit || this.model.ignoresDelayForCellEdit) {
        this.queue = [];
        this.syncs.push({ actions: 0, bytes: 0, responseBytes: 0, refused: true });
        throw cellEditMode();
      }
      await editing.left;
    }
    const actions = this.queue;
    this.queue = [];
    const bytes = actions.reduce((sum, action) => sum + action.bytes, 0);
    const record: SyncRecord = { actions: actions.length, bytes, responseBytes: 0, ...(this.screenSuspended ? { screenSuspended: true } : {}) };
    this.screenSuspended = false;
    this.syncs.push(record);
    if (bytes > REQUEST_LIMIT_BYTES) throw payloadTooLarge(bytes);
    this.answering = record;
    try {
      this.runActions(actions);
    } finally {
      this.answering = null;
      this.recordUndo();
    }
    this.tellChanges();
    // the request ran, but its answer is refused whole
    if (record.responseBytes > this.responseLimit) {
      record.refused = true;
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${record.responseBytes} bytes).`);
    }
    await Promise.resolve();
  }

  /**
   * Each onChanged handler of a sheet this request wrote hears of it, after
   * the request, as Excel tells them: the writing runtime's own handlers only
   * if its events were on, another runtime's if that runtime's are.
   */
  private tellChanges(): void {
    const written = this.written;
    this.written = [];
    const told = new Set<unknown>();
    for (const { sheet, eventsOn } of written) {
      const written = this.model.sheets.find((s) => s.name === sheet);
      for (const entry of written?.changeHandlers ?? []) {
        const { runtime, handler } = entry;
        const hears = runtime === this ? eventsOn : runtime.eventsOn;
        if (!hears || told.has(entry)) continue;
        told.add(entry);
        setTimeout(() => void handler({ type: "WorksheetChanged", changeType: "RangeEdited", address: "A1", worksheetId: (written as { id: string }).id, source: "Local" }), 0);
      }
    }
  }

  private runActions(actions: QueuedAction[]): void {
    const failure = this.plannedFailure;
    if (failure && failure.syncsLeft-- === 0) {
      this.plannedFailure = null;
      if (failure.mode === "response-lost") for (const action of actions) action.run();
      throw new FakeOfficeError("GeneralException", "The network connection was lost before the request completed.");
    }
    let ran = 0;
    for (const action of actions) {
      if (this.failAfterActions !== null && ran >= this.failAfterActions) {
        this.failAfterActions = null;
        throw new FakeOfficeError("GeneralException", "The network connection was lost before the request completed.");
      }
      action.run();
      ran++;
    }
  }
}

/**
 * An object whose properties are unreadable until loaded and synced, as in
 * Office.js: `load` queues a read that fills them in at the next sync.
 */
export abstract class Loadable {
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly context: FakeContext) {}

  /** The values of the given property paths, read from the model at sync time. */
  protected abstract readProperty(path: string): unknown;

  /** Whether the model object is there at sync time; "…OrNullObject" proxies answer false when it is not. */
  protected exists(): boolean {
    return true;
  }

  /** As in Office.js, a sync that loads an object also fills in `isNullObject`; a null object loads nothing else. */
  load(properties?: string | string[]): this {
    const paths = (Array.isArray(properties) ? properties : (properties ?? "").split(","))
      .map((path) => path.trim().replace(/^items\//, ""))
      .filter(Boolean);
    this.context.queue_(() => {
      const exists = this.exists();
      this.loaded.set("isNullObject", !exists);
      if (exists) {
        for (const path of paths) {
          const value = this.readProperty(path);
          this.context.respond(value);
          this.loaded.set(path, value);
        }
      }
    }, paths);
    return this;
  }

  get isNullObject(): boolean {
    return this.get("isNullObject");
  }

  /** Used by collections to fill in their items' properties in the same sync. */
  setLoaded(path: string, value: unknown): void {
    this.loaded.set(path, value);
  }

  protected get<T>(path: string): T {
    if (!this.loaded.has(path)) throw propertyNotLoaded(path.split("/").pop() as string);
    return this.loaded.get(path) as T;
  }
}

/** A method's result, readable only after the sync that fills it in. */
export class FakeClientResult<T> {
  private filled = false;
  private result: T | undefined;

  constructor(context: FakeContext, compute: () => T, payload: unknown) {
    context.queue_(() => {
      this.result = compute();
      context.respond(this.result);
      this.filled = true;
    }, payload);
  }

  get value(): T {
    if (!this.filled) throw notSynced();
    return this.result as T;
  }
}
