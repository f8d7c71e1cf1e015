/**
 * Multi-device end to end over real devp2p TCP on loopback (issue 12): two installations of one
 * identity (same keys, their own installation IDs and storages) pair with PairInstallation and
 * enable each other; a 1:1 message sent on one shows as sent on the other, the peer's reply
 * reaches both, contacts and joined public chats sync, a group reaches both, the pairing survives
 * a restart, and disabling an installation stops its traffic. Then what an unpaired installation
 * of ours, or a stranger, sends in the multi-device messages is refused and changes nothing.
 */
import { AMM_TYPE, encodeProtocolMessage, wrapApplicationMessage } from '@statuskit/payloads';
import { encodeSyncInstallationContact } from '@statuskit/payloads/pairing';
import { memoryStorage, nobleCrypto } from '@statuskit/utils';
import { partitionedTopic } from '@statuskit/whisper';
import { describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import { pairInstallationAmm } from '../src/client/devices.js';
import {
  type Client,
  type ClientEvents,
  createIdentity,
  type InstallationInfo,
  type Message,
} from '../src/index.js';
import { useLoopback } from './support/loopback.node.js';

const { relay, client, open } = useLoopback();
const T = 30_000;

function observe(c: Client) {
  const received: Message[] = [];
  const rejected: ClientEvents['message:rejected'][] = [];
  const discovered: InstallationInfo[] = [];
  const updated: InstallationInfo[] = [];
  c.addEventListener('message:received', (e) => received.push(e.detail));
  c.addEventListener('message:rejected', (e) => rejected.push(e.detail));
  c.addEventListener('installation:discovered', (e) => discovered.push(e.detail));
  c.addEventListener('installation:updated', (e) => updated.push(e.detail));
  return { received, rejected, discovered, updated };
}

/** Pairs two installations of one identity both ways, as a user would on each device. */
async function pair(a: Client, b: Client, oa: ReturnType<typeof observe>, ob: ReturnType<typeof observe>) {
  await a.setInstallationMetadata({ name: 'laptop', deviceType: 'desktop' });
  await b.setInstallationMetadata({ name: 'phone', deviceType: 'android' });
  await b.pairDevices();
  await waitUntil(
    () => oa.updated.some((i) => i.id === b.installationId && i.name === 'phone'),
    'A hearing B',
    T,
  );
  // Its bundle (contact-code advertisement or this message) told A of it: `installation:discovered`.
  expect((await a.installations()).map((i) => i.id)).toContain(b.installationId);
  await a.pairDevices();
  await waitUntil(
    () => ob.updated.some((i) => i.id === a.installationId && i.name === 'laptop'),
    'B hearing A',
    T,
  );
  // Heard of, named, but not paired until the user enables it.
  const seen = (await a.installations()).find((i) => i.id === b.installationId);
  expect(seen).toMatchObject({ enabled: false, name: 'phone', deviceType: 'android', thisDevice: false });
  expect((await a.installations())[0]).toMatchObject({
    id: a.installationId,
    thisDevice: true,
    name: 'laptop',
  });
  await a.enableInstallation(b.installationId);
  await b.enableInstallation(a.installationId);
}

describe('multi-device over loopback TCP', () => {
  it('pairs two installations: sends mirrored, replies to both, contacts, chats and groups synced, restart, disable', async () => {
    const r = await relay();
    const { identity: me } = await createIdentity();
    const storeA = memoryStorage();
    let a = await client(r, { identity: me, storage: storeA });
    const b = await client(r, { identity: me });
    const peer = await client(r);
    expect(a.installationId).not.toBe(b.installationId);
    let oa = observe(a);
    const ob = observe(b);
    const op = observe(peer);
    await pair(a, b, oa, ob);

    // 1. A writes to the peer: the peer gets it, B shows it as sent by us in the chat with the peer.
    const chatA = await a.openChat(peer.identity.publicKeyString);
    const hi = await chatA.sendText('hi from the laptop');
    await waitUntil(() => op.received.some((m) => m.id === hi.id), 'the peer receiving', T);
    await waitUntil(() => ob.received.some((m) => m.id === hi.id), 'B receiving the mirror', T);
    const mirrored = ob.received.find((m) => m.id === hi.id) as Message;
    expect(mirrored).toMatchObject({
      chatId: chatA.id,
      chatKind: 'one-to-one',
      outgoing: true,
      status: 'sent',
      author: me.publicKeyString,
      text: 'hi from the laptop',
    });
    expect((await b.messages(chatA.id)).map((m) => m.id)).toEqual([hi.id]);

    // 2. The peer answers: A's bundle listed B, so the reply reaches both installations.
    expect((await peer.secureTransport.getActiveInstallations(me.publicKey)).map((i) => i.id).sort()).toEqual(
      [a.installationId, b.installationId].sort(),
    );
    const reply = await (await peer.openChat(me.publicKeyString)).sendText('hello both');
    await waitUntil(
      () => oa.received.some((m) => m.id === reply.id) && ob.received.some((m) => m.id === reply.id),
      'the reply on both',
      T,
    );
    expect(ob.received.find((m) => m.id === reply.id)).toMatchObject({ chatId: chatA.id, outgoing: false });

    // 3. B writes too: A shows it as ours.
    const fromB = await b.getChat(chatA.id)?.sendText('and from the phone');
    await waitUntil(() => oa.received.some((m) => m.id === fromB?.id), 'A receiving B’s mirror', T);
    await waitUntil(() => op.received.some((m) => m.id === fromB?.id), 'the peer receiving B', T);

    // 4. Contacts and public chats sync.
    await a.addContact(peer.identity.publicKeyString);
    await a.joinPublicChat('devices-test');
    await waitUntil(
      () =>
        b.contacts().some((c) => c.id === peer.identity.publicKeyString && c.added) &&
        b.chats().some((c) => c.id === 'devices-test' && c.kind === 'public'),
      'B syncing the contact and the chat',
      T,
    );
    await a.blockContact(peer.identity.publicKeyString);
    await waitUntil(
      () => b.contacts().some((c) => c.id === peer.identity.publicKeyString && c.blocked),
      'B syncing the block',
      T,
    );
    await a.unblockContact(peer.identity.publicKeyString);
    await waitUntil(
      () => b.contacts().some((c) => c.id === peer.identity.publicKeyString && !c.blocked),
      'B syncing the unblock',
      T,
    );

    // 5. A group made on A reaches B; the member's messages reach both.
    const group = await a.createGroup('two devices', [peer.identity.publicKeyString]);
    await waitUntil(
      () => b.group(group.id) !== undefined && peer.group(group.id) !== undefined,
      'the group',
      T,
    );
    await peer.joinGroup(group.id);
    await waitUntil(
      () => b.group(group.id)?.joined.includes(peer.identity.publicKeyString) === true,
      'B seeing the join',
      T,
    );
    const inGroup = await peer.getChat(group.id)?.sendText('to the group');
    await waitUntil(
      () => oa.received.some((m) => m.id === inGroup?.id) && ob.received.some((m) => m.id === inGroup?.id),
      'the group message on both',
      T,
    );
    const ours = await a.getChat(group.id)?.sendText('from A to the group');
    await waitUntil(() => ob.received.some((m) => m.id === ours?.id), 'B receiving our group message', T);
    expect(ob.received.find((m) => m.id === ours?.id)).toMatchObject({ outgoing: true, chatId: group.id });

    // 6. A restarts on its storage: still paired, still mirroring.
    await a.close();
    a = await client(r, { identity: me, storage: storeA });
    oa = observe(a);
    expect((await a.installations()).find((i) => i.id === b.installationId)).toMatchObject({
      enabled: true,
      name: 'phone',
    });
    expect(a.contacts().some((c) => c.id === peer.identity.publicKeyString && !c.blocked)).toBe(true);
    const afterRestart = await a.getChat(chatA.id)?.sendText('after a restart');
    await waitUntil(() => ob.received.some((m) => m.id === afterRestart?.id), 'B after A restarted', T);

    // 7. A disables B: A's bundle drops it, a peer that meets us now encrypts for A only, A's sends
    //    no longer reach B, and B's are refused as coming from an unpaired device.
    await a.disableInstallation(b.installationId);
    expect([...(await a.secureTransport.getBundle()).signedPreKeys.keys()]).toEqual([a.installationId]);
    const late = await client(r);
    const ol = observe(late);
    const toLate = await (await a.openChat(late.identity.publicKeyString)).sendText('a new peer');
    await waitUntil(() => ol.received.some((m) => m.id === toLate.id), 'the new peer', T);
    expect((await late.secureTransport.getActiveInstallations(me.publicKey)).map((i) => i.id)).toEqual([
      a.installationId,
    ]);
    const unmirrored = await a.getChat(chatA.id)?.sendText('not for the phone');
    await waitUntil(() => op.received.some((m) => m.id === unmirrored?.id), 'the peer receiving', T);
    const fromDisabled = await b.getChat(chatA.id)?.sendText('the phone again');
    await waitUntil(() => op.received.some((m) => m.id === fromDisabled?.id), 'the peer receiving B', T);
    await waitUntil(() => oa.rejected.some((x) => x.reason === 'not-paired'), 'A refusing B', T);
    await new Promise((res) => setTimeout(res, 1500));
    expect(ob.received.some((m) => m.id === unmirrored?.id)).toBe(false);
    expect(oa.received.some((m) => m.id === fromDisabled?.id)).toBe(false);
    expect((await a.messages(chatA.id)).some((m) => m.id === fromDisabled?.id)).toBe(false);
    expect(open.length).toBeGreaterThan(0);
  }, 120_000);

  it('syncDevices brings a newly paired installation up to date: contacts, public chats, groups', async () => {
    const r = await relay();
    const { identity: me } = await createIdentity();
    const a = await client(r, { identity: me });
    const peer = await client(r);
    // What A holds before the new device exists.
    await a.addContact(peer.identity.publicKeyString);
    await a.joinPublicChat('before-pairing');
    const group = await a.createGroup('older group', [peer.identity.publicKeyString]);
    const b = await client(r, { identity: me });
    const [oa, ob] = [observe(a), observe(b)];
    await pair(a, b, oa, ob);
    expect(b.contacts()).toEqual([]);
    expect(b.group(group.id)).toBeUndefined();
    await a.syncDevices();
    await waitUntil(
      () =>
        b.contacts().some((c) => c.id === peer.identity.publicKeyString && c.added) &&
        b.chats().some((c) => c.id === 'before-pairing') &&
        b.group(group.id)?.name === 'older group',
      'B synced',
      T,
    );
    expect(b.group(group.id)?.events.length).toBe(a.group(group.id)?.events.length);
    expect(ob.rejected).toEqual([]);
  }, 60_000);

  it('refuses bad pairing and sync messages and changes nothing', async () => {
    const r = await relay();
    const { identity: me } = await createIdentity();
    const a = await client(r, { identity: me });
    const oa = observe(a);
    const c = await client(r, { identity: me }); // another installation of ours, never enabled on A
    const stranger = await client(r);
    await a.setInstallationMetadata({ name: 'laptop', deviceType: 'desktop' });
    const sendDh = async (from: Client, amm: Uint8Array) => {
      const pm = await from.secureTransport.buildDhMessage(me.publicKey, amm);
      await from.node.send({
        payload: encodeProtocolMessage(pm),
        topic: partitionedTopic(me.publicKey, nobleCrypto).topic,
        publicKey: me.publicKey,
        signingKey: from.identity.privateKey,
        ttlSeconds: 15,
      });
    };
    const now = () => BigInt(Date.now());
    const rejections = async (n: number, what: string) =>
      waitUntil(() => oa.rejected.length >= n, what, T).then(() => oa.rejected[n - 1]);

    // A PairInstallation without a name: §7.3 validation.
    await sendDh(
      c,
      pairInstallationAmm(
        { clock: now(), installationId: c.installationId, deviceType: 'ios', name: ' ' },
        me.privateKey,
        nobleCrypto,
      ),
    );
    expect(await rejections(1, 'blank name')).toMatchObject({ reason: 'invalid' });
    // A PairInstallation speaking for another installation.
    await sendDh(
      c,
      pairInstallationAmm(
        { clock: now(), installationId: 'someone-else', deviceType: 'ios', name: 'x' },
        me.privateKey,
        nobleCrypto,
      ),
    );
    expect(await rejections(2, 'another installation')).toMatchObject({ reason: 'invalid' });
    // A PairInstallation with a clock of 0.
    await sendDh(
      c,
      pairInstallationAmm(
        { clock: 0n, installationId: c.installationId, deviceType: 'ios', name: 'x' },
        me.privateKey,
        nobleCrypto,
      ),
    );
    expect(await rejections(3, 'clock 0')).toMatchObject({ reason: 'invalid' });
    // A SyncInstallationContact from our unpaired installation.
    const syncContact = (key: Uint8Array) =>
      wrapApplicationMessage(
        encodeSyncInstallationContact({
          clock: now(),
          id: stranger.identity.publicKeyString,
          systemTags: [':contact/added'],
        }),
        AMM_TYPE.SYNC_INSTALLATION_CONTACT,
        key,
        nobleCrypto,
      );
    await sendDh(c, syncContact(me.privateKey));
    expect(await rejections(4, 'unpaired sync')).toMatchObject({ reason: 'not-paired' });
    // The same from a stranger (signed by its own key): not coming from us.
    await sendDh(stranger, syncContact(stranger.identity.privateKey));
    expect(await rejections(5, 'stranger sync')).toMatchObject({ reason: 'invalid' });
    expect(a.contacts()).toEqual([]);
    const cSeen = (await a.installations()).find((i) => i.id === c.installationId);
    expect(cSeen?.name).toBeUndefined();
    expect(cSeen?.enabled ?? false).toBe(false);
    expect(oa.received).toEqual([]);
    // C was heard of (its bundle), but stays unpaired and unnamed.
    expect(oa.discovered.map((i) => i.id)).toContain(c.installationId);
    expect(oa.updated).toEqual([]);
  }, 60_000);
});
