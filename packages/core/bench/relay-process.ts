/**
 * The relay + mailserver of the client benches, in its own process so that the clients' event loops
 * are measured alone (a relay is another machine in a deployment): starts a relay with the provider
 * named by `BENCH_PROVIDER` (`noble` or `node+wasm`), archives `count` (default 0) signed
 * public-chat envelopes of the chat `bench-history`, prints one JSON line `{ "enode", "from" }` and
 * runs until its stdin closes.
 *
 * Run by client-e2e.ts: `node --conditions=@statuskit/source --import tsx relay-process.ts <count>`.
 */
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import {
  AMM_TYPE,
  CONTENT_TYPE,
  encodeChatMessage,
  encodeProtocolMessage,
  MESSAGE_TYPE,
  wrapApplicationMessage,
} from '@statuskit/payloads';
import { type CryptoProvider, nobleCrypto } from '@statuskit/utils';
import { createEnvelope, publicChatTopic, type WhisperNode } from '@statuskit/whisper';
import { startRelay } from '../test/support/relay.node.js';

/** Posts `count` signed envelopes of the public chat `bench-history`; returns their earliest second. */
async function fillHistory(node: WhisperNode, crypto: CryptoProvider, count: number): Promise<number> {
  const chat = await publicChatTopic('bench-history', crypto);
  const author = crypto.secp256k1GeneratePrivateKey();
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    const amm = wrapApplicationMessage(
      encodeChatMessage({
        clock: BigInt(now + i),
        timestamp: BigInt(now + i),
        text: `history ${i}`,
        responseTo: '',
        ensName: '',
        chatId: 'bench-history',
        messageType: MESSAGE_TYPE.PUBLIC_GROUP,
        contentType: CONTENT_TYPE.TEXT_PLAIN,
        content: undefined,
        grant: new Uint8Array(0),
      }),
      AMM_TYPE.CHAT_MESSAGE,
      author,
      crypto,
    );
    const payload = encodeProtocolMessage({
      installationId: 'x',
      bundles: [],
      directMessage: new Map(),
      publicMessage: amm,
    });
    const env = await createEnvelope({
      payload,
      topic: chat.topic,
      symKey: chat.symKey,
      signingKey: author,
      ttlSeconds: 60,
      powTarget: 0.00001,
      crypto,
    });
    node.post(env);
  }
  return Math.floor(now / 1000) - 10;
}

const crypto = process.env.BENCH_PROVIDER === 'node+wasm' ? await createNodeCrypto() : nobleCrypto;
const relay = await startRelay({ crypto });
const count = Number(process.argv[2] ?? 0);
const from = await fillHistory(relay.node, crypto, count);
if (count > 0) await new Promise((r) => setTimeout(r, 1500)); // the archive writes settle
process.stdout.write(`${JSON.stringify({ enode: relay.enode, from })}\n`);
process.stdin.resume();
process.stdin.on('end', () => void relay.close().then(() => process.exit(0)));
