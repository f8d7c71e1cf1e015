/**
 * group-chat.json (a live status-go v0.62.18 capture of a private group): every captured envelope's
 * decrypted plaintext is taken apart as the receive pipeline does (MVDS payload → AMM →
 * MembershipUpdateMessage), every event blob is verified and must recover status-go's author and
 * fields, re-signing it with the author's key must give the same bytes (RFC 6979), and the events
 * must fold to status-go's group state. Envelopes that carry only MVDS acks or an empty ratchet
 * message must decode to nothing for the application.
 */
import { detectMvdsPayload } from '@statuskit/mvds';
import {
  AMM_TYPE,
  decodeMembershipUpdateMessage,
  messageIdToHex,
  unwrapApplicationMessage,
} from '@statuskit/payloads';
import { fromHex, nobleCrypto, toHex } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { allCases, casesOf } from '../../../test/support/vectors.js';
import { foldGroupEvents, mergeGroupEvents, openGroupEvents, signGroupEvent } from '../src/index.js';

type Rec = Record<string, unknown>;
const h = (v: unknown) => fromHex(v as string);
const km = casesOf('group-chat', 'key-material')[0]?.expected as Rec;
const session = km.session as Rec;
const privateKeyOf = new Map<string, Uint8Array>(
  ['A', 'B'].map((p) => [`0x${session[`${p}_identity_pubkey`]}`, h(session[`${p}_identity_privkey`])]),
);

function checkMembershipUpdate(app: Rec, nowMs: bigint): void {
  const expected = app.membership_update_message as Rec;
  const amm = unwrapApplicationMessage(h(app.amm_proto));
  expect(amm.type).toBe(AMM_TYPE.MEMBERSHIP_UPDATE_MESSAGE);
  expect(toHex(amm.author)).toBe(app.author_pubkey);
  expect(messageIdToHex(amm.messageId)).toBe(`0x${app.message_id}`);
  expect(toHex(amm.payload)).toBe(app.payload);
  const mu = decodeMembershipUpdateMessage(amm.payload);
  expect(mu.chatId).toBe(expected.chat_id);
  expect(mu.chatId).toBe(km.group_chat_id);
  const wanted = expected.events as Rec[];
  expect(mu.events.map(toHex)).toEqual(wanted.map((e) => `${e.signature}${e.event_proto}`));
  const events = openGroupEvents(mu.chatId, mu.events);
  events.forEach((e, i) => {
    const w = wanted[i] as Rec;
    expect(e.from).toBe(w.from);
    expect(e.clock.toString()).toBe(w.clock);
    expect(e.type).toBe(w.type);
    expect(e.name).toBe(w.name);
    expect(e.members).toEqual((w.members as string[] | null) ?? []);
    // Deterministic signatures: our signer gives status-go's bytes.
    const key = privateKeyOf.get(e.from);
    expect(key).toBeDefined();
    const again = signGroupEvent(mu.chatId, e, key as Uint8Array);
    expect(toHex(again.blob)).toBe(toHex(e.blob));
    expect(again.from).toBe(e.from);
  });
  const { state } = mergeGroupEvents(undefined, mu.chatId, events, nowMs);
  const gs = expected.group_state as Rec;
  const sorted = (v: unknown) => [...((v as string[] | null) ?? [])].sort();
  expect(state.name).toBe(gs.name);
  expect(state.members).toEqual(sorted(gs.members));
  expect(state.joined).toEqual(sorted(gs.joined));
  expect(state.admins).toEqual(sorted(gs.admins));
  expect(state.creator).toBe(`0x${session.A_identity_pubkey}`);
  // The fold does not depend on the order the events arrive in.
  expect(foldGroupEvents(mu.chatId, [...events].reverse())).toEqual(state);
  const cm = expected.chat_message as Rec | undefined | null;
  if (cm !== undefined && cm !== null) {
    expect(mu.chatEntity?.kind).toBe('message');
    const m = mu.chatEntity?.kind === 'message' ? mu.chatEntity.message : undefined;
    expect(m?.text).toBe(cm.text);
    expect(m?.chatId).toBe(cm.chat_id);
    expect(m?.clock.toString()).toBe(cm.clock);
    expect(m?.timestamp.toString()).toBe(cm.timestamp);
    expect(m?.messageType).toBe(cm.message_type);
    expect(m?.contentType).toBe(cm.content_type);
  }
}

describe('group-chat.json', () => {
  const cases = allCases('group-chat');
  it('has only captured envelopes besides the key material', () => {
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['key-material', undefined]));
    expect(cases.some((c) => c.kind === undefined)).toBe(true);
  });

  it.each(cases.filter((c) => c.kind === undefined).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const e = c.expected as Rec;
    const pm = e.protocol_message as Rec;
    const apps = (e.application_messages as Rec[] | null) ?? [];
    const bodies: string[] = [];
    for (const dm of Object.values(pm.direct_message as Record<string, Rec>)) {
      const plaintext = h(dm.plaintext);
      if (plaintext.length === 0) continue; // an empty ratchet message: nothing above it
      const mvds = detectMvdsPayload(plaintext);
      expect(mvds).toBeDefined();
      for (const m of mvds?.messages ?? []) bodies.push(toHex(m.body));
    }
    // Every MVDS message body is one application message, in order.
    expect(bodies).toEqual(apps.map((a) => a.amm_proto));
    for (const app of apps) {
      expect(app.type_name).toBe('MEMBERSHIP_UPDATE_MESSAGE');
      // Clocks are checked against the receiver's clock, here the envelope's send time.
      checkMembershipUpdate(app, BigInt(((e.expiry as number) - (e.ttl as number)) * 1000));
    }
  });

  it('holds the chat ID of its creator (§9.1)', () => {
    const id = km.group_chat_id as string;
    expect(id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}-0x04[0-9a-f]{128}$/,
    );
    expect(id.endsWith(`0x${session.A_identity_pubkey}`)).toBe(true);
    expect(nobleCrypto.secp256k1PublicKey(h(session.A_identity_privkey), false)).toEqual(
      h(session.A_identity_pubkey),
    );
  });
});
