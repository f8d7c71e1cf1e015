/**
 * Private group chats end to end over real devp2p TCP on loopback, through the statuskit test
 * relay: three clients make a group and talk, a fourth is added and sees only what follows its
 * joining, the group is renamed, a member is removed and receives nothing more, one member leaves;
 * after every step every member's view of the membership is the same. Then a group's state
 * survives a restart on the same storage.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteStorage } from '@statuskit/storage-sqlite';
import { describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import {
  type Client,
  type ClientEvents,
  createIdentity,
  type GroupState,
  type Identity,
  type Message,
} from '../src/index.js';
import { useLoopback } from './support/loopback.node.js';

const { relay, client, open } = useLoopback();

function observe(c: Client) {
  const received: Message[] = [];
  const rejected: ClientEvents['message:rejected'][] = [];
  const errors: ClientEvents['error'][] = [];
  c.addEventListener('message:received', (e) => received.push(e.detail));
  c.addEventListener('message:rejected', (e) => rejected.push(e.detail));
  c.addEventListener('error', (e) => errors.push(e.detail));
  return { received, rejected, errors };
}

/** What a member sees of the group, comparable across members. */
const view = (g: GroupState | undefined) =>
  g === undefined
    ? undefined
    : { name: g.name, members: g.members, joined: g.joined, admins: g.admins, events: g.events.length };

const T = 30_000;

describe('private group chats over loopback TCP', () => {
  it('create, talk, add, rename, remove, leave: every member sees the same group', async () => {
    const r = await relay();
    const [a, b, c, d] = [await client(r), await client(r), await client(r), await client(r)];
    const [oa, ob, oc, od] = [a, b, c, d].map(observe) as [
      ReturnType<typeof observe>,
      ReturnType<typeof observe>,
      ReturnType<typeof observe>,
      ReturnType<typeof observe>,
    ];
    const key = (x: Client) => x.identity.publicKeyString;

    /** Waits until every client in `who` holds the same view as `a`, and checks it. */
    async function agree(who: Client[], what: string, expectSelf: (g: GroupState) => void): Promise<void> {
      const want = () => JSON.stringify(view(a.group(chatId)));
      await waitUntil(() => who.every((x) => JSON.stringify(view(x.group(chatId))) === want()), what, T);
      expectSelf(a.group(chatId) as GroupState);
    }

    // 1. Alice creates the group with Bob and Carol; they see the invitation and accept it.
    const chat = await a.createGroup('statuskit group', [key(b), key(c)]);
    const chatId = chat.id;
    expect(chatId.endsWith(`-${key(a)}`)).toBe(true);
    expect(chat.info().kind).toBe('private-group');
    await agree([b, c], 'Bob and Carol learning of the group', (g) => {
      expect(g.members).toEqual([key(a), key(b), key(c)].sort());
      expect(g.joined).toEqual([key(a)]);
      expect(g.admins).toEqual([key(a)]);
    });
    expect(b.getChat(chatId)?.info().name).toBe('statuskit group');
    await b.joinGroup(chatId);
    await c.joinGroup(chatId);
    await agree([b, c], 'both joins everywhere', (g) =>
      expect(g.joined).toEqual([key(a), key(b), key(c)].sort()),
    );

    // 2. Everyone writes; each message reaches the two others once, delivered to each member.
    const delivery: ClientEvents['message:delivery'][] = [];
    a.addEventListener('message:delivery', (e) => delivery.push(e.detail));
    const first = await chat.sendText('hello group');
    // Handed to MVDS for each member (the flush may already have sent it).
    expect(Object.keys(first.deliveries ?? {}).sort()).toEqual([key(b), key(c)].sort());
    const fromB = await b.getChat(chatId)?.sendText('hi from Bob');
    const fromC = await c.getChat(chatId)?.sendText('hi from Carol');
    await waitUntil(() => ob.received.some((m) => m.id === first.id), 'Bob receiving', T);
    await waitUntil(() => oc.received.some((m) => m.id === first.id), 'Carol receiving', T);
    await waitUntil(() => oa.received.some((m) => m.id === fromB?.id), 'Alice receiving Bob', T);
    await waitUntil(() => oc.received.some((m) => m.id === fromB?.id), 'Carol receiving Bob', T);
    await waitUntil(() => oa.received.some((m) => m.id === fromC?.id), 'Alice receiving Carol', T);
    await waitUntil(() => ob.received.some((m) => m.id === fromC?.id), 'Bob receiving Carol', T);
    const got = ob.received.find((m) => m.id === first.id);
    expect(got?.chatId).toBe(chatId);
    expect(got?.chatKind).toBe('private-group');
    expect(got?.author).toBe(key(a));
    expect(got?.text).toBe('hello group');
    await waitUntil(
      () => delivery.filter((x) => x.id === first.id && x.status === 'delivered').length === 2,
      'delivered to both',
      T,
    );
    const stored = (await a.messages(chatId)).find((m) => m.id === first.id);
    expect(stored?.deliveries).toEqual({ [key(b)]: 'delivered', [key(c)]: 'delivered' });
    expect(
      delivery
        .filter((x) => x.id === first.id && x.status === 'delivered')
        .map((x) => x.member)
        .sort(),
    ).toEqual([key(b), key(c)].sort());

    // 3. Dave is added; he sees the group, joins, and gets what is written after, not before.
    await a.addMembers(chatId, [key(d)]);
    await agree([b, c, d], 'Dave added everywhere', (g) => expect(g.members).toContain(key(d)));
    await d.joinGroup(chatId);
    await agree([b, c, d], 'Dave joined everywhere', (g) => expect(g.joined).toContain(key(d)));
    const afterDave = await b.getChat(chatId)?.sendText('welcome Dave');
    await waitUntil(() => od.received.some((m) => m.id === afterDave?.id), 'Dave receiving', T);
    await waitUntil(() => oa.received.some((m) => m.id === afterDave?.id), 'Alice receiving', T);
    await waitUntil(() => oc.received.some((m) => m.id === afterDave?.id), 'Carol receiving', T);
    expect(od.received.filter((m) => m.chatId === chatId).map((m) => m.text)).toEqual(['welcome Dave']);

    // 4. Rename (admin only: Bob may not).
    await expect(b.renameGroup(chatId, 'not yours')).rejects.toMatchObject({ code: 'not-admin' });
    await a.renameGroup(chatId, 'renamed group');
    await agree([b, c, d], 'the new name everywhere', (g) => expect(g.name).toBe('renamed group'));
    expect(d.getChat(chatId)?.info().name).toBe('renamed group');

    // 5. Carol is removed: she learns it, and receives nothing more.
    await a.removeMember(chatId, key(c));
    await agree([b, c, d], 'Carol removed everywhere', (g) => expect(g.members).not.toContain(key(c)));
    const carolBefore = oc.received.length;
    const afterCarol = await a.getChat(chatId)?.sendText('Carol is gone');
    expect(Object.keys(afterCarol?.deliveries ?? {}).sort()).toEqual([key(b), key(d)].sort());
    await waitUntil(() => ob.received.some((m) => m.id === afterCarol?.id), 'Bob receiving', T);
    await waitUntil(() => od.received.some((m) => m.id === afterCarol?.id), 'Dave receiving', T);
    // Carol can no longer write to the group either.
    await expect(c.getChat(chatId)?.sendText('still here?')).rejects.toThrow(RangeError);

    // 6. Bob leaves.
    await b.leaveGroup(chatId);
    await agree([b, d], 'Bob gone everywhere', (g) => {
      expect(g.members).toEqual([key(a), key(d)].sort());
      expect(g.joined).toEqual([key(a), key(d)].sort());
    });
    const last = await d.getChat(chatId)?.sendText('just us');
    await waitUntil(() => oa.received.some((m) => m.id === last?.id), 'Alice receiving Dave', T);
    expect(Object.keys(last?.deliveries ?? {})).toEqual([key(a)]);
    await Promise.all([a, b, c, d].map((x) => x.whenIdle()));
    expect(oc.received.length).toBe(carolBefore);
    expect(ob.received.some((m) => m.id === last?.id)).toBe(false);
    for (const o of [oa, ob, oc, od]) {
      expect(o.errors).toEqual([]);
      expect(o.received.filter((m) => m.chatId === chatId).length).toBe(
        new Set(o.received.filter((m) => m.chatId === chatId).map((m) => m.id)).size,
      );
    }
  }, 180_000);

  it('keeps a group (members, admins, name, event log) across a restart on the same storage', async () => {
    const r = await relay();
    const dir = mkdtempSync(join(tmpdir(), 'statuskit-group-'));
    open.push({ close: async () => rmSync(dir, { recursive: true, force: true }) });
    const alice: Identity = (await createIdentity()).identity;
    const b = await client(r);
    let storage = sqliteStorage({ path: join(dir, 'a.db') });
    let a = await client(r, { identity: alice, storage });
    const chat = await a.createGroup('kept', [b.identity.publicKeyString]);
    await waitUntil(() => b.group(chat.id) !== undefined, 'Bob learning of the group', T);
    await b.joinGroup(chat.id);
    await waitUntil(() => (a.group(chat.id)?.joined.length ?? 0) === 2, 'Bob joined', T);
    await a.renameGroup(chat.id, 'kept and renamed');
    const sent = await chat.sendText('before the restart');
    const before = a.group(chat.id);
    await a.close(); // closing twice (again in afterEach) is a no-op
    await storage.close();

    storage = sqliteStorage({ path: join(dir, 'a.db') });
    open.push({ close: () => storage.close() });
    a = await client(r, { identity: alice, storage });
    expect(a.group(chat.id)).toEqual(before);
    expect(a.getChat(chat.id)?.info().name).toBe('kept and renamed');
    expect(a.groups().map((g) => g.chatId)).toEqual([chat.id]);
    expect((await a.messages(chat.id)).map((m) => m.id)).toContain(sent.id);
    // It carries on: a message after the restart reaches Bob.
    const boxB = observe(b);
    const after = await a.getChat(chat.id)?.sendText('after the restart');
    await waitUntil(() => boxB.received.some((m) => m.id === after?.id), 'Bob receiving after restart', T);
  }, 120_000);
});
