/**
 * Injectable randomness. Protocol cores take a `random(length)` function so tests can script the
 * bytes; the default draws from the platform CSPRNG (`crypto.getRandomValues`).
 */

/** Returns `length` random bytes. */
export type RandomSource = (length: number) => Uint8Array;

/** The platform CSPRNG. */
export const secureRandom: RandomSource = (length) => {
  const out = new Uint8Array(length);
  // getRandomValues fills at most 65,536 bytes per call.
  for (let o = 0; o < length; o += 65536)
    globalThis.crypto.getRandomValues(out.subarray(o, Math.min(length, o + 65536)));
  return out;
};

/**
 * A deterministic source for tests: a xorshift stream seeded by `seed`. Never use it for keys.
 */
export function seededRandom(seed: number): RandomSource {
  let s = seed >>> 0 || 0x9e3779b9;
  return (length) => {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      s ^= s << 13;
      s >>>= 0;
      s ^= s >>> 17;
      s ^= s << 5;
      s >>>= 0;
      out[i] = s & 0xff;
    }
    return out;
  };
}
