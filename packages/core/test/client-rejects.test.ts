/**
 * Bad input at the client level: each crafted envelope reaches the client's receive pipeline
 * through its Waku node, gets a typed `message:rejected` with its reason, and leaves every byte of
 * the client's storage as it was. Everything runs twice: with every recovery inline, and with a
 * recover pool (served over a `MessageChannel`) recovering the application signatures ahead.
 */
import {
  AMM_TYPE,
  CONTENT_TYPE,
  decodeApplicationMetadataMessage,
  encodeApplicationMetadataMessage,
  encodeChatMessage,
  encodeContactUpdate,
  encodeProtocolMessage,
  MESSAGE_TYPE,
  wrapApplicationMessage,
} from '@statuskit/payloads';
import {
  createRecoverPool,
  memoryStorage,
  nobleCrypto,
  type RecoverPool,
  type Storage,
  serveRecoverRequests,
  toHex,
} from '@statuskit/utils';
import { createEnvelope, publicChatTopic } from '@statuskit/whisper';
import { afterAll, describe, expect, it } from 'vitest';
import { type ClientEvents, createClient, createIdentity } from '../src/index.js';
import { countingPool } from './support/counting-pool.js';

const CHAT = 'rejects-test';

async function snapshot(storage: Storage): Promise<string[]> {
  const out: string[] = [];
  for await (const [k, v] of storage.iterate()) out.push(`${toHex(k)}=${toHex(v)}`);
  return out;
}

const channel = new MessageChannel();
serveRecoverRequests(channel.port1);
const pool = createRecoverPool([channel.port2]);
const counted = countingPool(pool);
afterAll(() => {
  pool.close();
  channel.port1.close();
  channel.port2.close();
});

async function setup(recoverPool: RecoverPool | undefined) {
  const storage = memoryStorage();
  const { identity } = await createIdentity();
  const client = await createClient({
    identity,
    storage,
    autoStart: false,
    ...(recoverPool ? { recoverPool } : {}),
  });
  await client.joinPublicChat(CHAT);
  const rejected: ClientEvents['message:rejected'][] = [];
  const received: unknown[] = [];
  client.addEventListener('message:rejected', (e) => rejected.push(e.detail));
  client.addEventListener('message:received', (e) => received.push(e.detail));
  return { storage, client, rejected, received };
}

/** A public-chat envelope carrying `amm`, signed at the Waku layer by `envelopeKey`. */
async function publicEnvelope(amm: Uint8Array, envelopeKey: Uint8Array): Promise<Uint8Array> {
  const { topic, symKey } = await publicChatTopic(CHAT);
  const payload = encodeProtocolMessage({
    installationId: 'x',
    bundles: [],
    directMessage: new Map(),
    publicMessage: amm,
  });
  return (
    await createEnvelope({ payload, topic, symKey, signingKey: envelopeKey, ttlSeconds: 15, powTarget: 0 })
  ).raw;
}

function chatMessage(clock: bigint, text = 'hello') {
  return encodeChatMessage({
    clock,
    timestamp: BigInt(Date.now()),
    text,
    responseTo: '',
    ensName: '',
    chatId: CHAT,
    messageType: MESSAGE_TYPE.PUBLIC_GROUP,
    contentType: CONTENT_TYPE.TEXT_PLAIN,
    content: undefined,
    grant: new Uint8Array(0),
  });
}

describe.each([
  ['inline', undefined],
  ['with a recover pool', counted.pool],
])('client: bad input gets a typed event and changes nothing (%s)', (_, recoverPool) => {
  it('an AMM signed by another key than its envelope', async () => {
    const { storage, client, rejected, received } = await setup(recoverPool);
    const [x, y] = [nobleCrypto.secp256k1GeneratePrivateKey(), nobleCrypto.secp256k1GeneratePrivateKey()];
    const amm = wrapApplicationMessage(chatMessage(BigInt(Date.now())), AMM_TYPE.CHAT_MESSAGE, x);
    const before = await snapshot(storage);
    client.node.post(await publicEnvelope(amm, y));
    await client.whenIdle();
    expect(rejected.map((r) => r.reason)).toEqual(['signer-mismatch']);
    expect(received).toEqual([]);
    expect(await snapshot(storage)).toEqual(before);
    // The same AMM under its own signer's envelope is accepted: the check is what rejected it.
    const before2 = counted.used();
    client.node.post(await publicEnvelope(amm, x));
    await client.whenIdle();
    expect(received).toHaveLength(1);
    // With a pool, the signature was recovered there.
    expect(counted.used() - before2).toBe(recoverPool ? 1 : 0);
    await client.close();
  });

  it('an AMM whose signature recovers no key', async () => {
    const { storage, client, rejected, received } = await setup(recoverPool);
    const k = nobleCrypto.secp256k1GeneratePrivateKey();
    const amm = wrapApplicationMessage(chatMessage(BigInt(Date.now())), AMM_TYPE.CHAT_MESSAGE, k);
    const unsigned = decodeApplicationMetadataMessage(amm);
    const forged = encodeApplicationMetadataMessage({ ...unsigned, signature: new Uint8Array(65) });
    const before = await snapshot(storage);
    client.node.post(await publicEnvelope(forged, k));
    await client.whenIdle();
    expect(rejected.map((r) => r.reason)).toEqual(['undecodable']);
    expect(received).toEqual([]);
    expect(await snapshot(storage)).toEqual(before);
    await client.close();
  });

  it('a clock far in the future', async () => {
    const { storage, client, rejected, received } = await setup(recoverPool);
    const k = nobleCrypto.secp256k1GeneratePrivateKey();
    const amm = wrapApplicationMessage(chatMessage(BigInt(Date.now() + 3_600_000)), AMM_TYPE.CHAT_MESSAGE, k);
    const before = await snapshot(storage);
    client.node.post(await publicEnvelope(amm, k));
    await client.whenIdle();
    expect(rejected.map((r) => r.reason)).toEqual(['clock']);
    expect(received).toEqual([]);
    expect(await snapshot(storage)).toEqual(before);
    await client.close();
  });

  it('a contact update (or anything else) from a blocked key', async () => {
    const { storage, client, rejected } = await setup(recoverPool);
    const k = nobleCrypto.secp256k1GeneratePrivateKey();
    const pub = nobleCrypto.secp256k1PublicKey(k, false);
    await client.blockContact(pub);
    const amm = wrapApplicationMessage(
      encodeContactUpdate({ clock: BigInt(Date.now()), ensName: 'mallory.eth', profileImage: '' }),
      AMM_TYPE.CONTACT_UPDATE,
      k,
    );
    const before = await snapshot(storage);
    client.node.post(await publicEnvelope(amm, k));
    client.node.post(await publicEnvelope(wrapApplicationMessage(chatMessage(BigInt(Date.now())), 1, k), k));
    await client.whenIdle();
    expect(rejected.map((r) => r.reason)).toEqual(['blocked', 'blocked']);
    expect(await snapshot(storage)).toEqual(before);
    const c = client.contacts().find((x) => x.id === `0x${toHex(pub)}`);
    expect(c?.blocked).toBe(true);
    expect(c?.ensName).toBe('');
    // Unblocked, the same sender's update applies.
    await client.unblockContact(pub);
    client.node.post(
      await publicEnvelope(
        wrapApplicationMessage(
          encodeContactUpdate({ clock: BigInt(Date.now()) + 1n, ensName: 'mallory.eth', profileImage: '' }),
          AMM_TYPE.CONTACT_UPDATE,
          k,
        ),
        k,
      ),
    );
    await client.whenIdle();
    expect(client.contacts().find((x) => x.id === `0x${toHex(pub)}`)?.ensName).toBe('mallory.eth');
    await client.close();
  });

  it('bytes that are not an AMM', async () => {
    const { storage, client, rejected } = await setup(recoverPool);
    const k = nobleCrypto.secp256k1GeneratePrivateKey();
    const before = await snapshot(storage);
    client.node.post(await publicEnvelope(Uint8Array.of(0xff, 0xff, 0xff, 0x01), k));
    await client.whenIdle();
    expect(rejected.map((r) => r.reason)).toEqual(['undecodable']);
    expect(await snapshot(storage)).toEqual(before);
    await client.close();
  });
});
