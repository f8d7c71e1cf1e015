/**
 * The multi-device rules (client/devices.ts) without a network: what a PairInstallation or a
 * SyncInstallation message must be to be applied (§7.3 validation, clock rules of §7.10, "not
 * coming from us"), what the sync messages we send carry, and that every refused one changes
 * nothing — checked on a DeviceManager over a recording host and a real storage.
 */
import { AMM_TYPE, unwrapApplicationMessage } from '@statuskit/payloads';
import {
  decodeSyncInstallationContact,
  encodePairInstallation,
  encodeSyncInstallation,
  encodeSyncInstallationContact,
  encodeSyncInstallationPublicChat,
  SYSTEM_TAG,
} from '@statuskit/payloads/pairing';
import { memoryStorage, nobleCrypto, type Storage, toHex } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import {
  type DeviceHost,
  DeviceManager,
  installationInfo,
  pairInstallationRefusal,
  syncContactAmm,
  syncContactRefusal,
  syncedContact,
  syncPublicChatRefusal,
} from '../src/client/devices.js';
import { identityFromPrivateKey } from '../src/identity/identity.js';
import type { Contact, RejectionReason } from '../src/index.js';

const me = identityFromPrivateKey(Uint8Array.from({ length: 32 }, (_, i) => i + 1));
const them = identityFromPrivateKey(Uint8Array.from({ length: 32 }, (_, i) => 200 - i));
const NOW = 1_700_000_000_000n;

const contact = (over: Partial<Contact> = {}): Contact => ({
  id: them.publicKeyString,
  publicKey: them.publicKey,
  alias: 'x',
  ensName: '',
  profileImage: '',
  added: false,
  hasAddedUs: false,
  blocked: false,
  lastUpdateClock: 0n,
  ...over,
});

describe('PairInstallation checks (§7.3)', () => {
  const ok = { clock: NOW, installationId: 'dev-b', deviceType: 'ios', name: 'phone' };
  it('accepts a well-formed one naming its sender', () => {
    expect(pairInstallationRefusal(ok, 'dev-b', NOW)).toBeUndefined();
  });
  it.each([
    ['clock 0', { ...ok, clock: 0n }, 'invalid'],
    ['a clock past the drift allowance', { ...ok, clock: NOW + 120_001n }, 'clock'],
    ['a blank name', { ...ok, name: '  ' }, 'invalid'],
    ['a blank device type', { ...ok, deviceType: '' }, 'invalid'],
    ['a blank installation ID', { ...ok, installationId: '' }, 'invalid'],
    ['another installation than the sender', { ...ok, installationId: 'dev-c' }, 'invalid'],
  ] as const)('refuses %s', (_what, p, reason) => {
    expect(pairInstallationRefusal(p, 'dev-b', NOW)?.reason).toBe(reason);
  });
});

describe('SyncInstallation checks', () => {
  it('a contact must be a key that is not ours, with a clock', () => {
    const s = decodeSyncInstallationContact(
      encodeSyncInstallationContact({ clock: NOW, id: them.publicKeyString }),
    );
    expect(syncContactRefusal(s, me.publicKeyString, NOW)).toBeUndefined();
    expect(syncContactRefusal({ ...s, id: me.publicKeyString }, me.publicKeyString, NOW)?.reason).toBe(
      'invalid',
    );
    expect(syncContactRefusal({ ...s, id: 'bob' }, me.publicKeyString, NOW)?.reason).toBe('invalid');
    expect(syncContactRefusal({ ...s, clock: 0n }, me.publicKeyString, NOW)?.reason).toBe('invalid');
  });
  it('a public chat must be a public chat name', () => {
    expect(syncPublicChatRefusal({ clock: NOW, id: 'status' }, NOW)).toBeUndefined();
    expect(syncPublicChatRefusal({ clock: NOW, id: 'Status!' }, NOW)?.reason).toBe('invalid');
    expect(syncPublicChatRefusal({ clock: NOW, id: them.publicKeyString }, NOW)?.reason).toBe('invalid');
    expect(syncPublicChatRefusal({ clock: NOW + 200_000n, id: 'status' }, NOW)?.reason).toBe('clock');
  });
  it('system tags map to added / blocked / has added us, and back', () => {
    const base = contact();
    const s = {
      clock: NOW,
      id: base.id,
      profileImage: 'img',
      ensName: 'bob.stateofus.eth',
      lastUpdated: 0n,
      systemTags: [SYSTEM_TAG.CONTACT_ADDED, SYSTEM_TAG.CONTACT_REQUEST_RECEIVED],
      localNickname: '',
    };
    expect(syncedContact(base, s)).toMatchObject({
      added: true,
      blocked: false,
      hasAddedUs: true,
      ensName: 'bob.stateofus.eth',
      profileImage: 'img',
    });
    expect(syncedContact(base, { ...s, systemTags: [SYSTEM_TAG.CONTACT_BLOCKED] })).toMatchObject({
      added: false,
      blocked: true,
    });
    const amm = syncContactAmm(contact({ added: true, blocked: true }), NOW, me.privateKey, nobleCrypto);
    const u = unwrapApplicationMessage(amm, { crypto: nobleCrypto });
    expect(u.type).toBe(AMM_TYPE.SYNC_INSTALLATION_CONTACT);
    expect(toHex(u.author)).toBe(toHex(me.publicKey));
    const back = decodeSyncInstallationContact(u.payload);
    expect(back).toMatchObject({ clock: NOW, id: them.publicKeyString });
    expect(back.systemTags).toEqual([SYSTEM_TAG.CONTACT_ADDED, SYSTEM_TAG.CONTACT_BLOCKED]);
  });
  it('installationInfo marks this device, always enabled', () => {
    const base = { identity: me.publicKey, version: 1, timestampNs: 0n };
    expect(installationInfo({ ...base, id: 'a', enabled: false }, 'a')).toMatchObject({
      thisDevice: true,
      enabled: true,
    });
    expect(
      installationInfo(
        { ...base, id: 'b', enabled: false, metadata: { name: 'n', deviceType: 'ios', fcmToken: '' } },
        'a',
      ),
    ).toEqual({ id: 'b', enabled: false, thisDevice: false, version: 1, name: 'n', deviceType: 'ios' });
  });
});

/** A DeviceManager over a recording host: what it rejects and what it changes. */
function manager(store: Storage) {
  const rejected: Array<{ reason: RejectionReason; detail: string }> = [];
  const changes: string[] = [];
  const metadata: string[] = [];
  const host = {
    client: {
      identity: me,
      installationId: 'dev-a',
      secureTransport: {
        setInstallationMetadata: async (id: string) => void metadata.push(id),
        getOurInstallations: async () => [],
      },
      node: { unsubscribe: (id: string) => void changes.push(`unsubscribe ${id}`) },
      emit: (type: string) => void changes.push(`emit ${type}`),
      chats: () => [],
      contacts: () => [],
      groups: () => [],
    },
    store,
    crypto: nobleCrypto,
    clock: { now: () => Number(NOW) },
    known: new Set<string>(),
    paired: new Set<string>(),
    reject: (reason: RejectionReason, detail: string) => void rejected.push({ reason, detail }),
    contactCode: async () => void changes.push('contact code'),
    oneToOne: async () => void changes.push('1:1'),
    joinPublic: async (name: string) => void changes.push(`join ${name}`),
    contactOf: () => contact(),
    putContact: async (c: Contact) => void changes.push(`contact ${c.id}`),
    pub65: (k: string) => {
      if (k.toLowerCase() !== them.publicKeyString) throw new TypeError('not a key');
      return them.publicKey;
    },
  } as unknown as DeviceHost;
  return { dm: new DeviceManager(host), rejected, changes, metadata };
}

async function snapshot(store: Storage): Promise<string[]> {
  const out: string[] = [];
  for await (const [k, v] of store.iterate({})) out.push(`${toHex(k)}=${toHex(v)}`);
  return out;
}

describe('DeviceManager.receive refuses and changes nothing', () => {
  const extra = { from: me.publicKey };
  const ours = { signer: me.publicKey, sentMs: NOW, device: { id: 'dev-b', enabled: true } };
  const pair = (p: object) => encodePairInstallation(p);
  it.each([
    [
      'a PairInstallation without a name',
      AMM_TYPE.PAIR_INSTALLATION,
      pair({ clock: NOW, installationId: 'dev-b', deviceType: 'ios' }),
      ours,
      'invalid',
    ],
    [
      'a PairInstallation for another device',
      AMM_TYPE.PAIR_INSTALLATION,
      pair({ clock: NOW, installationId: 'dev-c', deviceType: 'ios', name: 'x' }),
      ours,
      'invalid',
    ],
    [
      'a PairInstallation from the future',
      AMM_TYPE.PAIR_INSTALLATION,
      pair({ clock: NOW + 10_000_000n, installationId: 'dev-b', deviceType: 'ios', name: 'x' }),
      ours,
      'clock',
    ],
    [
      'a sync signed by someone else',
      AMM_TYPE.SYNC_INSTALLATION_PUBLIC_CHAT,
      encodeSyncInstallationPublicChat({ clock: NOW, id: 'status' }),
      { ...ours, signer: them.publicKey },
      'invalid',
    ],
    [
      'a contact sync of our own key',
      AMM_TYPE.SYNC_INSTALLATION_CONTACT,
      encodeSyncInstallationContact({ clock: NOW, id: me.publicKeyString }),
      ours,
      'invalid',
    ],
    [
      'a contact sync of a key off the curve',
      AMM_TYPE.SYNC_INSTALLATION_CONTACT,
      encodeSyncInstallationContact({ clock: NOW, id: `0x04${'11'.repeat(64)}` }),
      ours,
      'invalid',
    ],
    [
      'a public chat sync with a bad name',
      AMM_TYPE.SYNC_INSTALLATION,
      encodeSyncInstallation({ publicChats: [{ clock: NOW, id: 'No Way' }] }),
      ours,
      'invalid',
    ],
  ] as const)('%s', async (_what, type, payload, ctx, reason) => {
    const store = memoryStorage();
    const { dm, rejected, changes, metadata } = manager(store);
    const before = await snapshot(store);
    await dm.receive(type, payload, ctx, extra);
    expect(rejected.map((r) => r.reason)).toEqual([reason]);
    expect(changes).toEqual([]);
    expect(metadata).toEqual([]);
    expect(await snapshot(store)).toEqual(before);
  });

  it('applies a sync once, in clock order: an older or replayed one changes nothing', async () => {
    const store = memoryStorage();
    const { dm, rejected, changes } = manager(store);
    const sync = (clock: bigint, tags: string[]) =>
      encodeSyncInstallationContact({ clock, id: them.publicKeyString, systemTags: tags });
    await dm.receive(AMM_TYPE.SYNC_INSTALLATION_CONTACT, sync(NOW, [SYSTEM_TAG.CONTACT_ADDED]), ours, extra);
    expect(changes).toEqual([`contact ${them.publicKeyString}`, 'contact code', '1:1']);
    const after = await snapshot(store);
    await dm.receive(
      AMM_TYPE.SYNC_INSTALLATION_CONTACT,
      sync(NOW, [SYSTEM_TAG.CONTACT_BLOCKED]),
      ours,
      extra,
    );
    await dm.receive(
      AMM_TYPE.SYNC_INSTALLATION_CONTACT,
      sync(NOW - 1n, [SYSTEM_TAG.CONTACT_BLOCKED]),
      ours,
      extra,
    );
    expect(changes).toHaveLength(3);
    expect(await snapshot(store)).toEqual(after);
    await dm.receive(
      AMM_TYPE.SYNC_INSTALLATION_CONTACT,
      sync(NOW + 1n, [SYSTEM_TAG.CONTACT_BLOCKED]),
      ours,
      extra,
    );
    expect(changes.slice(3)).toEqual([
      `contact ${them.publicKeyString}`,
      `unsubscribe contact-code:${them.publicKeyString}`,
    ]);
    expect(rejected).toEqual([]);
  });
});
