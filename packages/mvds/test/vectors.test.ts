/** mvds.json (status-go 0.62.18 with vendored vacp2p/mvds v0.0.23): every case of every kind. */
import { encodeMvdsPayload } from '@statuskit/payloads';
import { fromHex, toHex } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { allCases, casesOf } from '../../../test/support/vectors.js';
import { detectMvdsPayload } from '../src/detect.js';
import { mvdsMessageId, oneToOneGroupId } from '../src/message-id.js';

type Rec = Record<string, unknown>;
const h = (v: unknown) => fromHex(v as string);

describe('mvds.json', () => {
  it('has only the kinds this suite knows', () => {
    for (const v of allCases('mvds'))
      expect(['one-to-one-group-id', 'message-id', 'payload']).toContain(v.kind);
  });

  it.each(casesOf('mvds', 'one-to-one-group-id'))('$id $name', (v) => {
    const i = v.input as Rec;
    const want = (v.expected as Rec).group_id;
    expect(toHex(oneToOneGroupId(h(i.public_key_1), h(i.public_key_2)))).toBe(want);
    expect(toHex(oneToOneGroupId(h(i.public_key_2), h(i.public_key_1)))).toBe(want);
  });

  it.each(casesOf('mvds', 'message-id'))('$id $name', (v) => {
    const i = v.input as Rec;
    const m = { groupId: h(i.group_id), timestamp: BigInt(i.timestamp as string), body: h(i.body) };
    expect(toHex(mvdsMessageId(m))).toBe((v.expected as Rec).message_id);
  });

  it.each(casesOf('mvds', 'payload'))('$id $name', (v) => {
    const i = v.input as { acks: string[]; offers: string[]; requests: string[]; messages: Rec[] };
    const e = v.expected as Rec;
    const payload = {
      acks: i.acks.map(fromHex),
      offers: i.offers.map(fromHex),
      requests: i.requests.map(fromHex),
      messages: i.messages.map((m) => ({
        groupId: h(m.group_id),
        timestamp: BigInt(m.timestamp as string),
        body: h(m.body),
      })),
    };
    const bytes = encodeMvdsPayload(payload);
    expect(toHex(bytes)).toBe(e.payload_proto);
    const detected = detectMvdsPayload(bytes);
    expect(detected !== undefined).toBe(e.is_valid);
    if (detected) expect(detected.messages.map((m) => toHex(m.body))).toEqual(i.messages.map((m) => m.body));
  });
});
