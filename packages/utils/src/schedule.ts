/**
 * Cooperative scheduling for receive paths and other long loops: a monotonic clock, a way to give
 * the event loop back for one macrotask, and a time-slicer that does so once a slice's budget is
 * spent. Isomorphic: no node modules, platform APIs are feature-detected on `globalThis`.
 *
 * Why a macrotask and not `await Promise.resolve()`: microtasks run before timers, I/O callbacks and
 * rendering, so a loop that only awaits microtasks still starves every other peer, timer and UI
 * frame until it ends (issue 17: a receive path chaining handlers as microtasks blocked the loop
 * for tens of seconds).
 */

type ImmediateFn = (fn: () => void) => unknown;

/** The part of a `MessageChannel` used here (typed locally: DOM and Node typings differ). */
interface MinimalChannel {
  port1: { onmessage: ((event: unknown) => void) | null; close(): void };
  port2: { postMessage(message: unknown): void; close(): void };
}

/** The platform hooks {@link createNextMacrotask} picks from (a subset of `globalThis`). */
export interface MacrotaskPlatform {
  setImmediate?: ImmediateFn | undefined;
  MessageChannel?: (new () => unknown) | undefined;
  setTimeout?: ((fn: () => void, ms: number) => unknown) | undefined;
}

/**
 * Milliseconds from an arbitrary origin that never goes backwards (`performance.now()`, which
 * Node 16+, browsers, workers and service workers all have; `Date.now()` where it is missing).
 * Use it for budgets and durations, never for wall-clock time.
 * @example
 * const start = monotonicMs();
 * work();
 * const tookMs = monotonicMs() - start;
 */
export function monotonicMs(): number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf !== undefined && typeof perf.now === 'function' ? perf.now() : Date.now();
}

/**
 * Builds a "wait one macrotask" function from the given platform hooks, preferring, in order:
 * `setImmediate` (Node: runs right after pending I/O callbacks, not clamped), one shared
 * `MessageChannel` (browsers, workers, MV3 service workers: not clamped to 4 ms like nested
 * `setTimeout`), then `setTimeout(0)`.
 * @throws {TypeError} when the platform offers none of the three.
 * @example
 * const next = createNextMacrotask(globalThis);
 * await next();
 */
export function createNextMacrotask(platform: MacrotaskPlatform): () => Promise<void> {
  const immediate = platform.setImmediate;
  if (typeof immediate === 'function') {
    return () => new Promise<void>((resolve) => void immediate(resolve));
  }
  const MC = platform.MessageChannel;
  if (typeof MC === 'function') {
    // One channel for all waiters: each posted message wakes exactly the oldest waiter (FIFO). The
    // port is started only while someone waits and closed when the queue empties, so an idle
    // channel never keeps a process alive.
    let channel: MinimalChannel | undefined;
    const waiters: (() => void)[] = [];
    const onMessage = () => {
      waiters.shift()?.();
      if (waiters.length === 0 && channel !== undefined) {
        channel.port1.close();
        channel.port2.close();
        channel = undefined;
      }
    };
    return () =>
      new Promise<void>((resolve) => {
        if (channel === undefined) {
          channel = new MC() as MinimalChannel;
          channel.port1.onmessage = onMessage;
        }
        waiters.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  const timeout = platform.setTimeout;
  if (typeof timeout === 'function') {
    return () => new Promise<void>((resolve) => void timeout(resolve, 0));
  }
  throw new TypeError('platform offers no setImmediate, MessageChannel or setTimeout');
}

let sharedNextMacrotask: (() => Promise<void>) | undefined;

/**
 * Resolves after one macrotask, so timers, I/O callbacks of other connections and rendering run
 * before the caller continues. See {@link createNextMacrotask} for the mechanism per platform.
 * @example
 * for (const item of many) {
 *   handle(item);
 *   if (slicer.shouldYield()) await nextMacrotask();
 * }
 */
export function nextMacrotask(): Promise<void> {
  sharedNextMacrotask ??= createNextMacrotask(globalThis as MacrotaskPlatform);
  return sharedNextMacrotask();
}

/**
 * Builds a fair "wait for my turn" function over `next` (a wait-one-macrotask function): every
 * caller joins one FIFO, and each macrotask of `next` wakes exactly one of them. Time-sliced
 * workers (many sessions' read slices, many peers' batches, mailserver scans) that all yielded
 * with `next` directly would all resume in the same event-loop phase and run back to back, so the
 * loop would stall for the sum of their slices; through one turn queue the loop runs one slice
 * per turn, in arrival order, and timers and I/O get their turn between any two slices.
 * @example
 * const turn = createFairTurns(nextMacrotask);
 * await turn(); // resumes after every worker queued before this one had its slice
 */
export function createFairTurns(next: () => Promise<void>): (urgent?: boolean) => Promise<void> {
  // Two FIFOs: `urgent` waiters (a worker starting on fresh input after being idle) go before the
  // ones coming back for another slice of a backlog, so a quiet peer is not queued behind every
  // flooding one; a worker is urgent once per burst, so the backlog still gets every other turn.
  const queues: [(() => void)[], (() => void)[]] = [[], []];
  const heads = [0, 0];
  let running = false;
  const take = (q: 0 | 1): (() => void) | undefined => {
    const list = queues[q];
    const h = heads[q] as number;
    const wake = list[h];
    if (wake === undefined) {
      list.length = 0;
      heads[q] = 0;
      return undefined;
    }
    list[h] = noop;
    heads[q] = h + 1;
    if (h + 1 > 1024 && (h + 1) * 2 > list.length) {
      list.splice(0, h + 1);
      heads[q] = 0;
    }
    return wake;
  };
  let turn = 0;
  const tick = () => {
    // every fourth turn goes to the backlog first, so urgent arrivals cannot starve it
    const first: 0 | 1 = turn++ % 4 === 3 ? 1 : 0;
    const wake = take(first) ?? take(first === 0 ? 1 : 0);
    if (wake === undefined) {
      running = false;
      return;
    }
    void next().then(tick);
    wake();
  };
  return (urgent = false) =>
    new Promise<void>((resolve) => {
      queues[urgent ? 0 : 1].push(resolve);
      if (!running) {
        running = true;
        void next().then(tick);
      }
    });
}

const noop = () => undefined;
let sharedFairTurn: ((urgent?: boolean) => Promise<void>) | undefined;

/**
 * Waits for this caller's turn in the realm's one fair turn queue ({@link createFairTurns} over
 * {@link nextMacrotask}): the default yield of {@link createTimeSlicer}, so every time-sliced
 * worker of the process shares one budget per event-loop turn. `urgent` for a worker starting on
 * fresh input after being idle (see {@link createFairTurns}).
 */
export function nextFairTurn(urgent = false): Promise<void> {
  sharedFairTurn ??= createFairTurns(nextMacrotask);
  return sharedFairTurn(urgent);
}

/** Options of {@link createTimeSlicer}. */
export interface TimeSlicerOptions {
  /** Monotonic time source in milliseconds (default {@link monotonicMs}); inject one in tests. */
  now?: () => number;
  /** How to give the event loop back (default {@link nextFairTurn}: one slice of the realm's workers per macrotask). */
  yield?: () => Promise<void>;
}

/** A time budget cut into slices; see {@link createTimeSlicer}. */
export interface TimeSlicer {
  /** The budget of one slice, in milliseconds. */
  readonly budgetMs: number;
  /** True once the current slice has run for `budgetMs` or more. */
  shouldYield(): boolean;
  /**
   * When the slice is used up: waits one macrotask, starts a new slice and resolves `true`.
   * Otherwise resolves `false` at once (one microtask). In tight loops, test
   * {@link TimeSlicer.shouldYield} first to skip even that microtask.
   */
  maybeYield(): Promise<boolean>;
  /** Starts a new slice now (for example when work resumes after an idle period). */
  reset(): void;
}

/**
 * A time-slicer: run work until `budgetMs` have passed since the slice began, then yield one
 * macrotask and begin the next slice. Keeps any single task of a loop under roughly the budget
 * plus one work item.
 * @throws {RangeError} when `budgetMs` is not a positive finite number.
 * @example
 * const slicer = createTimeSlicer(8);
 * for (const frame of frames) {
 *   dispatch(frame);
 *   await slicer.maybeYield();
 * }
 */
export function createTimeSlicer(budgetMs: number, options: TimeSlicerOptions = {}): TimeSlicer {
  if (!(budgetMs > 0) || !Number.isFinite(budgetMs))
    throw new RangeError('budgetMs must be a positive finite number');
  const now = options.now ?? monotonicMs;
  const yieldFn = options.yield ?? nextFairTurn;
  let sliceStart = now();
  const slicer: TimeSlicer = {
    budgetMs,
    shouldYield: () => now() - sliceStart >= budgetMs,
    async maybeYield() {
      if (!slicer.shouldYield()) return false;
      await yieldFn();
      sliceStart = now();
      return true;
    },
    reset() {
      sliceStart = now();
    },
  };
  return slicer;
}
