/**
 * The secure transport between statuskit installations: first contact (DH-only), X3DH, the
 * ratchet in both directions, kept message keys and confirmation, shared-secret agreement,
 * multi-device, bundle refresh, restarts, and every failure leaving the store byte-identical.
 */
import { nobleCrypto as crypto, manualClock, toHex, utf8ToBytes } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import {
  type DirectMessageProtocol,
  type HandledMessage,
  NO_INSTALLATION_ID,
  type ProtocolMessage,
  signBundle,
} from '../src/index.js';
import { copyMessage, type Device, device, snapshot } from './support/parties.js';

const text = (s: string) => utf8ToBytes(s);
/** A 33-byte key that is not a point: x ≥ p. */
const notAPoint = () => Uint8Array.from([2, ...new Uint8Array(32).fill(0xff)]);
const str = (b: Uint8Array) => new TextDecoder().decode(b);

function dmOf(m: ProtocolMessage, installationId: string): DirectMessageProtocol {
  const dm = m.directMessage?.get(installationId);
  if (dm === undefined) throw new Error(`no direct message for ${installationId}`);
  return dm;
}

async function send(from: Device, to: Device, body: string): Promise<ProtocolMessage> {
  return (await from.transport.buildDirectMessage(to.publicKey, text(body))).message;
}

async function recv(to: Device, from: Device, m: ProtocolMessage): Promise<HandledMessage> {
  const r = await to.transport.handleMessage(from.publicKey, copyMessage(m));
  if (r.confirmation !== undefined) await to.transport.confirmMessageProcessed(r.confirmation);
  return r;
}

/** Two parties who have exchanged bundles through public messages. */
async function introduced(clock = manualClock()) {
  const alice = device('alice', 1, 'alice-1', { clock });
  const bob = device('bob', 2, 'bob-1', { clock });
  await recv(bob, alice, await alice.transport.buildPublicMessage(text('hi all')));
  await recv(alice, bob, await bob.transport.buildPublicMessage(text('hello')));
  return { alice, bob, clock };
}

/** Expects `f` to reject with `name` and the store of `d` to stay byte-identical. */
async function rejectsUnchanged(d: Device, f: () => Promise<unknown>, name: string | string[]) {
  const before = await snapshot(d.storage);
  const err = await f().then(
    () => undefined,
    (e: Error) => e,
  );
  expect(err, 'operation should fail').toBeInstanceOf(Error);
  expect([name].flat(), String(err?.message)).toContain(err?.name);
  expect(await snapshot(d.storage)).toEqual(before);
}

describe('first contact and session setup', () => {
  it('uses DH-only when no installation of the recipient is known', async () => {
    const alice = device('alice', 1, 'alice-1');
    const bob = device('bob', 2, 'bob-1');
    const spec = await alice.transport.buildDirectMessage(bob.publicKey, text('first'));
    expect([...(spec.message.directMessage?.keys() ?? [])]).toEqual([NO_INSTALLATION_ID]);
    expect(spec.installations).toEqual([]);
    expect(spec.agreed).toBe(false);
    const dm = dmOf(spec.message, NO_INSTALLATION_ID);
    expect(dm.dhHeader?.key.length).toBe(33);
    const r = await recv(bob, alice, spec.message);
    expect(r.kind).toBe('dh');
    expect(str(r.payload)).toBe('first');
    expect(r.newInstallations.map((i) => i.id)).toEqual(['alice-1']);
    expect(r.sharedSecrets.map((s) => toHex(s.key))).toEqual([
      toHex(crypto.secp256k1Ecdh(bob.identityPrivateKey, alice.publicKey)),
    ]);
  });

  it('runs X3DH, repeats the header until answered, then ratchets both ways', async () => {
    const { alice, bob } = await introduced();
    const m1 = await send(alice, bob, 'one');
    const dm1 = dmOf(m1, 'bob-1');
    expect(dm1.x3dhHeader?.id).toEqual(dm1.drHeader?.id);
    const m2 = await send(alice, bob, 'two');
    expect(dmOf(m2, 'bob-1').x3dhHeader).toBeDefined();
    expect(str((await recv(bob, alice, m1)).payload)).toBe('one');
    expect(str((await recv(bob, alice, m2)).payload)).toBe('two');
    const reply = await send(bob, alice, 'ack');
    const dmr = dmOf(reply, 'alice-1');
    // Bob answers on the session Alice built: same bundle ID, no X3DH header of his own.
    expect(dmr.x3dhHeader).toBeUndefined();
    expect(dmr.drHeader?.id).toEqual(dm1.drHeader?.id);
    expect(str((await recv(alice, bob, reply)).payload)).toBe('ack');
    const m3 = await send(alice, bob, 'three');
    expect(dmOf(m3, 'bob-1').x3dhHeader).toBeUndefined();
    expect(dmOf(m3, 'bob-1').drHeader?.pn).toBe(2);
    expect(str((await recv(bob, alice, m3)).payload)).toBe('three');
  });

  it('agrees on the shared secret once every targeted installation negotiated it', async () => {
    const { alice, bob } = await introduced();
    const s1 = await alice.transport.buildDirectMessage(bob.publicKey, text('x'));
    expect(s1.agreed).toBe(false);
    expect(s1.minVersion).toBe(1);
    await recv(bob, alice, s1.message);
    const s2 = await bob.transport.buildDirectMessage(alice.publicKey, text('y'));
    expect(s2.agreed).toBe(true);
    await recv(alice, bob, s2.message);
    const s3 = await alice.transport.buildDirectMessage(bob.publicKey, text('z'));
    expect(s3.agreed).toBe(true);
    expect(toHex(s3.sharedSecret.key)).toBe(toHex(s2.sharedSecret.key));
    expect((await alice.transport.getSharedSecrets()).map((s) => toHex(s.identity))).toEqual([
      toHex(bob.publicKey),
    ]);
  });

  it('handles public messages after their bundles', async () => {
    const alice = device('alice', 1, 'alice-1');
    const bob = device('bob', 2, 'bob-1');
    const m = await alice.transport.buildPublicMessage(text('status'));
    expect(m.bundles).toHaveLength(1);
    const r = await recv(bob, alice, m);
    expect(r).toMatchObject({ kind: 'public', installationId: 'alice-1' });
    expect(str(r.payload)).toBe('status');
    expect((await bob.transport.getInstallations(alice.publicKey)).map((i) => [i.id, i.enabled])).toEqual([
      ['alice-1', true],
    ]);
  });
});

describe('message keys', () => {
  it('keeps keys until confirmed: re-delivery decrypts, replay after confirmation fails', async () => {
    const { alice, bob } = await introduced();
    const m = await send(alice, bob, 'once');
    const r1 = await bob.transport.handleMessage(alice.publicKey, copyMessage(m), text('env-1'));
    const r2 = await bob.transport.handleMessage(alice.publicKey, copyMessage(m), text('env-1'));
    expect(str(r1.payload)).toBe('once');
    expect(str(r2.payload)).toBe('once');
    await bob.transport.confirmMessageProcessed(text('env-1'));
    await rejectsUnchanged(
      bob,
      () => bob.transport.handleMessage(alice.publicKey, copyMessage(m)),
      'ReplayError',
    );
    // Confirming twice is harmless.
    await bob.transport.confirmMessageProcessed(text('env-1'));
    await bob.transport.confirmMessageProcessed(r1.confirmation as Uint8Array);
  });

  it('decrypts out of order and across ratchet steps with skipped keys', async () => {
    const { alice, bob } = await introduced();
    const a = [];
    for (let i = 0; i < 5; i++) a.push(await send(alice, bob, `a${i}`));
    expect(str((await recv(bob, alice, a[4] as ProtocolMessage)).payload)).toBe('a4');
    const b0 = await send(bob, alice, 'b0');
    await recv(alice, bob, b0);
    const a5 = await send(alice, bob, 'a5');
    expect(str((await recv(bob, alice, a5)).payload)).toBe('a5');
    for (const i of [2, 0, 3, 1])
      expect(str((await recv(bob, alice, a[i] as ProtocolMessage)).payload)).toBe(`a${i}`);
  });

  it('bounds skipped keys like status-go and leaves the store unchanged past the bound', async () => {
    const clock = manualClock();
    const alice = device('alice', 1, 'alice-1', { clock });
    const bob = device('bob', 2, 'bob-1', { clock, limits: { maxSkip: 4 } });
    await recv(bob, alice, await alice.transport.buildPublicMessage(text('.')));
    await recv(alice, bob, await bob.transport.buildPublicMessage(text('.')));
    const msgs: ProtocolMessage[] = [];
    for (let i = 0; i < 7; i++) msgs.push(await send(alice, bob, `m${i}`));
    await recv(bob, alice, msgs[0] as ProtocolMessage);
    // m6 would skip m1..m5: five keys, one more than the bound.
    await rejectsUnchanged(
      bob,
      () => bob.transport.handleMessage(alice.publicKey, copyMessage(msgs[6] as ProtocolMessage)),
      'SkippedKeysExceededError',
    );
    expect(str((await recv(bob, alice, msgs[5] as ProtocolMessage)).payload)).toBe('m5');
    expect(str((await recv(bob, alice, msgs[6] as ProtocolMessage)).payload)).toBe('m6');
  });

  it('evicts the oldest kept keys beyond maxMessageKeysPerSession', async () => {
    const clock = manualClock();
    const alice = device('alice', 1, 'alice-1', { clock });
    const bob = device('bob', 2, 'bob-1', { clock, limits: { maxMessageKeysPerSession: 3 } });
    await recv(bob, alice, await alice.transport.buildPublicMessage(text('.')));
    await recv(alice, bob, await bob.transport.buildPublicMessage(text('.')));
    const msgs: ProtocolMessage[] = [];
    for (let i = 0; i < 6; i++) msgs.push(await send(alice, bob, `m${i}`));
    // Receiving m5 first keeps six keys (m0..m4 skipped, m5 itself); only the newest three stay.
    await bob.transport.handleMessage(alice.publicKey, copyMessage(msgs[5] as ProtocolMessage));
    const keys = (await snapshot(bob.storage)).filter(([k]) => k.startsWith('4b'));
    expect(keys).toHaveLength(3);
    await rejectsUnchanged(
      bob,
      () => bob.transport.handleMessage(alice.publicKey, copyMessage(msgs[1] as ProtocolMessage)),
      'ReplayError',
    );
    expect(str((await recv(bob, alice, msgs[3] as ProtocolMessage)).payload)).toBe('m3');
  });
});

describe('failures are typed and change nothing', () => {
  it('tampered payload, MAC, header fields and keys', async () => {
    const { alice, bob } = await introduced();
    await recv(bob, alice, await send(alice, bob, 'warm-up'));
    const m = await send(alice, bob, 'secret');
    const mutate = (f: (dm: DirectMessageProtocol) => void) => {
      const c = copyMessage(m);
      f(dmOf(c, 'bob-1'));
      return c;
    };
    const h = (c: ProtocolMessage) => () => bob.transport.handleMessage(alice.publicKey, c);
    const flip = (b: Uint8Array, i: number) => {
      b[i] = (b[i] as number) ^ 1;
    };
    await rejectsUnchanged(bob, h(mutate((dm) => flip(dm.payload, 20))), 'RatchetError');
    await rejectsUnchanged(bob, h(mutate((dm) => flip(dm.payload, dm.payload.length - 1))), 'RatchetError');
    await rejectsUnchanged(bob, h(mutate((dm) => flip(dm.payload, 0))), 'RatchetError');
    await rejectsUnchanged(bob, h(mutate((dm) => (dm.payload = dm.payload.slice(0, 40)))), 'RatchetError');
    await rejectsUnchanged(bob, h(mutate((dm) => ((dm.drHeader as { n: number }).n += 1))), 'RatchetError');
    await rejectsUnchanged(bob, h(mutate((dm) => ((dm.drHeader as { pn: number }).pn += 1))), 'RatchetError');
    await rejectsUnchanged(
      bob,
      h(mutate((dm) => ((dm.drHeader as { n: number }).n = 5000))),
      'SkippedKeysExceededError',
    );
    await rejectsUnchanged(bob, h(mutate((dm) => ((dm.drHeader as { n: number }).n = -1))), 'DecodeError');
    const otherKey = crypto.secp256k1PublicKey(new Uint8Array(32).fill(9), true);
    // Another valid point as ratchet key: a "new chain" whose previous chain length (pn = 0) is
    // below what we already received, which status-go rejects as a deleted out-of-order message.
    const setKey = (key: Uint8Array, pn?: number) => (dm: DirectMessageProtocol) => {
      (dm.drHeader as { key: Uint8Array }).key = key;
      if (pn !== undefined) (dm.drHeader as { pn: number }).pn = pn;
    };
    await rejectsUnchanged(bob, h(mutate(setKey(otherKey))), 'ReplayError');
    // The same with a plausible pn: the new chain is derived, then the MAC fails.
    await rejectsUnchanged(bob, h(mutate(setKey(otherKey, 1))), 'RatchetError');
    // Invalid curve points.
    await rejectsUnchanged(bob, h(mutate(setKey(notAPoint()))), 'InvalidPublicKeyError');
    await rejectsUnchanged(bob, h(mutate(setKey(new Uint8Array(33).fill(7)))), 'InvalidPublicKeyError');
    await rejectsUnchanged(bob, h(mutate(setKey(new Uint8Array(65).fill(4)))), 'InvalidPublicKeyError');
    await rejectsUnchanged(
      bob,
      h(mutate((dm) => flip((dm.drHeader as { id: Uint8Array }).id, 5))),
      'SessionNotFoundError',
    );
    // The message still decrypts afterwards.
    expect(str((await recv(bob, alice, m)).payload)).toBe('secret');
  });

  it('X3DH header with an unknown pre-key or an invalid ephemeral key', async () => {
    const { alice, bob } = await introduced();
    const m = await send(alice, bob, 'x3dh');
    const bad1 = copyMessage(m);
    const dm1 = dmOf(bad1, 'bob-1');
    (dm1.x3dhHeader as { id: Uint8Array }).id = crypto.secp256k1PublicKey(new Uint8Array(32).fill(3), true);
    await rejectsUnchanged(
      bob,
      () => bob.transport.handleMessage(alice.publicKey, bad1),
      'SessionNotFoundError',
    );
    const bad2 = copyMessage(m);
    (dmOf(bad2, 'bob-1').x3dhHeader as { key: Uint8Array }).key = new Uint8Array(33).fill(7);
    await rejectsUnchanged(
      bob,
      () => bob.transport.handleMessage(alice.publicKey, bad2),
      'InvalidPublicKeyError',
    );
  });

  it('bundles with a bad signature or an invalid pre-key', async () => {
    const { alice, bob } = await introduced();
    const m = await alice.transport.buildPublicMessage(text('p'));
    const tampered = copyMessage(m);
    (tampered.bundles[0] as { timestamp: bigint }).timestamp += 1n;
    await rejectsUnchanged(bob, () => bob.transport.handleMessage(alice.publicKey, tampered), 'BundleError');
    const badSig = copyMessage(m);
    (badSig.bundles[0] as { signature: Uint8Array }).signature[64] = 7;
    await rejectsUnchanged(bob, () => bob.transport.handleMessage(alice.publicKey, badSig), 'BundleError');
    // A correctly signed bundle whose pre-key is not a point.
    const forged = copyMessage(m);
    forged.bundles = [
      signBundle(
        alice.identityPrivateKey,
        new Map([['alice-1', { signedPreKey: notAPoint(), version: 9, protocolVersion: 1 }]]),
        5n,
      ),
    ];
    await rejectsUnchanged(bob, () => bob.transport.handleMessage(alice.publicKey, forged), 'BundleError');
  });

  it('messages for another installation, without payload, or from an unpaired own device', async () => {
    const { alice, bob } = await introduced();
    const m = await send(alice, bob, 'to bob-1');
    const other = device('bob2', 2, 'bob-2');
    await rejectsUnchanged(
      other,
      () => other.transport.handleMessage(alice.publicKey, copyMessage(m)),
      'UnknownInstallationError',
    );
    const own = await other.transport
      .handleMessage(bob.publicKey, copyMessage(await send(bob, alice, 'own')))
      .catch((e: Error & { ownIdentity?: boolean }) => e);
    expect(own).toMatchObject({ name: 'UnknownInstallationError', ownIdentity: true });
    const empty = copyMessage(m);
    empty.directMessage = new Map();
    await rejectsUnchanged(bob, () => bob.transport.handleMessage(alice.publicKey, empty), 'NoPayloadError');
    const noKey = copyMessage(m);
    noKey.directMessage = new Map([['bob-1', { payload: new Uint8Array(10) }]]);
    await rejectsUnchanged(bob, () => bob.transport.handleMessage(alice.publicKey, noKey), 'NoPayloadError');
    const longId = copyMessage(m);
    longId.installationId = 'x'.repeat(500);
    await rejectsUnchanged(bob, () => bob.transport.handleMessage(alice.publicKey, longId), 'DecodeError');
  });

  it('a message from a sender other than the session peer', async () => {
    const { alice, bob } = await introduced();
    const mallory = device('mallory', 3, 'mallory-1');
    const m = await send(alice, bob, 'hi');
    // Same ciphertext attributed to another identity: no session for that identity.
    await rejectsUnchanged(bob, () => bob.transport.handleMessage(mallory.publicKey, copyMessage(m)), [
      'SessionNotFoundError',
      'RatchetError',
    ]);
  });

  it('DH-only payload tampering', async () => {
    const alice = device('alice', 1, 'alice-1');
    const bob = device('bob', 2, 'bob-1');
    const m = await alice.transport.buildDhMessage(bob.publicKey, text('dh'));
    const bad = copyMessage(m);
    const dm = dmOf(bad, 'none');
    dm.payload[0] = (dm.payload[0] as number) ^ 1;
    await rejectsUnchanged(bob, () => bob.transport.handleMessage(alice.publicKey, bad), 'DecryptError');
    expect(str((await recv(bob, alice, m)).payload)).toBe('dh');
  });
});

describe('multi-device', () => {
  it('pairs our installations, lists them in our bundle, and targets every active one', async () => {
    const clock = manualClock();
    const a1 = device('a1', 1, 'alice-1', { clock });
    const a2 = device('a2', 1, 'alice-2', { clock });
    const bob = device('bob', 2, 'bob-1', { clock });
    // a2 announces itself to a1 (pairing): our own installations start disabled.
    const pair = await a2.transport.buildDhMessage(a1.publicKey, text('pair'));
    const r = await recv(a1, a2, pair);
    expect(r.newInstallations.map((i) => [i.id, i.enabled])).toEqual([['alice-2', false]]);
    expect((await a1.transport.getBundle()).signedPreKeys.size).toBe(1);
    await a1.transport.enableInstallation('alice-2');
    await a1.transport.setInstallationMetadata('alice-2', {
      name: 'laptop',
      deviceType: 'desktop',
      fcmToken: '',
    });
    const ours = await a1.transport.getOurInstallations();
    expect(ours.map((i) => [i.id, i.enabled, i.metadata?.name])).toEqual([
      ['alice-1', true, undefined],
      ['alice-2', true, 'laptop'],
    ]);
    expect([...(await a1.transport.getBundle()).signedPreKeys.keys()].sort()).toEqual(['alice-1', 'alice-2']);
    // Bob learns both from a1's bundle, and his messages reach both.
    await recv(bob, a1, await a1.transport.buildPublicMessage(text('.')));
    const spec = await bob.transport.buildDirectMessage(a1.publicKey, text('to both'));
    expect([...(spec.message.directMessage?.keys() ?? [])].sort()).toEqual(['alice-1', 'alice-2']);
    expect(str((await recv(a1, bob, spec.message)).payload)).toBe('to both');
    expect(str((await recv(a2, bob, spec.message)).payload)).toBe('to both');
    // a1 copies its own messages to a2 by sending to its own key.
    await recv(a2, a1, await a1.transport.buildPublicMessage(text('.')));
    const self = await a1.transport.buildDirectMessage(a1.publicKey, text('sync'));
    expect([...(self.message.directMessage?.keys() ?? [])]).toEqual(['alice-2']);
    expect(str((await recv(a2, a1, self.message)).payload)).toBe('sync');
    await a1.transport.disableInstallation('alice-2');
    expect([...(await a1.transport.getBundle()).signedPreKeys.keys()]).toEqual(['alice-1']);
    await expect(a1.transport.enableInstallation('nope')).rejects.toThrow(RangeError);
    await expect(a1.transport.enableInstallation('alice-1')).rejects.toThrow(RangeError);
  });

  it('targets at most maxInstallations, newest first', async () => {
    const clock = manualClock();
    const bob = device('bob', 2, 'bob-1', { clock });
    const alices = [1, 2, 3, 4].map((i) => device(`a${i}`, 1, `alice-${i}`, { clock }));
    for (const a of alices) {
      clock.advance(1000);
      await recv(bob, a, await a.transport.buildPublicMessage(text('.')));
    }
    const active = await bob.transport.getActiveInstallations(alices[0]?.publicKey as Uint8Array);
    expect(active.map((i) => i.id)).toEqual(['alice-4', 'alice-3', 'alice-2']);
    const spec = await bob.transport.buildDirectMessage(alices[0]?.publicKey as Uint8Array, text('x'));
    expect([...(spec.message.directMessage?.keys() ?? [])].sort()).toEqual(['alice-2', 'alice-3', 'alice-4']);
  });
});

describe('persistence', () => {
  it('survives a restart of either side from storage', async () => {
    const { alice, bob } = await introduced();
    await recv(bob, alice, await send(alice, bob, 'before'));
    const inFlight = await send(alice, bob, 'in flight');
    alice.restart();
    bob.restart();
    expect(str((await recv(bob, alice, inFlight)).payload)).toBe('in flight');
    expect(str((await recv(alice, bob, await send(bob, alice, 'after'))).payload)).toBe('after');
    expect(str((await recv(bob, alice, await send(alice, bob, 'again'))).payload)).toBe('again');
  });

  it('refreshes our signed pre-key after 24 h and starts new sessions on it', async () => {
    const { alice, bob, clock } = await introduced();
    const b1 = await bob.transport.getBundle();
    const spk1 = b1.signedPreKeys.get('bob-1');
    await recv(bob, alice, await send(alice, bob, 'old'));
    await recv(alice, bob, await send(bob, alice, 'old reply'));
    clock.advance(24 * 60 * 60 * 1000 + 1);
    const b2 = await bob.transport.getBundle();
    const spk2 = b2.signedPreKeys.get('bob-1');
    expect(spk2?.version).toBe((spk1?.version ?? 0) + 1);
    expect(toHex(spk2?.signedPreKey as Uint8Array)).not.toBe(toHex(spk1?.signedPreKey as Uint8Array));
    // Alice's session was built on Bob's old bundle; the new version makes her start over.
    await recv(alice, bob, await bob.transport.buildPublicMessage(text('new bundle')));
    const m = await send(alice, bob, 'new');
    const dm = dmOf(m, 'bob-1');
    expect(toHex(dm.x3dhHeader?.id as Uint8Array)).toBe(toHex(spk2?.signedPreKey as Uint8Array));
    expect(str((await recv(bob, alice, m)).payload)).toBe('new');
  });

  it('rejects bad arguments with TypeError/RangeError', async () => {
    const alice = device('alice', 1, 'alice-1');
    await expect(alice.transport.buildDirectMessage(new Uint8Array(65), text('x'))).rejects.toMatchObject({
      name: 'InvalidPublicKeyError',
    });
    await expect(alice.transport.buildPublicMessage('x' as unknown as Uint8Array)).rejects.toThrow(TypeError);
    expect(() => device('x', 1, '')).toThrow(TypeError);
    expect(() => device('x', 1, 'none')).toThrow(RangeError);
    expect(() => device('x', 1, 'ok', { limits: { maxSkip: 0 } })).toThrow(RangeError);
  });
});
