/**
 * Event-loop stalls and honest round trips on an RLPx server while peers flood it (issue 17), beside
 * the same run without the flood. The server (createPeerServer over loopback TCP) hashes every
 * flood message, as a relay hashes envelopes; an honest peer in the server's process pings every
 * 50 ms; the flooding peers run in a child process so their own CPU does not count here.
 *
 * Run: `node --conditions=@statuskit/source --import tsx packages/transport-node/bench/session-flood.ts [peers] [seconds]`
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createPeerServer, createPeerSession, type Protocol, type ProtocolContext } from '@statuskit/devp2p';
import { fromHex, nobleCrypto, toHex } from '@statuskit/utils';
import { tcp } from '../src/index.js';

const c = nobleCrypto;
const transport = tcp();

function protocol(onCreate: (ctx: ProtocolContext) => (code: number, payload: Uint8Array) => void): Protocol {
  return { name: 'bench', version: 1, length: 4, create: (ctx) => ({ onMessage: onCreate(ctx) }) };
}

async function flooder(port: number, id: Uint8Array, peers: number, seconds: number): Promise<void> {
  const end = Date.now() + seconds * 1000;
  const blob = c.randomBytes(8 * 1024);
  await Promise.all(
    Array.from({ length: peers }, async () => {
      let ctx: ProtocolContext | undefined;
      const duplex = await transport.dial('127.0.0.1', port);
      const session = createPeerSession({
        duplex,
        privateKey: c.secp256k1GeneratePrivateKey(),
        remoteId: id,
        protocols: [
          protocol((x) => {
            ctx = x;
            return () => {};
          }),
        ],
      });
      try {
        await session.ready;
      } catch {
        return; // refused or timed out under load: counted by the server as fewer flood messages
      }
      let n = 0;
      while (Date.now() < end && session.peer !== undefined) {
        blob[0] = n++ & 0xff;
        try {
          if (!(ctx as ProtocolContext).send(2, blob)) await (ctx as ProtocolContext).drained();
        } catch {
          return;
        }
      }
      session.disconnect();
    }),
  );
  process.exit(0);
}

function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

async function main(peers: number, seconds: number): Promise<void> {
  const key = c.secp256k1GeneratePrivateKey();
  const id = c.secp256k1PublicKey(key).subarray(1);
  let flooded = 0;
  const server = createPeerServer({
    privateKey: key,
    protocols: [
      protocol((ctx) => (code, payload) => {
        if (code === 0) ctx.send(1, payload);
        else if (code === 2) {
          c.keccak256(payload);
          flooded++;
        }
      }),
    ],
  });
  const listener = await transport.listen({ host: '127.0.0.1', port: 0 }, server.accept);
  const port = listener.address().port;

  const pending = new Map<number, number>();
  const rtts: number[] = [];
  let honest: ProtocolContext | undefined;
  const hs = createPeerSession({
    duplex: await transport.dial('127.0.0.1', port),
    privateKey: c.secp256k1GeneratePrivateKey(),
    remoteId: id,
    protocols: [
      protocol((ctx) => {
        honest = ctx;
        return (_code, payload) => {
          const seq = (payload[0] as number) | ((payload[1] as number) << 8);
          const sent = pending.get(seq);
          if (sent !== undefined) {
            rtts.push(performance.now() - sent);
            pending.delete(seq);
          }
        };
      }),
    ],
  });
  await hs.ready;

  async function phase(flood: boolean) {
    rtts.length = 0;
    pending.clear();
    flooded = 0;
    let maxStall = 0;
    let last = performance.now();
    const lag = setInterval(() => {
      const now = performance.now();
      maxStall = Math.max(maxStall, now - last - 5);
      last = now;
    }, 5);
    let seq = 0;
    const pinger = setInterval(() => {
      const p = new Uint8Array(64);
      p[0] = seq & 0xff;
      p[1] = (seq >> 8) & 0xff;
      pending.set(seq & 0xffff, performance.now());
      seq++;
      honest?.send(0, p);
    }, 50);
    let child: ReturnType<typeof spawn> | undefined;
    if (flood) {
      child = spawn(
        process.execPath,
        [
          '--conditions=@statuskit/source',
          '--import',
          'tsx',
          fileURLToPath(import.meta.url),
          'flood',
          String(port),
          toHex(id),
          String(peers),
          String(seconds),
        ],
        { stdio: 'inherit' },
      );
    }
    await new Promise((r) => setTimeout(r, seconds * 1000 + 1000));
    clearInterval(pinger);
    await new Promise((r) => setTimeout(r, 2000)); // late pongs
    clearInterval(lag);
    child?.kill();
    return {
      maxStallMs: Math.round(maxStall),
      p50RttMs: Math.round(percentile(rtts, 50) * 10) / 10,
      p99RttMs: Math.round(percentile(rtts, 99) * 10) / 10,
      pings: seq,
      lost: pending.size,
      floodMsgs: flooded,
      honestAlive: hs.peer !== undefined && server.sessions.size > 0,
    };
  }

  const quiet = await phase(false);
  const attacked = await phase(true);
  console.log(`session flood: ${peers} peers × 8 KiB messages for ${seconds} s (server hashes each)`);
  console.table({ 'no attack': quiet, flood: attacked });
  console.log(
    `ratio flood/no-attack: max stall ${(attacked.maxStallMs / Math.max(1, quiet.maxStallMs)).toFixed(1)}×, p99 rtt ${(attacked.p99RttMs / quiet.p99RttMs).toFixed(1)}×`,
  );
  hs.disconnect();
  await server.close();
  await listener.close();
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'flood') {
  await flooder(Number(args[0]), fromHex(args[1] as string), Number(args[2]), Number(args[3]));
} else {
  await main(Number(mode ?? 10), Number(args[0] ?? 10));
}
