/**
 * Mutation fuzz of the secure-transport handler: random bytes, and valid ProtocolMessage bytes
 * (X3DH first messages, ratchet messages, DH-only, public) with bytes flipped, cut or appended.
 * Every input either decrypts to the original plaintext (a change that protobuf decoding ignores,
 * or any change of a public message, which is clear text at this layer) or fails with a typed
 * statuskit error, and a failure leaves the store byte-identical.
 */
import { encodeProtocolMessage } from '@statuskit/payloads';
import { seededRandom, utf8ToBytes } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { copyMessage, device, snapshot } from './support/parties.js';

const TYPED = new Set([
  'PayloadDecodeError',
  'DecodeError',
  'BundleError',
  'UnknownInstallationError',
  'SessionNotFoundError',
  'RatchetError',
  'ReplayError',
  'SkippedKeysExceededError',
  'InvalidPublicKeyError',
  'NoPayloadError',
  'DecryptError',
]);

describe('handler fuzz', () => {
  it('random bytes and mutated messages fail typed and change nothing', async () => {
    const alice = device('alice', 1, 'alice-1');
    const bob = device('bob', 2, 'bob-1');
    const samples: { bytes: Uint8Array; text: string }[] = [];
    const pub = await alice.transport.buildPublicMessage(utf8ToBytes('public'));
    samples.push({ bytes: encodeProtocolMessage(pub), text: 'public' });
    samples.push({
      bytes: encodeProtocolMessage(await alice.transport.buildDhMessage(bob.publicKey, utf8ToBytes('dh'))),
      text: 'dh',
    });
    await bob.transport.handleMessage(alice.publicKey, copyMessage(pub));
    await alice.transport.handleMessage(
      bob.publicKey,
      copyMessage(await bob.transport.buildPublicMessage(utf8ToBytes('.'))),
    );
    const x3dh = await alice.transport.buildDirectMessage(bob.publicKey, utf8ToBytes('x3dh'));
    samples.push({ bytes: encodeProtocolMessage(x3dh.message), text: 'x3dh' });
    // Bob learns the session, answers, and Alice's next message is a plain ratchet message.
    await bob.transport.handleMessage(alice.publicKey, copyMessage(x3dh.message));
    await alice.transport.handleMessage(
      bob.publicKey,
      copyMessage((await bob.transport.buildDirectMessage(alice.publicKey, utf8ToBytes('ack'))).message),
    );
    const ratchet = await alice.transport.buildDirectMessage(bob.publicKey, utf8ToBytes('ratchet'));
    samples.push({ bytes: encodeProtocolMessage(ratchet.message), text: 'ratchet' });

    const random = seededRandom(99);
    const int = (n: number) => {
      const b = random(4);
      return (
        ((((b[0] as number) << 24) |
          ((b[1] as number) << 16) |
          ((b[2] as number) << 8) |
          (b[3] as number)) >>>
          0) %
        n
      );
    };
    let typed = 0;
    let decrypted = 0;
    for (let round = 0; round < 4000; round++) {
      let input: Uint8Array;
      let text: string | undefined;
      if (round % 10 === 0) {
        input = random(int(400));
      } else {
        const s = samples[int(samples.length)] as (typeof samples)[number];
        text = s.text;
        input = s.bytes.slice();
        const kind = int(4);
        if (kind === 0 || kind === 1) {
          for (let k = 0; k <= int(3); k++) {
            const at = int(input.length);
            input[at] = (input[at] as number) ^ (1 + int(255));
          }
        } else if (kind === 2) {
          input = input.slice(0, int(input.length));
        } else {
          input = Uint8Array.from([...input, ...random(1 + int(20))]);
        }
      }
      const before = await snapshot(bob.storage);
      try {
        const r = await bob.transport.handleMessage(alice.publicKey, input);
        // An encrypted payload only opens unchanged. A public message is clear text at this layer
        // (its AMM signature is checked above it), so only its kind is fixed.
        if (r.kind === 'public') expect(text).toBe('public');
        else expect(new TextDecoder().decode(r.payload)).toBe(text);
        decrypted++;
      } catch (e) {
        const name = (e as Error).name;
        if (!TYPED.has(name)) throw e;
        expect(await snapshot(bob.storage)).toEqual(before);
        typed++;
      }
    }
    expect(typed).toBeGreaterThan(3000);
    expect(decrypted).toBeGreaterThanOrEqual(0);
  });
});
