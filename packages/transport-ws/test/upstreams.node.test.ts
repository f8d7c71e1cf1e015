/**
 * The bridge's pure parts: upstream parsing (a table of accepted and refused forms, a round-trip
 * property, and arbitrary text never throwing) and the token bucket's bound on what it lets through.
 */
import { manualClock } from '@statuskit/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../src/bridge/token-bucket.js';
import { formatUpstream, parseUpstream, upstreamAllowlist } from '../src/bridge/upstreams.js';

describe('parseUpstream', () => {
  it.each([
    ['127.0.0.1:30303', { host: '127.0.0.1', port: 30303 }],
    ['Node.Example:1', { host: 'node.example', port: 1 }],
    ['[::1]:30303', { host: '::1', port: 30303 }],
    ['[2001:DB8::1]:65535', { host: '2001:db8::1', port: 65535 }],
    [`enode://${'ab'.repeat(64)}@10.0.0.1:30303?discport=30301`, { host: '10.0.0.1', port: 30303 }],
  ])('accepts %s', (text, want) => {
    expect(parseUpstream(text)).toEqual(want);
  });

  it.each([
    '',
    '127.0.0.1',
    '127.0.0.1:',
    ':30303',
    '127.0.0.1:0',
    '127.0.0.1:65536',
    '127.0.0.1:030303',
    '127.0.0.1:+1',
    '::1:30303',
    '[::1]30303',
    '[fe80::1%eth0]:1',
    'user@host:1',
    'host/path:1',
    'host name:1',
    '-host:1',
    'enode://nohost',
    'x'.repeat(600),
  ])('refuses %j', (text) => {
    expect(parseUpstream(text)).toBeUndefined();
  });

  it('round-trips through formatUpstream', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    const host = fc.oneof(
      fc.ipV4(),
      fc.array(label, { minLength: 1, maxLength: 4 }).map((l) => l.join('.')),
      fc.ipV6().filter((h) => !h.includes('%')),
    );
    fc.assert(
      fc.property(host, fc.integer({ min: 1, max: 65535 }), (h, port) => {
        const u = parseUpstream(formatUpstream({ host: h, port }));
        expect(u).toEqual({ host: h.toLowerCase(), port });
        expect(parseUpstream(formatUpstream(u as never))).toEqual(u);
      }),
    );
  });

  it('never throws on arbitrary text, and what it accepts is stable', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const u = parseUpstream(text);
        if (u !== undefined) expect(parseUpstream(formatUpstream(u))).toEqual(u);
      }),
      { numRuns: 2000 },
    );
  });

  it('builds the allowlist keyed by canonical text, naming a bad entry', () => {
    const list = upstreamAllowlist(['A.example:1', { host: '::1', port: 2 }]);
    expect([...list.keys()]).toEqual(['a.example:1', '[::1]:2']);
    expect(() => upstreamAllowlist(['ok:1', 'bad'])).toThrow(/upstreams\[1\]/);
    expect(() => upstreamAllowlist('a:1' as never)).toThrow(TypeError);
  });
});

describe('TokenBucket', () => {
  it('lets through at most capacity + rate × elapsed, and everything within it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 50_000 })), {
          maxLength: 50,
        }),
        (rate, capacity, steps) => {
          const clock = manualClock();
          const bucket = new TokenBucket(rate, capacity, clock);
          let elapsed = 0;
          let passed = 0;
          for (const [dt, n] of steps) {
            clock.advance(dt);
            elapsed += dt;
            if (bucket.take(n)) passed += n;
            else return; // the bridge closes the connection at the first overdraft
            expect(passed).toBeLessThanOrEqual(capacity + (rate * elapsed) / 1000 + 1e-6);
          }
        },
      ),
    );
  });

  it('refuses the first take that overdraws, and refills with time', () => {
    const clock = manualClock();
    const bucket = new TokenBucket(1000, 5000, clock);
    expect(bucket.take(5000)).toBe(true);
    clock.advance(1000);
    expect(bucket.take(1000)).toBe(true);
    expect(bucket.take(1)).toBe(false);
  });
});
