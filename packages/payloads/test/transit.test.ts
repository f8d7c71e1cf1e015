import { utf8ToBytes } from '@statuskit/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLegacyTransit, decodeTransit } from '../src/transit.js';

const t = (json: unknown) => utf8ToBytes(JSON.stringify(json));

describe('legacy transit payloads (STATUS-V1-FACTS §7.13), read-only', () => {
  it('decodes a c4 Message with keywords, a content map and trailing extras', () => {
    const p = decodeLegacyTransit(
      t([
        '~#c4',
        [
          'hello',
          'text/plain',
          '~:public-group-user-message',
          154593077368201,
          1545930773682,
          ['^ ', '~:chat-id', 'status', '~:text', 'hello'],
          'extra',
        ],
      ]),
    );
    expect(p).toEqual({
      kind: 'message',
      text: 'hello',
      contentType: 'text/plain',
      messageType: 'public-group-user-message',
      clock: 154593077368201n,
      timestampMs: 1545930773682n,
      chatId: 'status',
    });
  });

  it('resolves the write cache for repeated keys and tags', () => {
    // "~:chat-id" is cached as ^0 and "~:text" is too short to cache; the tag "~#c4" as ^1.
    const v = decodeTransit(
      t([
        ['^ ', '~:chat-id', 'a', '~:response-to', 'x'],
        ['^ ', '^0', 'b', '^1', 'y'],
        ['~#c4', 1],
        ['^2', 2],
      ]),
    );
    expect(v).toEqual([
      new Map([
        [':chat-id', 'a'],
        [':response-to', 'x'],
      ]),
      new Map([
        [':chat-id', 'b'],
        [':response-to', 'y'],
      ]),
      { tag: 'c4', value: 1 },
      { tag: 'c4', value: 2 },
    ]);
  });

  it('decodes replies, pair installations, contact updates and group updates', () => {
    const reply = decodeLegacyTransit(
      t([
        '~#c4',
        [
          're',
          'text/plain',
          '~:user-message',
          1,
          2,
          ['^ ', '~:chat-id', '0x04ab', '~:response-to', '0xdead', '~:name', 'alice'],
        ],
      ]),
    );
    expect(reply).toMatchObject({
      kind: 'message',
      responseTo: '0xdead',
      name: 'alice',
      messageType: 'user-message',
    });
    expect(decodeLegacyTransit(t(['~#p2', ['id-1', 'ios', 'phone', 'tok']]))).toEqual({
      kind: 'pair-installation',
      installationId: 'id-1',
      deviceType: 'ios',
      name: 'phone',
      fcmToken: 'tok',
    });
    expect(decodeLegacyTransit(t(['~#c2', ['bob', '', '0x00', 'tok', []]]))).toMatchObject({
      kind: 'contact',
      tag: 'c2',
      name: 'bob',
    });
    const g = decodeLegacyTransit(
      t([
        '~#g5',
        [
          'chat-1',
          [['^ ', '~:chat-id', 'chat-1', '~:events', [], '~:signature', 'sig']],
          ['~#c4', ['hi', 'text/plain', '~:group-user-message', 3, 4, ['^ ', '^1', 'chat-1']]],
        ],
      ]),
    );
    expect(g).toMatchObject({
      kind: 'group-membership-update',
      chatId: 'chat-1',
      message: { text: 'hi', chatId: 'chat-1' },
    });
  });

  it.each([
    ['not JSON', utf8ToBytes('{')],
    ['an untagged value', t(['a', 'b', 'c'])],
    ['an unknown tag', t(['~#zz', 1])],
    ['a message missing fields', t(['~#c4', ['hello', 'text/plain']])],
    ['a bad clock', t(['~#c4', ['h', 'text/plain', '~:user-message', 'x', 1, ['^ ', '~:chat-id', 'c']]])],
    ['an unknown cache reference', t(['~#c4', ['^5', 1]])],
    ['a verbose object map', t({ a: 1 })],
    ['excessive nesting', utf8ToBytes(`${'['.repeat(200)}1${']'.repeat(200)}`)],
    ['invalid UTF-8', Uint8Array.of(0x5b, 0xff, 0x5d)],
  ])('rejects %s with PayloadDecodeError', (_what, bytes) => {
    expect(() => decodeLegacyTransit(bytes)).toThrow(expect.objectContaining({ name: 'PayloadDecodeError' }));
  });

  it('never throws anything but PayloadDecodeError on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => {
        try {
          decodeLegacyTransit(t(v));
        } catch (err) {
          expect((err as Error).name).toBe('PayloadDecodeError');
        }
      }),
      { numRuns: 500 },
    );
  });
});
