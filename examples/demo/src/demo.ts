/**
 * The statuskit demo, in one process on loopback: a relay node that is also a mailserver, and
 * Status identities that join the public chat `#status` over RLPx/TCP and Waku v1. Alice and Bob
 * talk live; Carol was offline and catches up through the mailserver. Every byte goes through the
 * real stack: RLPx handshake and framing, waku/1, PoW-sealed, signed, AES-GCM-encrypted envelopes
 * on the Status topic and key of the chat.
 *
 * Dave runs the same stack over a WebSocket through the bridge (as a browser or extension would):
 * RLPx stays end to end, the bridge only pipes ciphertext.
 *
 * Each message is what status-go sends to a public chat (§1.2): a ChatMessage with a Lamport
 * clock, wrapped in a signed ApplicationMetadataMessage, inside a ProtocolMessage's
 * `public_message`; receivers recover the author, compute the Status message ID and validate it.
 *
 * Not yet in the demo (their layers are still being wired into a client): 1:1 chats with the
 * Double Ratchet, private groups, and our own bundle on each ProtocolMessage.
 */
import { createIdentity, type Identity } from '@statuskit/core';
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { createPeerSession, type PeerSession } from '@statuskit/devp2p';
import {
  AMM_TYPE,
  CONTENT_TYPE,
  decodeChatMessage,
  decodeProtocolMessage,
  encodeChatMessage,
  encodeProtocolMessage,
  MESSAGE_TYPE,
  messageIdToHex,
  nextClockAndTimestamp,
  unwrapApplicationMessage,
  updatedLastClock,
  validateReceivedChatMessage,
  whisperTimestampMs,
  wrapApplicationMessage,
} from '@statuskit/payloads';
import { formatEnode, tcp } from '@statuskit/transport-node';
import { connectWebSocket } from '@statuskit/transport-ws';
import { createBridge } from '@statuskit/transport-ws/bridge';
import { memoryStorage, nobleCrypto, toHex } from '@statuskit/utils';
import {
  createMailserver,
  createMailserverClient,
  createWhisperNode,
  MAILSERVER_PASSWORD,
  publicChatTopic,
  type ReceivedMessage,
  symKeyFromPassword,
  type WhisperNode,
} from '@statuskit/whisper';
import { WebSocket } from 'ws';

/** What the demo saw, for its test. */
export interface DemoResult {
  relayEnode: string;
  live: Array<{ to: string; from: string; text: string; id: string }>;
  history: Array<{ to: string; from: string; text: string; id: string }>;
}

interface Party {
  name: string;
  identity: Identity;
  installationId: string;
  lastClock: bigint;
  node: WhisperNode;
  sessions: PeerSession[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(pred: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`demo: timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Runs the demo; `log` receives each line it prints. */
export async function runDemo(log: (line: string) => void = console.log): Promise<DemoResult> {
  const transport = tcp();
  const chat = await publicChatTopic('status');
  const mailserverKey = await symKeyFromPassword(MAILSERVER_PASSWORD);
  const result: DemoResult = { relayEnode: '', live: [], history: [] };
  const closers: Array<() => unknown> = [];
  // A Node entry point takes the fast provider (WASM secp256k1 + Keccak, node:crypto ciphers).
  const fast = await createNodeCrypto();

  // The relay: a full waku/1 node that archives every envelope it relays.
  const relayKey = nobleCrypto.secp256k1GeneratePrivateKey();
  const relayId = nobleCrypto.secp256k1PublicKey(relayKey).subarray(1);
  const relay = createWhisperNode({
    capabilities: ['waku/1'],
    crypto: fast,
    mailserver: createMailserver({ storage: memoryStorage(), symKey: mailserverKey }),
  });
  const relaySessions: PeerSession[] = [];
  const listener = await transport.listen({ host: '127.0.0.1', port: 0 }, (duplex) => {
    relaySessions.push(
      createPeerSession({
        duplex,
        privateKey: relayKey,
        protocols: relay.protocols,
        clientId: 'statuskit-relay',
        crypto: fast,
      }),
    );
  });
  closers.push(() => listener.close());
  result.relayEnode = formatEnode({
    id: relayId,
    host: '127.0.0.1',
    tcpPort: listener.address().port,
    udpPort: listener.address().port,
  });
  log(`relay+mailserver listening: ${result.relayEnode.slice(0, 30)}…@127.0.0.1:${listener.address().port}`);
  // The same relay also listens on WebSocket: the bridge hands each connection to the node in-process.
  const bridge = await createBridge({
    port: 0,
    host: '127.0.0.1',
    upstreams: [],
    origins: [],
    onConnection: (duplex) => {
      relaySessions.push(
        createPeerSession({
          duplex,
          privateKey: relayKey,
          protocols: relay.protocols,
          clientId: 'statuskit-relay',
          crypto: fast,
        }),
      );
    },
  });
  closers.push(() => bridge.close({ reason: 'demo over' }));
  const wsUrl = `ws://127.0.0.1:${bridge.address().port}/`;
  log(`relay also accepts RLPx over WebSocket at ${wsUrl} (the bridge pipes ciphertext only)`);

  async function join(name: string, via: 'tcp' | 'websocket' = 'tcp'): Promise<Party> {
    const { identity } = await createIdentity();
    const node = createWhisperNode({ capabilities: ['waku/1'], lightNode: true, crypto: fast });
    node.subscribe({ topics: [chat.topic], key: { kind: 'symmetric', key: chat.symKey }, allowP2P: true });
    const party: Party = {
      name,
      identity,
      node,
      sessions: [],
      installationId: crypto.randomUUID(),
      lastClock: 0n,
    };
    const duplex =
      via === 'tcp'
        ? await transport.dial('127.0.0.1', listener.address().port, { timeoutMs: 5_000 })
        : await connectWebSocket(wsUrl, { WebSocket, timeoutMs: 5_000 });
    const session = createPeerSession({
      duplex,
      privateKey: identity.privateKey,
      remoteId: relayId,
      protocols: node.protocols,
      clientId: `statuskit-${name}`,
      crypto: fast,
    });
    party.sessions.push(session);
    await session.ready;
    await waitFor(() => node.peers().length > 0, `${name}'s waku handshake`);
    log(
      `${name} is "${identity.alias}" (${identity.publicKeyString.slice(0, 14)}…), joined #status over RLPx/${via === 'tcp' ? 'TCP' : 'WebSocket'} + waku/1`,
    );
    return party;
  }

  function listen(p: Party, into: DemoResult['live'], known: Map<string, string>): void {
    p.node.addEventListener('message', (e) => {
      const m: ReceivedMessage = e.detail.message;
      const from = m.signer
        ? (known.get(toHex(m.signer)) ?? `0x${toHex(m.signer).slice(0, 12)}…`)
        : 'anonymous';
      // ProtocolMessage → signed AMM (author, message ID) → ChatMessage → §7.12 validation.
      let text: string;
      let id: string;
      try {
        const pm = decodeProtocolMessage(m.payload);
        const amm = unwrapApplicationMessage(pm.publicMessage, { transportSigner: m.signer });
        if (amm.type !== AMM_TYPE.CHAT_MESSAGE) return;
        const chatMessage = decodeChatMessage(amm.payload);
        const check = validateReceivedChatMessage(chatMessage, whisperTimestampMs(m.expiry, m.ttl));
        if (!check.valid) {
          log(`  ${p.name} drops an invalid message: ${check.reason}`);
          return;
        }
        p.lastClock = updatedLastClock(p.lastClock, chatMessage.clock);
        text = chatMessage.text;
        id = messageIdToHex(amm.messageId);
      } catch (err) {
        log(`  ${p.name} drops an undecodable payload (${(err as Error).name})`);
        return;
      }
      into.push({ to: p.name, from, text, id });
      log(
        `  ${p.name} sees ${m.p2p ? '(history) ' : ''}[#status] ${from}: ${text}  (id ${id.slice(0, 10)}…)`,
      );
    });
  }

  const alice = await join('Alice');
  const bob = await join('Bob');
  const dave = await join('Dave', 'websocket');
  const names = new Map<string, string>([
    [toHex(alice.identity.publicKey), alice.identity.alias],
    [toHex(bob.identity.publicKey), bob.identity.alias],
    [toHex(dave.identity.publicKey), dave.identity.alias],
  ]);
  listen(alice, result.live, names);
  listen(bob, result.live, names);
  listen(dave, result.live, names);

  const say = async (p: Party, text: string) => {
    log(`${p.name} sends to #status: ${text}`);
    const { clock, timestamp } = nextClockAndTimestamp(p.lastClock, BigInt(Date.now()));
    p.lastClock = clock;
    const chatMessage = encodeChatMessage({
      clock,
      timestamp,
      text,
      chatId: 'status',
      messageType: MESSAGE_TYPE.PUBLIC_GROUP,
      contentType: CONTENT_TYPE.TEXT_PLAIN,
    });
    const amm = wrapApplicationMessage(chatMessage, AMM_TYPE.CHAT_MESSAGE, p.identity.privateKey);
    const payload = encodeProtocolMessage({
      installationId: p.installationId,
      bundles: [],
      directMessage: new Map(),
      publicMessage: amm,
    });
    await p.node.send({
      payload,
      topic: chat.topic,
      symKey: chat.symKey,
      signingKey: p.identity.privateKey,
      ttlSeconds: 60,
    });
  };
  const from = Math.floor(Date.now() / 1000) - 1;
  await say(alice, 'hello from statuskit');
  await waitFor(() => result.live.some((m) => m.to === 'Bob'), 'Bob receiving Alice');
  await say(bob, 'hi Alice, reading you over waku/1');
  await waitFor(
    () => result.live.some((m) => m.to === 'Alice' && m.from === bob.identity.alias),
    'Alice receiving Bob',
  );
  await say(dave, 'Dave here, over the WebSocket bridge');
  await waitFor(
    () =>
      ['Alice', 'Bob'].every((n) => result.live.some((m) => m.to === n && m.from === dave.identity.alias)),
    'Alice and Bob receiving Dave',
  );

  // Carol was offline for all of that: she connects now and asks the mailserver.
  const carol = await join('Carol');
  const history: DemoResult['history'] = [];
  listen(carol, history, names);
  const client = createMailserverClient({
    node: carol.node,
    signingKey: carol.identity.privateKey,
    symKey: mailserverKey,
  });
  const done = await client.requestAll(relayId, {
    from,
    to: Math.floor(Date.now() / 1000) + 1,
    topics: [chat.topic],
    limit: 10,
  });
  await waitFor(() => history.length >= 3, 'Carol catching up');
  log(`Carol caught up: ${done.envelopes} envelopes from the mailserver in ${done.pages.length} page(s)`);
  result.history = history;

  for (const p of [alice, bob, dave, carol]) {
    for (const s of p.sessions) s.disconnect();
    p.node.close();
  }
  for (const s of relaySessions) s.disconnect();
  relay.close();
  for (const c of closers) await c();
  log('done: every party disconnected cleanly.');
  return result;
}
