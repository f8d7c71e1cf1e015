/**
 * Session choice after a simultaneous start: both sides send a first 1:1 message before hearing from
 * the other, so each holds two sessions. status-go 0.62.18 keeps sending on the session it created
 * (`GetAnyRatchetInfo` is `LIMIT 1` with no ordering: the row it stored first), so statuskit must
 * follow the peer onto the session the peer sends on, or neither ratchet ever steps. The peer here is
 * a model of status-go's `EncryptPayload` / `DecryptPayload` built from the ratchet functions.
 */
import type { DirectMessageProtocol, ProtocolMessage } from '@statuskit/payloads';
import {
  compareBytes,
  nobleCrypto as crypto,
  manualClock,
  seededRandom,
  toHex,
  utf8ToBytes,
} from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import {
  initiateRatchet,
  type RatchetState,
  ratchetDecrypt,
  ratchetEncrypt,
  respondRatchet,
  signBundle,
  x3dhActive,
  x3dhPassive,
} from '../src/index.js';
import { copyMessage, type Device, device, testKey } from './support/parties.js';

const text = (s: string) => utf8ToBytes(s);

interface ModelSession {
  bundleId: Uint8Array;
  secret: Uint8Array;
  state: RatchetState;
  ephemeralKey?: Uint8Array;
}

/** status-go 0.62.18's choice of session, modelled: the first one stored is the one it sends on. */
function statusGoPeer(seed: number, peer: Device) {
  const random = seededRandom(seed);
  const newKey = () => {
    for (;;) {
      const k = random(32);
      if (crypto.secp256k1IsValidPrivateKey(k)) return k;
    }
  };
  const pair = (privateKey: Uint8Array) => ({
    privateKey,
    publicKey: crypto.secp256k1PublicKey(privateKey, true),
  });
  const identityPrivateKey = testKey(seed + 500);
  const publicKey = crypto.secp256k1PublicKey(identityPrivateKey, false);
  const installationId = 'status-go-1';
  const spk = pair(newKey());
  /** In rowid order, as `ratchet_info_v2` returns them. */
  const sessions: ModelSession[] = [];
  const bundle = () =>
    signBundle(
      identityPrivateKey,
      new Map([[installationId, { signedPreKey: spk.publicKey, version: 1, protocolVersion: 1 }]]),
      1_700_000_000_000_000_000n,
    );
  let peerSpk: Uint8Array | undefined;
  return {
    publicKey,
    installationId,
    sessions,
    bundle,
    learn(peerBundle: Awaited<ReturnType<Device['transport']['getBundle']>>) {
      peerSpk = peerBundle.signedPreKeys.get(peer.installationId)?.signedPreKey;
    },
    send(body: string): ProtocolMessage {
      let s = sessions[0];
      if (s === undefined) {
        if (peerSpk === undefined) throw new Error('model: no bundle of the peer');
        const ephemeral = newKey();
        const { sharedSecret } = x3dhActive({
          identityPrivateKey,
          ephemeralPrivateKey: ephemeral,
          theirIdentityKey: peer.publicKey,
          theirSignedPreKey: peerSpk,
        });
        s = {
          bundleId: peerSpk,
          secret: sharedSecret,
          state: initiateRatchet(crypto, sharedSecret, peerSpk, () => pair(newKey())),
          ephemeralKey: crypto.secp256k1PublicKey(ephemeral, true),
        };
        sessions.push(s);
      }
      const out = ratchetEncrypt(crypto, s.state, text(body));
      s.state = out.state;
      const dm: DirectMessageProtocol = {
        payload: out.ciphertext,
        drHeader: { key: out.header.dh, n: out.header.n, pn: out.header.pn, id: s.bundleId },
      };
      if (s.ephemeralKey !== undefined) dm.x3dhHeader = { key: s.ephemeralKey, id: s.bundleId };
      return {
        installationId,
        bundles: [bundle()],
        directMessage: new Map([[peer.installationId, dm]]),
        publicMessage: new Uint8Array(0),
      };
    },
    receive(m: ProtocolMessage): string {
      const dm = m.directMessage.get(installationId);
      if (dm?.drHeader === undefined) throw new Error('model: no ratchet message for us');
      if (
        dm.x3dhHeader !== undefined &&
        !sessions.some((s) => toHex(s.bundleId) === toHex(dm.x3dhHeader?.id as Uint8Array))
      ) {
        const { sharedSecret } = x3dhPassive({
          identityPrivateKey,
          signedPreKeyPrivateKey: spk.privateKey,
          theirIdentityKey: peer.publicKey,
          theirEphemeralKey: dm.x3dhHeader.key,
        });
        sessions.push({
          bundleId: spk.publicKey,
          secret: sharedSecret,
          state: respondRatchet(sharedSecret, spk),
        });
      }
      const h = dm.drHeader;
      const s = sessions.find((x) => toHex(x.bundleId) === toHex(h.id));
      if (s === undefined) throw new Error('model: session not found');
      const r = ratchetDecrypt(crypto, s.state, { dh: h.key, n: h.n, pn: h.pn }, dm.payload, {
        newKeyPair: () => pair(newKey()),
      });
      s.state = r.state;
      delete s.ephemeralKey; // RatchetInfoConfirmed
      return new TextDecoder().decode(r.plaintext);
    },
  };
}

async function receive(d: Device, from: Uint8Array, m: ProtocolMessage): Promise<string> {
  const r = await d.transport.handleMessage(from, copyMessage(m));
  if (r.confirmation !== undefined) await d.transport.confirmMessageProcessed(r.confirmation);
  return new TextDecoder().decode(r.payload);
}

const dmFor = (m: ProtocolMessage, id: string) => m.directMessage.get(id) as DirectMessageProtocol;
const ROUNDS = 5;

describe('simultaneous start against status-go 0.62 (model)', () => {
  it('statuskit follows the peer onto its session and both ratchets step', async () => {
    let ownSessionSortedFirst = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const clock = manualClock();
      const b = device(`statuskit-${seed}`, 40 + seed, 'statuskit-1', { clock });
      const s = statusGoPeer(seed, b);
      await b.transport.processBundle(s.bundle());
      s.learn(await b.transport.getBundle());

      // Both send before hearing from the other, then both messages arrive.
      const s0 = s.send('s0');
      const b0 = (await b.transport.buildDirectMessage(s.publicKey, text('b0'))).message;
      expect(await receive(b, s.publicKey, s0)).toBe('s0');
      expect(s.receive(b0)).toBe('b0');
      expect(s.sessions).toHaveLength(2);
      const [theirs, ours] = s.sessions as [ModelSession, ModelSession];
      // Where the smallest-secret rule alone would keep us on our own session.
      if (compareBytes(ours.secret, theirs.secret) < 0) ownSessionSortedFirst++;

      const sKeys = new Set<string>();
      const bKeys = new Set<string>();
      for (let r = 1; r <= ROUNDS; r++) {
        const bm = dmFor(
          (await b.transport.buildDirectMessage(s.publicKey, text(`b${r}`))).message,
          s.installationId,
        );
        expect(
          toHex(bm.drHeader?.id as Uint8Array),
          `seed ${seed} round ${r}: statuskit sends on the peer's session`,
        ).toBe(toHex(theirs.bundleId));
        expect(bm.x3dhHeader, 'a responder never repeats an X3DH header').toBeUndefined();
        bKeys.add(toHex(bm.drHeader?.key as Uint8Array));
        expect(
          s.receive({
            installationId: 'statuskit-1',
            bundles: [],
            directMessage: new Map([[s.installationId, bm]]),
            publicMessage: new Uint8Array(0),
          }),
        ).toBe(`b${r}`);
        const sm = s.send(`s${r}`);
        const sdm = dmFor(sm, b.installationId);
        expect(sdm.x3dhHeader, `seed ${seed} round ${r}: the peer saw an answer`).toBeUndefined();
        sKeys.add(toHex(sdm.drHeader?.key as Uint8Array));
        expect(await receive(b, s.publicKey, sm)).toBe(`s${r}`);
      }
      // A new ratchet key on each side in every round: a compromised state heals.
      expect(sKeys.size, `seed ${seed}: the peer's ratchet steps`).toBe(ROUNDS);
      expect(bKeys.size, `seed ${seed}: our ratchet steps`).toBe(ROUNDS);
    }
    // The seeds include starts where our own session's secret sorts first.
    expect(ownSessionSortedFirst).toBeGreaterThan(0);
  });

  it('two statuskit installations converge on one session and ratchet', async () => {
    const clock = manualClock();
    const a = device('alice', 71, 'alice-1', { clock });
    const b = device('bob', 72, 'bob-1', { clock });
    await a.transport.processBundle(await b.transport.getBundle());
    await b.transport.processBundle(await a.transport.getBundle());
    const a0 = (await a.transport.buildDirectMessage(b.publicKey, text('a0'))).message;
    const b0 = (await b.transport.buildDirectMessage(a.publicKey, text('b0'))).message;
    expect(await receive(b, a.publicKey, a0)).toBe('a0');
    expect(await receive(a, b.publicKey, b0)).toBe('b0');
    const ids: string[] = [];
    const keys = new Set<string>();
    for (let r = 1; r <= ROUNDS; r++) {
      const am = (await a.transport.buildDirectMessage(b.publicKey, text(`a${r}`))).message;
      expect(await receive(b, a.publicKey, am)).toBe(`a${r}`);
      const bm = (await b.transport.buildDirectMessage(a.publicKey, text(`b${r}`))).message;
      expect(await receive(a, b.publicKey, bm)).toBe(`b${r}`);
      const ad = dmFor(am, b.installationId);
      const bd = dmFor(bm, a.installationId);
      ids.push(toHex(ad.drHeader?.id as Uint8Array), toHex(bd.drHeader?.id as Uint8Array));
      keys.add(toHex(ad.drHeader?.key as Uint8Array)).add(toHex(bd.drHeader?.key as Uint8Array));
    }
    // From the second round on, both send on one session.
    expect(new Set(ids.slice(2)).size).toBe(1);
    expect(keys.size).toBeGreaterThanOrEqual(2 * ROUNDS - 2);
  });
});
