/**
 * §7.10 clock rules, §7.11 chat IDs, §7.12 receive validation, AMM signing checks, and tables of
 * malformed inputs and bad arguments with the error each must raise.
 */
import { DecodeError, nobleCrypto } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import {
  AMM_TYPE,
  type ChatMessage,
  CONTENT_TYPE,
  decodeApplicationMetadataMessage,
  decodeBundle,
  decodeChatMessage,
  decodeMvdsPayload,
  decodeProtocolMessage,
  encodeBundle,
  encodeChatMessage,
  encodeMvdsPayload,
  groupChatId,
  IMAGE_TYPE,
  incomingChatId,
  isClockAcceptable,
  isPublicKeyChatString,
  isValidGroupChatId,
  MESSAGE_TYPE,
  nextClockAndTimestamp,
  oneToOneChatId,
  openMembershipEvent,
  PayloadDecodeError,
  unwrapApplicationMessage,
  updatedLastClock,
  validateReceivedChatMessage,
  verifyApplicationMessage,
  whisperTimestampMs,
  wrapApplicationMessage,
} from '../src/index.js';

const alice = new Uint8Array(32).fill(0x11);
const bob = new Uint8Array(32).fill(0x22);
const alicePub = nobleCrypto.secp256k1PublicKey(alice);
const bobPub = nobleCrypto.secp256k1PublicKey(bob);

describe('Lamport clock (§7.10)', () => {
  it.each([
    [0n, 1000n, 1000n],
    [999n, 1000n, 1000n],
    [1000n, 1000n, 1001n],
    [5000n, 1000n, 5001n],
  ])('last %s at now %s → clock %s', (last, now, clock) => {
    expect(nextClockAndTimestamp(last, now)).toEqual({ clock, timestamp: now });
  });
  it('keeps the larger clock', () => {
    expect(updatedLastClock(5n, 3n)).toBe(5n);
    expect(updatedLastClock(5n, 9n)).toBe(9n);
  });
  it('accepts clocks up to 120 s after the envelope time, never 0', () => {
    const t = whisperTimestampMs(1_600_000_100, 100);
    expect(t).toBe(1_600_000_000_000n);
    expect(isClockAcceptable(t + 120_000n, t)).toBe(true);
    expect(isClockAcceptable(t + 120_001n, t)).toBe(false);
    expect(isClockAcceptable(0n, t)).toBe(false);
    expect(isClockAcceptable(1n, t)).toBe(true);
  });
  it('names bad arguments', () => {
    expect(() => nextClockAndTimestamp(-1n, 0n)).toThrow(/lastClockValue/);
    expect(() => whisperTimestampMs(1.5, 0)).toThrow(/expirySeconds/);
  });
});

describe('chat IDs (§7.11, §9.1)', () => {
  it('1:1 is 0x + lowercase hex of the other key', () => {
    const id = oneToOneChatId(bobPub);
    expect(id).toHaveLength(132);
    expect(isPublicKeyChatString(id)).toBe(true);
    expect(isPublicKeyChatString(id.toUpperCase())).toBe(false);
  });
  it('group IDs end with the creator and validate', () => {
    const id = groupChatId('d8c1a9a0-5b0f-4c5e-9a3b-2f1e0d9c8b7a', alicePub);
    expect(isValidGroupChatId(id, oneToOneChatId(alicePub))).toBe(true);
    expect(isValidGroupChatId(id, oneToOneChatId(bobPub))).toBe(false);
    expect(isValidGroupChatId(oneToOneChatId(alicePub), oneToOneChatId(alicePub))).toBe(false);
    expect(() => groupChatId('not-a-uuid', alicePub)).toThrow(TypeError);
  });
  it('routes incoming messages', () => {
    const one = { messageType: MESSAGE_TYPE.ONE_TO_ONE, chatId: 'ignored' };
    expect(incomingChatId(one, bobPub, alicePub)).toBe(oneToOneChatId(bobPub));
    expect(incomingChatId(one, alicePub, alicePub)).toBeUndefined();
    expect(incomingChatId({ ...one, chatId: oneToOneChatId(bobPub) }, alicePub, alicePub)).toBe(
      oneToOneChatId(bobPub),
    );
    expect(
      incomingChatId({ messageType: MESSAGE_TYPE.PUBLIC_GROUP, chatId: 'status' }, bobPub, alicePub),
    ).toBe('status');
    expect(incomingChatId({ messageType: 0, chatId: 'x' }, bobPub, alicePub)).toBeUndefined();
  });
});

describe('receive validation (§7.12)', () => {
  const now = 1_600_000_000_000n;
  const good: ChatMessage = {
    clock: now,
    timestamp: now,
    text: 'hello',
    responseTo: '',
    ensName: '',
    chatId: 'status',
    messageType: MESSAGE_TYPE.PUBLIC_GROUP,
    contentType: CONTENT_TYPE.TEXT_PLAIN,
    content: undefined,
    grant: new Uint8Array(0),
  };
  it('accepts a plain text message', () => {
    expect(validateReceivedChatMessage(good, now)).toEqual({ valid: true });
  });
  it.each<[string, Partial<ChatMessage>, string]>([
    ['zero clock', { clock: 0n }, 'clock'],
    ['clock from the future', { clock: now + 120_001n }, 'clock'],
    ['zero timestamp', { timestamp: 0n }, 'timestamp'],
    ['blank text', { text: ' \t\n\u00a0\u3000' }, 'empty-text'],
    ['text over 4096 runes', { text: '😀'.repeat(4097) }, 'text-too-long'],
    ['empty chat id', { chatId: '' }, 'empty-chat-id'],
    ['unknown message type', { messageType: MESSAGE_TYPE.UNKNOWN_MESSAGE_TYPE }, 'message-type'],
    ['local system type', { messageType: MESSAGE_TYPE.SYSTEM_MESSAGE_PRIVATE_GROUP }, 'message-type'],
    ['unknown content', { contentType: CONTENT_TYPE.UNKNOWN_CONTENT_TYPE }, 'content-type'],
    ['transaction command', { contentType: CONTENT_TYPE.TRANSACTION_COMMAND }, 'content-type'],
    ['sticker without sticker', { contentType: CONTENT_TYPE.STICKER }, 'sticker'],
    [
      'sticker with empty hash',
      { contentType: CONTENT_TYPE.STICKER, content: { kind: 'sticker', sticker: { hash: '', pack: 1 } } },
      'sticker',
    ],
    [
      'image of unknown type',
      {
        contentType: CONTENT_TYPE.IMAGE,
        content: { kind: 'image', image: { payload: Uint8Array.of(1), type: IMAGE_TYPE.UNKNOWN_IMAGE_TYPE } },
      },
      'image',
    ],
    [
      'audio without payload',
      {
        contentType: CONTENT_TYPE.AUDIO,
        content: { kind: 'audio', audio: { payload: new Uint8Array(0), type: 1, durationMs: 1n } },
      },
      'audio',
    ],
  ])('rejects %s', (_name, change, reason) => {
    expect(validateReceivedChatMessage({ ...good, ...change }, now)).toEqual({ valid: false, reason });
  });
  it('accepts exactly 4096 runes and a valid sticker', () => {
    expect(validateReceivedChatMessage({ ...good, text: '😀'.repeat(4096) }, now).valid).toBe(true);
    const sticker: Partial<ChatMessage> = {
      contentType: CONTENT_TYPE.STICKER,
      content: { kind: 'sticker', sticker: { hash: 'e301', pack: 1 } },
    };
    expect(validateReceivedChatMessage({ ...good, ...sticker }, now).valid).toBe(true);
  });
});

describe('AMM signing (§7.1)', () => {
  it('wraps, unwraps and verifies against the author only', () => {
    const payload = encodeChatMessage({ clock: 1n, text: 'x' });
    const amm = wrapApplicationMessage(payload, AMM_TYPE.CHAT_MESSAGE, alice);
    const opened = unwrapApplicationMessage(amm);
    expect(opened.author).toEqual(alicePub);
    expect(verifyApplicationMessage(opened, alicePub)).toBe(true);
    expect(verifyApplicationMessage(opened, bobPub)).toBe(false);
    const tampered = { ...opened, payload: encodeChatMessage({ clock: 2n, text: 'x' }) };
    expect(verifyApplicationMessage(tampered, alicePub)).toBe(false);
  });

  it("takes a recovery done elsewhere only when its hash and signature are the AMM's", () => {
    const payload = encodeChatMessage({ clock: 1n, text: 'x' });
    const amm = wrapApplicationMessage(payload, AMM_TYPE.CHAT_MESSAGE, alice);
    const { signature } = unwrapApplicationMessage(amm);
    const hash = nobleCrypto.keccak256(payload);
    // A (wrong) key handed in for this very hash and signature is believed: the caller vouches for it.
    expect(unwrapApplicationMessage(amm, { recovered: { hash, signature, key: bobPub } }).author).toEqual(
      bobPub,
    );
    // For another hash or another signature it is ignored and the AMM's own signature decides.
    const otherHash = nobleCrypto.keccak256(Uint8Array.of(1));
    expect(
      unwrapApplicationMessage(amm, { recovered: { hash: otherHash, signature, key: bobPub } }).author,
    ).toEqual(alicePub);
    const otherSig = signature.slice();
    otherSig[5] = (otherSig[5] as number) ^ 1;
    expect(
      unwrapApplicationMessage(amm, { recovered: { hash, signature: otherSig, key: bobPub } }).author,
    ).toEqual(alicePub);
  });
});

const decodeErr = expect.objectContaining({ name: 'PayloadDecodeError' });

describe('malformed input', () => {
  it.each<[string, (b: Uint8Array) => unknown, string]>([
    ['truncated varint', decodeChatMessage, '08ff'],
    ['length past the end', decodeChatMessage, '1a05616263'],
    ['overlong varint', decodeChatMessage, '08ffffffffffffffffffff01'],
    ['bytes length past the end', decodeApplicationMetadataMessage, '0a41'],
    ['nested message truncated', decodeProtocolMessage, '1a0a0a03'],
    ['unterminated group', decodeMvdsPayload, '0b'],
    ['invalid UTF-8 in a proto3 string', decodeChatMessage, '1a02c328'],
    ['unknown groups nested 200 deep', decodeChatMessage, `${'7b'.repeat(200)}${'7c'.repeat(200)}`],
    ['AMM signature of 64 bytes', unwrapApplicationMessage, `0a40${'01'.repeat(64)}12020801`],
    ['event blob of 65 bytes', (b) => openMembershipEvent('c', b), '00'.repeat(65)],
  ])('%s → PayloadDecodeError', (_name, decode, hex) => {
    const bytes = Uint8Array.from(hex.match(/../g) ?? [], (x) => Number.parseInt(x, 16));
    expect(() => decode(bytes)).toThrow(decodeErr);
    try {
      decode(bytes);
    } catch (err) {
      expect(err).toBeInstanceOf(PayloadDecodeError);
    }
  });
  it('rejects oversized input before parsing', () => {
    expect(() => decodeMvdsPayload(new Uint8Array(2 * 1024 * 1024))).toThrow(decodeErr);
  });
  it('keeps a "__proto__" map key as an ordinary entry', () => {
    const spk = { signedPreKey: Uint8Array.of(1), version: 0, protocolVersion: 1 };
    const bundle = {
      identity: Uint8Array.of(2),
      signedPreKeys: new Map([['__proto__', spk]]),
      signature: new Uint8Array(0),
      timestamp: 1n,
    };
    expect(decodeBundle(encodeBundle(bundle)).signedPreKeys.get('__proto__')).toEqual(spk);
  });
});

describe('bad arguments', () => {
  it.each<[string, () => unknown, RegExp]>([
    ['u64 out of range', () => encodeChatMessage({ clock: 2n ** 64n }), /value\.clock/],
    ['negative u64', () => encodeChatMessage({ timestamp: -1n }), /value\.timestamp/],
    ['number for bigint', () => encodeChatMessage({ clock: 1 as unknown as bigint }), /value\.clock/],
    [
      'string for bytes',
      () => encodeMvdsPayload({ acks: ['x' as unknown as Uint8Array] }),
      /value\.acks\[0\]/,
    ],
    ['non-bytes input', () => decodeChatMessage('x' as unknown as Uint8Array), /bytes/],
  ])('%s names the parameter', (_name, call, pattern) => {
    expect(call).toThrow(pattern);
    expect(call).toThrow(
      expect.objectContaining({ name: expect.stringMatching(/^(TypeError|RangeError)$/) }),
    );
  });
});

describe('error classes', () => {
  it('PayloadDecodeError is a DecodeError with a stable name and the parser error as cause', () => {
    try {
      decodeChatMessage(Uint8Array.of(0x0a));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(PayloadDecodeError);
      expect(err).toBeInstanceOf(DecodeError);
      expect((err as Error).name).toBe('PayloadDecodeError');
      expect((err as Error).cause).toBeInstanceOf(Error);
    }
  });
  it('field number 0 is rejected', () => {
    expect(() => decodeChatMessage(Uint8Array.of(0x08, 0x01, 0x00, 0x00))).toThrow(decodeErr);
  });
});
