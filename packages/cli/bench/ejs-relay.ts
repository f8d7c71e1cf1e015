/**
 * The reference relay for `relay-vs-ethereumjs.ts`: RLPx from @ethereumjs/devp2p (handshake,
 * framing, p2p base protocol) with the least Waku v1 logic that forwards the same bytes: it sends a
 * status (PoW 0, full bloom), and re-sends every new envelope of a Messages packet (de-duplicated by
 * hash) to every other peer at once. No PoW or expiry checks, no pool sweeps, no archive: it is a
 * floor for the transport, not a second relay. Prints `{"enode":…}` on stdout once listening and
 * `{"rss":…}` for each `rss` line on stdin.
 */
import { createInterface } from 'node:readline';
import { RLPx } from '@ethereumjs/devp2p';
import { formatEnode, snappyCompress } from '@statuskit/devp2p';
import { nobleCrypto } from '@statuskit/utils';
import { decodeEnvelopeList, encodeRawList, encodeWakuStatus, fullBloom } from '@statuskit/whisper';

const key = nobleCrypto.secp256k1GeneratePrivateKey();
const id = nobleCrypto.secp256k1PublicKey(key).subarray(1);
const seen = new Set<string>();
const peers = new Set<EjsWaku>();

class EjsWaku {
  readonly #send: (code: number, data: Uint8Array) => void;
  constructor(_version: number, _peer: unknown, send: (code: number, data: Uint8Array) => void) {
    this.#send = send;
    peers.add(this);
    // ethereumjs leaves snappy to the subprotocol on the way out.
    send(
      0,
      snappyCompress(encodeWakuStatus({ powRequirement: 0, bloomFilter: fullBloom(), lightNode: false }, 1)),
    );
  }
  _handleMessage(code: number, data: Uint8Array): void {
    if (code !== 1) return;
    const fresh = decodeEnvelopeList(data).filter((r) => {
      if (seen.has(r.hashHex)) return false;
      seen.add(r.hashHex);
      return true;
    });
    if (fresh.length === 0) return;
    const payload = snappyCompress(encodeRawList(fresh.map((r) => r.raw)));
    for (const p of peers) if (p !== this) p.#send(1, payload);
  }
  forget(): void {
    peers.delete(this);
  }
}

const rlpx = new RLPx(key, {
  capabilities: [{ name: 'waku', version: 1, length: 128, constructor: EjsWaku as never }],
  common: undefined as never,
  maxPeers: 200,
  timeout: 20_000,
});
rlpx.events.on('peer:removed', (peer: { getProtocols(): unknown[] }) => {
  for (const p of peer.getProtocols()) if (p instanceof EjsWaku) p.forget();
});
rlpx.events.on('peer:error', () => {});
rlpx.events.on('error', () => {});
rlpx.listen(0, '127.0.0.1');
rlpx.events.once('listening', () => {
  const port = (rlpx as unknown as { _server: { address(): { port: number } } })._server.address().port;
  process.stdout.write(
    `${JSON.stringify({ enode: formatEnode({ id, host: '127.0.0.1', tcpPort: port, udpPort: port }) })}\n`,
  );
});
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === 'rss') process.stdout.write(`${JSON.stringify({ rss: process.memoryUsage().rss })}\n`);
});
process.stdin.on('end', () => process.exit(0));
