/**
 * `TypedEventTarget` is the platform `EventTarget` with the event names and `detail` types of an
 * event map checked at compile time. It runs wherever `EventTarget` and `CustomEvent` exist: Node
 * 20+, pages, workers and extension service workers.
 */

import { AbortError } from './errors.js';

/** What `TypedEventTarget` accepts as its event map: event names to `detail` types. */
// biome-ignore lint/suspicious/noExplicitAny: an event map's values are arbitrary detail types
export type EventMap = Record<string, any>;

/** Listener options (the DOM's `AddEventListenerOptions`, spelled out so Node-typed code compiles too). */
export type ListenerOptions =
  | boolean
  | { capture?: boolean; once?: boolean; passive?: boolean; signal?: AbortSignal };
/** Removal options (the DOM's `EventListenerOptions`). */
export type RemoveListenerOptions = boolean | { capture?: boolean };
/** Any platform event listener. */
export type AnyListener = ((event: Event) => void) | { handleEvent(event: Event): void };

/** A listener receiving a `CustomEvent` whose `detail` is typed by the event map. */
export type TypedListener<T> =
  | ((event: CustomEvent<T>) => void)
  | { handleEvent(event: CustomEvent<T>): void };

/** `EventTarget` whose event names and details are typed by `Events`. */
export class TypedEventTarget<Events extends EventMap> extends EventTarget {
  override addEventListener<K extends keyof Events & string>(
    type: K,
    listener: TypedListener<Events[K]> | null,
    options?: ListenerOptions,
  ): void;
  override addEventListener(type: string, listener: AnyListener | null, options?: ListenerOptions): void;
  override addEventListener(type: string, listener: AnyListener | null, options?: ListenerOptions): void {
    if (listener === null) return;
    super.addEventListener(type, listener, options);
    this.#track(type, listener, options);
  }

  override removeEventListener<K extends keyof Events & string>(
    type: K,
    listener: TypedListener<Events[K]> | null,
    options?: RemoveListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: AnyListener | null,
    options?: RemoveListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: AnyListener | null,
    options?: RemoveListenerOptions,
  ): void {
    if (listener === null) return;
    super.removeEventListener(type, listener, options);
    // A bare `true` removes the capture registration in browsers but the other one in Node 20:
    // neither is forgotten then (counting high is safe, counting low would lose events).
    if (options === true) return;
    const capture = typeof options === 'object' && options.capture === true;
    this.#listeners.get(type)?.[capture ? 1 : 0].delete(listener);
  }

  /**
   * Listeners per type, `[bubble, capture]`, so {@link emit} builds no event nobody listens to. A
   * listener that EventTarget may drop by itself (`once`, `signal`) is not held: it marks its type
   * as always dispatched instead, so the count can be high but never low.
   */
  readonly #listeners = new Map<string, [Set<AnyListener>, Set<AnyListener>]>();
  readonly #always = new Set<string>();

  #track(type: string, listener: AnyListener, options: ListenerOptions | undefined): void {
    if (typeof options === 'object' && (options.once === true || options.signal !== undefined)) {
      this.#always.add(type);
      return;
    }
    const capture = typeof options === 'boolean' ? options : options?.capture === true;
    let sets = this.#listeners.get(type);
    if (sets === undefined) {
      sets = [new Set(), new Set()];
      this.#listeners.set(type, sets);
    }
    sets[capture ? 1 : 0].add(listener);
  }

  /** True when `type` may have listeners (false only when it certainly has none). */
  hasListeners(type: string): boolean {
    if (this.#always.has(type)) return true;
    const sets = this.#listeners.get(type);
    return sets !== undefined && (sets[0].size > 0 || sets[1].size > 0);
  }

  /** Dispatches a `CustomEvent` named `type` carrying `detail`; returns false if it was cancelled. */
  emit<K extends keyof Events & string>(
    type: K,
    ...detail: Events[K] extends undefined ? [detail?: Events[K]] : [detail: Events[K]]
  ): boolean {
    // No listener: no event object, no dispatch (hot paths emit per envelope). `true` is what
    // dispatchEvent returns for an event nobody cancelled.
    if (!this.hasListeners(type)) return true;
    return this.dispatchEvent(new CustomEvent(type, { detail: detail[0] as Events[K] }));
  }

  /** Resolves with the `detail` of the next `type` event, or rejects with `AbortError` on abort. */
  once<K extends keyof Events & string>(type: K, options?: { signal?: AbortSignal }): Promise<Events[K]> {
    return new Promise((resolve, reject) => {
      const signal = options?.signal;
      const onEvent = (e: Event) => {
        signal?.removeEventListener('abort', onAbort);
        resolve((e as CustomEvent<Events[K]>).detail);
      };
      const onAbort = () => {
        super.removeEventListener(type, onEvent);
        reject(abortReason(signal));
      };
      if (signal?.aborted) return reject(abortReason(signal));
      this.#always.add(type);
      super.addEventListener(type, onEvent, { once: true });
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

function abortReason(signal: AbortSignal | undefined): unknown {
  const r = signal?.reason;
  return r instanceof Error ? r : new AbortError(undefined, { cause: r });
}

/** Throws the signal's reason (or an `AbortError`) if it has been aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortReason(signal);
}

/**
 * Races `promise` against `signal`: rejects with the abort reason as soon as the signal fires, and
 * calls `onAbort` so the caller can release what the operation holds.
 */
export function abortable<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  onAbort?: () => void,
): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) {
    onAbort?.();
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const listener = () => {
      onAbort?.();
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', listener, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', listener);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', listener);
        reject(e);
      },
    );
  });
}
