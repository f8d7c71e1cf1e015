/**
 * The demo as a user runs it (`src/main.ts` in a child process: its exit code is the verdict), with
 * the embedded relay and with `--peer`/`--mailserver` against a second statuskit relay started here;
 * and the failure paths: a network that is not there, and the ledger's accounting.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDemoArgs, UsageError } from '../src/args.js';
import { runDemo } from '../src/demo.js';
import { Ledger } from '../src/ledger.js';
import { startRelay } from '../src/relay.js';

const demoDir = fileURLToPath(new URL('..', import.meta.url));

function runMain(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=@statuskit/source', '--import', 'tsx', 'src/main.ts', ...args],
      { cwd: demoDir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** The receipts the transcript shows, as `recipient ← author in where: text`. */
const receipts = (out: string) =>
  out
    .split('\n')
    .filter((l) => l.includes(' ← '))
    .map((l) => l.trim().replace(' (from the mailserver)', ''));

// The three full runs are mostly waiting on sockets and timers: they run side by side.
describe('the demo', () => {
  it.concurrent('plays every part on the embedded relay and exits 0 with each message once', async () => {
    const { code, out } = await runMain([]);
    expect(out).toMatch(/OK: every expected message arrived exactly once/);
    expect(code).toBe(0);
    expect(out).toMatch(/20 of 20 expected receipts arrived exactly once/);
    expect(out).toMatch(/8 of 8 1:1 messages reached delivered/);
    expect(out).toMatch(/relay \+ mailserver \(Waku v1\) on loopback/);
    // Three-word names, RLPx over TCP and over WebSocket.
    expect(out).toMatch(/Alice "[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+".*over RLPx\/TCP/);
    expect(out).toMatch(/Dave {2}"[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+".*over RLPx\/WebSocket/);
    const r = receipts(out);
    expect(new Set(r).size).toBe(r.length);
    expect(r).toContain('Dave ← Alice in #status: hello from statuskit');
    expect(r).toContain('Alice ← Dave in #status: Dave here, over the WebSocket bridge');
    expect(r).toContain('Bob ← Alice in 1:1: Did you get this while you were away?');
    expect(r).toContain('Alice ← Bob in 1:1: brb, restarting my client');
    expect(r).toContain('Carol ← Alice in 1:1: Carol, read this when you are back');
    expect(r.filter((l) => l.startsWith('Carol ← ') && l.includes('#status'))).toHaveLength(4);
    expect(out).toMatch(/Bob reopens on bob\.sqlite: 4 messages in his 1:1/);
    expect(out).toMatch(/Bob's stored 1:1 now: 6 messages/);
    expect(out).toMatch(/negotiated topic: yes/);
    expect(out).toMatch(/Carol: mailserver answered, [1-9]\d* envelopes/);
  }, 60_000);

  it.concurrent('joins an existing network with --peer and --mailserver, starting no relay of its own', async () => {
    const relay = await startRelay();
    try {
      const { code, out } = await runMain(['--peer', relay.enode, '--mailserver', relay.enode]);
      expect(out).toMatch(/OK: every expected message arrived exactly once/);
      expect(code).toBe(0);
      expect(out).toMatch(/joining an existing network, no embedded relay/);
      expect(out).not.toMatch(/relay \+ mailserver \(Waku v1\) on loopback/);
      expect(out).toMatch(/20 of 20 expected receipts/);
      // Everything went through the relay this test started, TCP and bridged WebSocket alike.
      expect(relay.node.stats.envelopesAccepted).toBeGreaterThanOrEqual(20);
    } finally {
      await relay.close();
    }
  }, 60_000);

  it.concurrent('with --peer only, plays what needs no mailserver and says what it skipped', async () => {
    const relay = await startRelay();
    try {
      const lines: string[] = [];
      const r = await runDemo({ peers: [relay.enode], log: (l) => lines.push(l) });
      expect(r.error).toBeUndefined();
      expect(r.ok).toBe(true);
      expect(r.mode).toBe('network');
      expect(r.relay).toBeUndefined();
      expect(r.skipped).toHaveLength(1);
      // Public (6) + 1:1 before, across and after the restart (5), nothing for Carol.
      expect(r.verdict.expected).toBe(11);
      expect(r.bobConversation).toEqual([
        'Hi Bob, this one is just for you',
        'Hi Alice, got it, answering on the same chat',
        'The ratchet has stepped: new keys for this one',
        'brb, restarting my client',
        'Back: same session, nothing lost',
      ]);
      expect(Object.values(r.statuses).every((s) => s.at(-1) === 'delivered')).toBe(true);
      expect(lines.join('\n')).toMatch(/skipped: no --mailserver given/);
    } finally {
      await relay.close();
    }
  }, 60_000);

  it('fails, without hanging, when the network is not there', async () => {
    const relay = await startRelay();
    const enode = relay.enode;
    await relay.close();
    const r = await runDemo({ peers: [enode], log: () => {}, stepTimeoutMs: 1_500 });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/Alice connecting/);
  }, 30_000);
});

describe('the demo ledger', () => {
  const A = '0x04aa';
  const B = '0x04bb';
  it('is good only when each expected receipt happened exactly once', () => {
    const l = new Ledger();
    l.addAuthor(A);
    l.expect({ id: 'm1', from: 'Alice', text: 'one', to: ['Bob', 'Dave'] });
    l.receive('Bob', { id: 'm1', author: A });
    expect(l.verdict()).toMatchObject({ ok: false, expected: 2, deliveredOnce: 1 });
    expect(l.verdict().problems).toEqual([
      { kind: 'missing', id: 'm1', text: 'one', recipient: 'Dave', count: 0 },
    ]);
    l.receive('Dave', { id: 'm1', author: A });
    expect(l.verdict().ok).toBe(true);
    expect(l.receive('Dave', { id: 'm1', author: A })).toBe(2);
    expect(l.verdict().problems).toEqual([
      { kind: 'duplicate', id: 'm1', text: 'one', recipient: 'Dave', count: 2 },
    ]);
  });

  it('flags our messages where they were not expected and ignores other authors', () => {
    const l = new Ledger();
    l.addAuthor(A);
    l.expect({ id: 'm1', from: 'Alice', text: 'one', to: ['Bob'] });
    l.receive('Bob', { id: 'm1', author: A });
    l.receive('Carol', { id: 'm1', author: A });
    l.receive('Carol', { id: 'x', author: B });
    const v = l.verdict();
    expect(v.ok).toBe(false);
    expect(v.foreign).toBe(1);
    expect(v.problems.map((p) => `${p.kind} ${p.recipient}`)).toEqual(['unexpected Carol']);
    l.expectAlso('m1', 'Carol');
    expect(l.verdict().ok).toBe(true);
    expect(() => l.expect({ id: 'm1', from: 'Alice', text: 'one', to: [] })).toThrow(/twice/);
  });
});

describe('the demo command line', () => {
  const enode = 'enode://';
  it('takes repeatable --peer and --mailserver enode URLs', async () => {
    const relay = await startRelay();
    await relay.close();
    const a = parseDemoArgs(['--peer', relay.enode, '--peer', relay.enode, '--mailserver', relay.enode]);
    expect(a).toEqual({
      peers: [relay.enode, relay.enode],
      mailservers: [relay.enode],
      chat: 'status',
      help: false,
    });
    expect(parseDemoArgs([])).toEqual({ peers: [], mailservers: [], chat: 'status', help: false });
    // `pnpm demo -- --peer …` may hand the `--` through.
    expect(parseDemoArgs(['--', '--peer', relay.enode]).peers).toEqual([relay.enode]);
  });
  it('refuses a bad enode, an unknown flag or a bad chat name', () => {
    expect(() => parseDemoArgs(['--peer', enode])).toThrow(UsageError);
    expect(() => parseDemoArgs(['--peer', 'enode://00@127.0.0.1:1'])).toThrow(UsageError);
    expect(() => parseDemoArgs(['--bogus'])).toThrow(UsageError);
    expect(() => parseDemoArgs(['--chat', 'Not A Chat'])).toThrow(UsageError);
  });
  it('exits 2 with the usage on a bad command line', async () => {
    const { code, out } = await runMain(['--peer', 'nonsense']);
    expect(code).toBe(2);
    expect(out).toMatch(/usage: pnpm demo/);
  }, 30_000);
});
