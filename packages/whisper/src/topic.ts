/**
 * Topics and bloom filters (STATUS-V1-FACTS §3.5). A topic is 4 bytes; a bloom filter is 64 bytes
 * (512 bits). A single topic sets three bits, but the reference code *assigns* each bit into its
 * byte instead of OR-ing it (`b[i/8] = 1 << (i%8)`), so two indices in the same byte keep only the
 * later one (§13 #4). Several topics combine by OR.
 */
import { assertBytes } from '@statuskit/utils';
import { ENVELOPE } from './constants.js';

const { TOPIC_LENGTH, BLOOM_LENGTH } = ENVELOPE;

/** `BytesToTopic`: the first `min(len, 4)` bytes of `bytes`, zero-padded on the right (§3.5). */
export function bytesToTopic(bytes: Uint8Array): Uint8Array {
  assertBytes(bytes, undefined, 'bytes');
  const out = new Uint8Array(TOPIC_LENGTH);
  out.set(bytes.subarray(0, TOPIC_LENGTH));
  return out;
}

/** A topic as an unsigned 32-bit number, handy as a map key. */
export function topicToNumber(topic: Uint8Array): number {
  assertBytes(topic, TOPIC_LENGTH, 'topic');
  return (
    (((topic[0] as number) << 24) |
      ((topic[1] as number) << 16) |
      ((topic[2] as number) << 8) |
      (topic[3] as number)) >>>
    0
  );
}

/** The 4-byte topic of a number from {@link topicToNumber}. */
export function numberToTopic(value: number): Uint8Array {
  return Uint8Array.of((value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}

/**
 * The 64-byte bloom of one topic, exactly as go-ethereum's `TopicToBloom`: for j in 0..2,
 * `idx = topic[j] + 256·((topic[3] >> j) & 1)`, then `b[idx/8] = 1 << (idx%8)` (assignment).
 * @example topicToBloom(fromHex('cd423760'))
 */
export function topicToBloom(topic: Uint8Array): Uint8Array {
  assertBytes(topic, TOPIC_LENGTH, 'topic');
  const b = new Uint8Array(BLOOM_LENGTH);
  for (let j = 0; j < 3; j++) {
    const idx = (topic[j] as number) + 256 * (((topic[3] as number) >> j) & 1);
    b[idx >> 3] = 1 << (idx & 7); // assignment, not OR: byte-exact with the reference (§3.5)
  }
  return b;
}

/** Bytewise OR of blooms (the same as the mailserver client's big-integer OR, §3.5). */
export function orBlooms(...blooms: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(BLOOM_LENGTH);
  for (const [i, bloom] of blooms.entries()) {
    assertBytes(bloom, BLOOM_LENGTH, `blooms[${i}]`);
    for (let k = 0; k < BLOOM_LENGTH; k++) out[k] = (out[k] as number) | (bloom[k] as number);
  }
  return out;
}

/** The aggregate bloom of several topics: OR of their single-topic blooms. Empty list → all-zero bloom. */
export function bloomOfTopics(topics: readonly Uint8Array[]): Uint8Array {
  return orBlooms(...topics.map((t) => topicToBloom(t)));
}

/**
 * `BloomFilterMatch`: true when every bit of `sample` is set in `filter` (`(f | s) == f`).
 * An absent filter matches everything (§3.5).
 */
export function bloomMatch(filter: Uint8Array | undefined, sample: Uint8Array): boolean {
  if (filter === undefined) return true;
  assertBytes(filter, BLOOM_LENGTH, 'filter');
  assertBytes(sample, BLOOM_LENGTH, 'sample');
  for (let i = 0; i < BLOOM_LENGTH; i++) {
    const f = filter[i] as number;
    if ((f | (sample[i] as number)) !== f) return false;
  }
  return true;
}

/** The full-node bloom: 64 × 0xff, which accepts every topic. */
export function fullBloom(): Uint8Array {
  return new Uint8Array(BLOOM_LENGTH).fill(0xff);
}

/** True when every byte of `bloom` is 0xff. */
export function isFullBloom(bloom: Uint8Array): boolean {
  return bloom.length === BLOOM_LENGTH && bloom.every((b) => b === 0xff);
}

/** True when every byte of `bloom` is 0 (a bloom that accepts nothing, §3.2). */
export function isEmptyBloom(bloom: Uint8Array): boolean {
  return bloom.every((b) => b === 0);
}
