import { describe, expect, it } from 'vitest';
import { runDemo } from '../src/demo.js';

describe('demo', () => {
  it('plays #status live over TCP and WebSocket, and the offline catch-up through the mailserver', async () => {
    const lines: string[] = [];
    const r = await runDemo((l) => lines.push(l));
    expect(r.live.some((m) => m.to === 'Bob' && m.text === 'hello from statuskit')).toBe(true);
    expect(r.live.some((m) => m.to === 'Dave' && m.text === 'hello from statuskit')).toBe(true);
    expect(r.live.some((m) => m.to === 'Alice' && m.text === 'hi Alice, reading you over waku/1')).toBe(true);
    expect(r.live.some((m) => m.to === 'Bob' && m.text === 'Dave here, over the WebSocket bridge')).toBe(
      true,
    );
    expect(r.history.map((m) => m.text).sort()).toEqual([
      'Dave here, over the WebSocket bridge',
      'hello from statuskit',
      'hi Alice, reading you over waku/1',
    ]);
    // Every party computed the same Status message ID for a message.
    for (const text of ['hello from statuskit', 'Dave here, over the WebSocket bridge']) {
      const ids = new Set([...r.live, ...r.history].filter((m) => m.text === text).map((m) => m.id));
      expect(ids.size).toBe(1);
      expect([...ids][0]).toMatch(/^0x[0-9a-f]{64}$/);
    }
    expect(lines.at(-1)).toMatch(/done/);
  }, 60_000);
});
