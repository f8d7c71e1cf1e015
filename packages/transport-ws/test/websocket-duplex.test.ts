/**
 * The carrier's rules against a scripted WebSocket (runs in Node and in Chromium): close codes to
 * close events, text frames, sends while connecting, message splitting, backpressure and drain on
 * `bufferedAmount`, abort, and `connectWebSocket`'s argument checks, dial failures and abort.
 */
import { concatBytes } from '@statuskit/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLOSE_CODES,
  closeCodeName,
  connectWebSocket,
  DEFAULT_MAX_MESSAGE_BYTES,
  type WebSocketClass,
  webSocketDuplex,
} from '../src/index.js';

/** A WebSocket whose network side the test plays. */
class ScriptedSocket extends EventTarget {
  static last: ScriptedSocket | undefined;
  readyState = 0;
  bufferedAmount = 0;
  binaryType = 'blob';
  readonly url: string;
  readonly protocols: unknown;
  readonly sent: Uint8Array[] = [];
  readonly closes: Array<[number | undefined, string | undefined]> = [];
  terminated = 0;

  constructor(url: string, protocols?: string | string[]) {
    super();
    this.url = url;
    this.protocols = protocols;
    ScriptedSocket.last = this;
  }
  send(data: Uint8Array): void {
    if (this.readyState !== 1) throw new Error('InvalidStateError');
    this.sent.push(data.slice());
    this.bufferedAmount += data.length;
  }
  close(code?: number, reason?: string): void {
    this.closes.push([code, reason]);
    this.readyState = 2;
  }
  // test side
  open(): void {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }
  message(data: unknown): void {
    this.dispatchEvent(Object.assign(new Event('message'), { data }));
  }
  closed(code: number, reason = ''): void {
    this.readyState = 3;
    this.dispatchEvent(Object.assign(new Event('close'), { code, reason, wasClean: code !== 1006 }));
  }
}

class TerminatingSocket extends ScriptedSocket {
  terminate(): void {
    this.terminated++;
    this.readyState = 3;
  }
}

const Scripted = ScriptedSocket as unknown as WebSocketClass;

function opened(options: Parameters<typeof webSocketDuplex>[1] = {}) {
  const socket = new ScriptedSocket('ws://test/');
  socket.open();
  const duplex = webSocketDuplex(socket, options);
  const events: Array<[string, unknown]> = [];
  for (const type of ['data', 'drain', 'error', 'close'] as const) {
    duplex.addEventListener(type, (e) => events.push([type, (e as CustomEvent).detail]));
  }
  return { socket, duplex, events };
}

describe('webSocketDuplex', () => {
  it('asks for array buffers and emits each binary message as fresh bytes', () => {
    const { socket, events } = opened();
    expect(socket.binaryType).toBe('arraybuffer');
    const buf = Uint8Array.of(1, 2, 3).buffer;
    socket.message(buf);
    socket.message(new ArrayBuffer(0));
    expect(events).toEqual([['data', Uint8Array.of(1, 2, 3)]]);
  });

  it('treats a text frame as a protocol violation: error, then close with ABORTED', () => {
    const { socket, duplex, events } = opened();
    socket.message('hello');
    expect(events.map((e) => e[0])).toEqual(['error', 'close']);
    expect(events[0]?.[1]).toMatchObject({ name: 'WebSocketProtocolError' });
    expect(events[1]?.[1]).toMatchObject({ local: false, error: events[0]?.[1] });
    expect(socket.closes).toEqual([[CLOSE_CODES.ABORTED, 'binary frames only']]);
    expect(duplex.closed).toBe(true);
    socket.message(new ArrayBuffer(4));
    socket.closed(4005);
    expect(events.length).toBe(2);
  });

  it.each([
    [1000, undefined],
    [1005, undefined],
    [1001, 'going_away'],
    [1006, 'code(1006)'],
    [4029, 'rate_limited'],
    [4001, 'upstream_not_allowed'],
  ])('maps a remote close with %i to the close event', (code, name) => {
    const { socket, events } = opened();
    socket.closed(code, 'why');
    if (name === undefined) {
      expect(events).toEqual([['close', { local: false }]]);
    } else {
      expect(events.map((e) => e[0])).toEqual(['error', 'close']);
      expect(events[0]?.[1]).toMatchObject({ name: 'WebSocketCloseError', code, reason: 'why' });
      expect(String((events[0]?.[1] as Error | undefined)?.message)).toContain(name);
      expect(closeCodeName(code)).toBe(name);
    }
  });

  it('queues sends made while connecting and sends them, in order, once open', () => {
    const socket = new ScriptedSocket('ws://test/');
    const duplex = webSocketDuplex(socket, { highWaterMark: 10 });
    expect(duplex.send(Uint8Array.of(1, 2))).toBe(true);
    expect(duplex.send(Uint8Array.of(3))).toBe(true);
    expect(duplex.bufferedAmount).toBe(3);
    expect(duplex.send(new Uint8Array(7))).toBe(false);
    duplex.close();
    expect(socket.closes).toEqual([]);
    socket.open();
    expect(socket.sent).toEqual([Uint8Array.of(1, 2), Uint8Array.of(3), new Uint8Array(7)]);
    expect(socket.closes).toEqual([[CLOSE_CODES.NORMAL, undefined]]);
  });

  it('splits large sends into messages of at most maxMessageBytes', () => {
    const { socket, duplex } = opened({ maxMessageBytes: 1000 });
    duplex.send(new Uint8Array(2500).map((_, i) => i));
    expect(socket.sent.map((m) => m.length)).toEqual([1000, 1000, 500]);
    expect(socket.sent[2]?.[0]).toBe(2000 & 0xff);
    const d = opened();
    d.duplex.send(new Uint8Array(DEFAULT_MAX_MESSAGE_BYTES + 1));
    expect(d.socket.sent.map((m) => m.length)).toEqual([DEFAULT_MAX_MESSAGE_BYTES, 1]);
  });

  it('sends every byte, in order, in messages of at most maxMessageBytes (any split)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.array(fc.uint8Array({ maxLength: 5000 }), { maxLength: 20 }),
        (max, sends) => {
          const { socket, duplex } = opened({ maxMessageBytes: max });
          for (const s of sends) duplex.send(s);
          expect(socket.sent.every((m) => m.length > 0 && m.length <= max)).toBe(true);
          expect(concatBytes(...socket.sent)).toEqual(concatBytes(...sends));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports backpressure at the high-water mark and drains when bufferedAmount falls', async () => {
    const { socket, duplex, events } = opened({ highWaterMark: 100 });
    expect(duplex.send(new Uint8Array(60))).toBe(true);
    expect(duplex.send(new Uint8Array(60))).toBe(false);
    expect(duplex.bufferedAmount).toBe(120);
    const drained = duplex.drained();
    socket.bufferedAmount = 100; // still at the mark
    await new Promise((r) => setTimeout(r, 20));
    expect(events.filter((e) => e[0] === 'drain').length).toBe(0);
    socket.bufferedAmount = 99;
    await drained;
    expect(events.filter((e) => e[0] === 'drain').length).toBe(1);
    await duplex.drained(); // resolves at once below the mark
  });

  it('close() sends a clean close once, and the close event comes from the socket', () => {
    const { socket, duplex, events } = opened();
    duplex.close();
    duplex.close();
    expect(socket.closes).toEqual([[CLOSE_CODES.NORMAL, undefined]]);
    expect(() => duplex.send(Uint8Array.of(1))).toThrow(expect.objectContaining({ name: 'ClosedError' }));
    expect(events).toEqual([]);
    socket.closed(1000);
    expect(events).toEqual([['close', { local: true }]]);
  });

  it('abort() ends at once: ABORTED close frame on the platform class, terminate() on ws', () => {
    const { socket, duplex, events } = opened();
    const boom = new Error('boom');
    duplex.abort(boom);
    expect(events).toEqual([
      ['error', boom],
      ['close', { error: boom, local: true }],
    ]);
    expect(socket.closes).toEqual([[CLOSE_CODES.ABORTED, 'aborted: Error']]);
    duplex.abort(boom);
    socket.closed(4005);
    expect(events.length).toBe(2);

    const ws = new TerminatingSocket('ws://test/');
    ws.open();
    webSocketDuplex(ws).abort(new Error('x'));
    expect(ws.terminated).toBe(1);
    expect(ws.closes).toEqual([]);
  });

  it('rejects sockets that are not open and data that is not bytes', () => {
    const socket = new ScriptedSocket('ws://test/');
    socket.readyState = 3;
    expect(() => webSocketDuplex(socket)).toThrow(TypeError);
    expect(() => webSocketDuplex({} as never)).toThrow(TypeError);
    const { duplex } = opened();
    expect(() => duplex.send('text' as never)).toThrow(TypeError);
    expect(() => opened({ highWaterMark: 0 })).toThrow(RangeError);
    expect(() => opened({ maxMessageBytes: 1.5 })).toThrow(RangeError);
  });
});

describe('connectWebSocket', () => {
  it('resolves once the socket opens, passing the URL and protocols', async () => {
    const p = connectWebSocket(new URL('ws://bridge.test/x?upstream=1.2.3.4:5'), {
      WebSocket: Scripted,
      protocols: ['a', 'b'],
    });
    const socket = ScriptedSocket.last as ScriptedSocket;
    expect(socket.url).toBe('ws://bridge.test/x?upstream=1.2.3.4:5');
    expect(socket.protocols).toEqual(['a', 'b']);
    socket.open();
    const duplex = await p;
    expect(duplex.remoteAddress).toBe('ws://bridge.test/x?upstream=1.2.3.4:5');
  });

  it('rejects with DialError when the socket closes before opening', async () => {
    const p = connectWebSocket('wss://bridge.test/', { WebSocket: Scripted });
    (ScriptedSocket.last as ScriptedSocket).closed(1006);
    await expect(p).rejects.toMatchObject({
      name: 'DialError',
      cause: { name: 'WebSocketCloseError', code: 1006 },
    });
  });

  it('rejects with DialError after timeoutMs, and with the reason on abort', async () => {
    const slow = connectWebSocket('ws://bridge.test/', { WebSocket: Scripted, timeoutMs: 10 });
    await expect(slow).rejects.toMatchObject({ name: 'DialError' });
    expect((ScriptedSocket.last as ScriptedSocket).closes).toEqual([
      [CLOSE_CODES.ABORTED, 'aborted: DialError'],
    ]);

    const ac = new AbortController();
    const aborted = connectWebSocket('ws://bridge.test/', { WebSocket: Scripted, signal: ac.signal });
    const reason = new Error('stop');
    ac.abort(reason);
    await expect(aborted).rejects.toBe(reason);

    const before = new AbortController();
    before.abort();
    await expect(
      connectWebSocket('ws://bridge.test/', { WebSocket: Scripted, signal: before.signal }),
    ).rejects.toThrow();
  });

  it('checks its arguments', () => {
    expect(() => connectWebSocket('http://bridge.test/', { WebSocket: Scripted })).toThrow(TypeError);
    expect(() => connectWebSocket('not a url', { WebSocket: Scripted })).toThrow(TypeError);
    expect(() => connectWebSocket(42 as never, { WebSocket: Scripted })).toThrow(TypeError);
    expect(() => connectWebSocket('ws://x/', { WebSocket: Scripted, highWaterMark: -1 })).toThrow(RangeError);
    expect(() => connectWebSocket('ws://x/', { WebSocket: Scripted, timeoutMs: 0 })).toThrow(RangeError);
    const hasGlobal = typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'function';
    if (!hasGlobal) expect(() => connectWebSocket('ws://x/')).toThrow(/options\.WebSocket/);
  });
});
