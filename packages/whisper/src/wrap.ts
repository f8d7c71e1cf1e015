/**
 * Building a sealed envelope from a payload, in go-ethereum's `Wrap` order (STATUS-V1-FACTS §3.4,
 * §3.6): pad, sign, encrypt, set `Expiry = now + TTL`, seal to the PoW target.
 */
import {
  assertBytes,
  type Clock,
  type CryptoProvider,
  nobleCrypto,
  type RandomSource,
  systemClock,
} from '@statuskit/utils';
import { ENVELOPE, WHISPER_DEFAULTS } from './constants.js';
import { type EnvelopeRecord, recordOfEnvelope } from './envelope.js';
import { buildMessage } from './message.js';
import { encryptAsymmetric, encryptSymmetric } from './payload-crypto.js';
import { computePow, sealEnvelope } from './pow.js';

/** Options of {@link createEnvelope}. Exactly one of `symKey` and `publicKey` is required. */
export interface CreateEnvelopeOptions {
  payload: Uint8Array;
  topic: Uint8Array;
  /** Encrypt symmetrically with this 32-byte key. */
  symKey?: Uint8Array;
  /** Encrypt with ECIES to this 65-byte public key. */
  publicKey?: Uint8Array;
  /** Sign with this private key. */
  signingKey?: Uint8Array;
  /** Default 50 s (`DefaultTTL`); Status sends with 15. */
  ttlSeconds?: number;
  /** Fixed expiry in unix seconds; default `now + ttlSeconds`. */
  expiry?: number;
  /**
   * PoW target; default the Status sender rule: 0.002, or 0.000002 for payloads above 50 000 bytes
   * (§1.1). 0 disables sealing.
   */
  powTarget?: number;
  /** Sealing budget, default 5000 ms. */
  workTimeMs?: number;
  /** Caller padding, used without alignment. */
  padding?: Uint8Array;
  /** Pinned randomness, for tests only. */
  salt?: Uint8Array;
  eciesEphemeralPrivateKey?: Uint8Array;
  eciesIv?: Uint8Array;
  random?: RandomSource;
  crypto?: CryptoProvider;
  clock?: Clock;
  signal?: AbortSignal;
  /** Nonces per sealing slice (see `sealEnvelope`). */
  sliceSize?: number;
}

/** A created envelope: its record and its PoW. */
export interface CreatedEnvelope extends EnvelopeRecord {
  pow: number;
}

/** The Status sender's PoW target for a payload of `length` bytes (§1.1). */
export function statusPowTarget(length: number): number {
  return length > WHISPER_DEFAULTS.STATUS_LARGE_PAYLOAD_BYTES
    ? WHISPER_DEFAULTS.STATUS_POW_TARGET_LARGE
    : WHISPER_DEFAULTS.STATUS_POW_TARGET;
}

/**
 * Builds, signs, encrypts and seals an envelope.
 * @throws RangeError / TypeError on bad options; PowTimeoutError when the PoW budget runs out;
 * AbortError when aborted.
 * @example
 * const env = await createEnvelope({ payload, topic, symKey, signingKey, ttlSeconds: 15 });
 */
export async function createEnvelope(options: CreateEnvelopeOptions): Promise<CreatedEnvelope> {
  const { payload, topic, symKey, publicKey } = options;
  assertBytes(payload, undefined, 'payload');
  assertBytes(topic, ENVELOPE.TOPIC_LENGTH, 'topic');
  if ((symKey === undefined) === (publicKey === undefined)) {
    throw new TypeError('exactly one of symKey and publicKey must be given');
  }
  const crypto = options.crypto ?? nobleCrypto;
  const clock = options.clock ?? systemClock;
  const ttl = options.ttlSeconds ?? WHISPER_DEFAULTS.TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > 0xffffffff)
    throw new RangeError('ttlSeconds must be a positive uint32');
  const plaintext = buildMessage({
    payload,
    ...(options.padding !== undefined ? { padding: options.padding } : {}),
    ...(options.signingKey !== undefined ? { signingKey: options.signingKey } : {}),
    ...(options.random !== undefined ? { random: options.random } : {}),
    crypto,
  });
  const data =
    symKey !== undefined
      ? encryptSymmetric(symKey, plaintext, {
          crypto,
          ...(options.salt !== undefined ? { salt: options.salt } : {}),
          ...(options.random !== undefined ? { random: options.random } : {}),
        })
      : encryptAsymmetric(publicKey as Uint8Array, plaintext, {
          crypto,
          ...(options.eciesEphemeralPrivateKey !== undefined
            ? { ephemeralPrivateKey: options.eciesEphemeralPrivateKey }
            : {}),
          ...(options.eciesIv !== undefined ? { iv: options.eciesIv } : {}),
        });
  const expiry = options.expiry ?? Math.floor(clock.now() / 1000) + ttl;
  const { envelope } = await sealEnvelope(
    { expiry, ttl, topic: topic.slice(), data },
    {
      powTarget: options.powTarget ?? statusPowTarget(payload.length),
      workTimeMs: options.workTimeMs ?? WHISPER_DEFAULTS.STATUS_POW_WORK_TIME_MS,
      crypto,
      clock,
      ...(options.signal !== undefined ? { signal: options.signal } : {}),
      ...(options.sliceSize !== undefined ? { sliceSize: options.sliceSize } : {}),
    },
  );
  return { ...recordOfEnvelope(envelope, crypto), pow: computePow(envelope, 0, crypto) };
}
