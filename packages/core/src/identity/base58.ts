/**
 * base58btc encoding (the Bitcoin alphabet) for the identity's display key. A few lines instead of
 * @scure/base's generic radix codec keep a client's first bundle chunk small; the multiformat
 * functions, which also decode, use @scure/base.
 */
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** base58btc of `data`: one `1` per leading zero byte, then the number in base 58. */
export function base58btcEncode(data: Uint8Array): string {
  let zeros = 0;
  while (zeros < data.length && data[zeros] === 0) zeros++;
  // Little-endian base-58 digits of the number, grown as bytes are folded in.
  const digits: number[] = [];
  for (let i = zeros; i < data.length; i++) {
    let carry = data[i] as number;
    for (let j = 0; j < digits.length; j++) {
      carry += (digits[j] as number) << 8;
      digits[j] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  let out = '1'.repeat(zeros);
  for (let j = digits.length - 1; j >= 0; j--) out += ALPHABET[digits[j] as number];
  return out;
}
