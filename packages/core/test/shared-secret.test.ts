/**
 * The static shared secret and the negotiated topic and key derived from it (STATUS-V1-FACTS §4.4),
 * against status-go's FiltersManager (status-topics-keys.json `negotiated` cases), and the secret
 * the secure transport records when a direct message is handled.
 */
import { nobleCrypto as crypto, fromHex, toHex, utf8ToBytes } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { casesOf } from '../../../test/support/vectors.js';
import { computeSharedSecret, negotiatedTopicKey } from '../src/index.js';
import { copyMessage, device } from './support/parties.js';

type Rec = Record<string, unknown>;

describe('status-topics-keys.json negotiated', () => {
  it.each(casesOf('status-topics-keys', 'negotiated').map((c) => [c.id, c] as const))(
    '%s',
    async (_id, c) => {
      const i = c.input as Rec;
      const e = c.expected as Rec;
      const secret = computeSharedSecret(
        fromHex(i.my_private_key as string),
        fromHex(i.their_public_key as string),
      );
      expect(toHex(secret)).toBe(e.shared_secret);
      const n = await negotiatedTopicKey(secret);
      expect(n.name).toBe(e.topic_string);
      expect(toHex(n.topic)).toBe(e.topic);
      expect(toHex(n.symKey)).toBe(e.sym_key);
    },
  );
});

describe('secret negotiated by the secure transport', () => {
  it('is the ECDH secret of both identities, the same on both sides', async () => {
    const alice = device('alice', 1, 'alice-1');
    const bob = device('bob', 2, 'bob-1');
    const spec = await alice.transport.buildDirectMessage(bob.publicKey, utf8ToBytes('x'));
    const handled = await bob.transport.handleMessage(alice.publicKey, copyMessage(spec.message));
    expect(toHex(handled.sharedSecrets[0]?.key as Uint8Array)).toBe(toHex(spec.sharedSecret.key));
    expect(toHex(spec.sharedSecret.key)).toBe(
      toHex(crypto.secp256k1Ecdh(alice.identityPrivateKey, bob.publicKey)),
    );
    expect(toHex(handled.sharedSecrets[0]?.identity as Uint8Array)).toBe(toHex(alice.publicKey));
  });
});
