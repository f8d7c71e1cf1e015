/**
 * The demo's bookkeeping: every message our parties send is entered with the parties that must
 * receive it; every `message:received` is counted against it. The verdict is good only when each
 * expected (message, recipient) pair was received exactly once and nothing of ours arrived where it
 * was not expected. Messages from authors outside the demo (a real network's #status) are counted
 * apart and never fail the run.
 */

/** One sent message and who must get it. */
export interface Expectation {
  id: string;
  from: string;
  text: string;
  to: readonly string[];
}

/** What went wrong, per message and recipient. */
export interface Problem {
  kind: 'missing' | 'duplicate' | 'unexpected';
  id: string;
  text: string;
  recipient: string;
  count: number;
}

/** The verdict of a run. */
export interface Verdict {
  ok: boolean;
  /** Expected (message, recipient) pairs, and how many arrived exactly once. */
  expected: number;
  deliveredOnce: number;
  problems: Problem[];
  /** Messages from authors outside the demo, ignored. */
  foreign: number;
}

export class Ledger {
  readonly #expected = new Map<string, Expectation>();
  /** `${recipient} ${id}` → receipts. */
  readonly #received = new Map<string, number>();
  readonly #ours = new Set<string>();
  #foreign = 0;

  /** Declares the authors (`0x04…` keys) whose messages are the demo's. */
  addAuthor(publicKey: string): void {
    this.#ours.add(publicKey);
  }

  /** Enters a sent message and its expected recipients. */
  expect(e: Expectation): void {
    if (this.#expected.has(e.id)) throw new Error(`message ${e.id} entered twice`);
    this.#expected.set(e.id, { ...e, to: [...e.to] });
  }

  /** Adds recipients to a message already entered (e.g. a client that will catch up later). */
  expectAlso(id: string, recipient: string): void {
    const e = this.#expected.get(id);
    if (e === undefined) throw new Error(`message ${id} was never entered`);
    if (!e.to.includes(recipient)) this.#expected.set(id, { ...e, to: [...e.to, recipient] });
  }

  /** Counts one receipt; returns how many times `recipient` has now received `id` (0 for foreign). */
  receive(recipient: string, m: { id: string; author: string }): number {
    if (!this.#ours.has(m.author)) {
      this.#foreign++;
      return 0;
    }
    const k = `${recipient} ${m.id}`;
    const n = (this.#received.get(k) ?? 0) + 1;
    this.#received.set(k, n);
    return n;
  }

  /** How many times `recipient` received `id`. */
  count(recipient: string, id: string): number {
    return this.#received.get(`${recipient} ${id}`) ?? 0;
  }

  /** True when every recipient of `id` has it. */
  arrived(id: string, recipients?: readonly string[]): boolean {
    const e = this.#expected.get(id);
    if (e === undefined) return false;
    return (recipients ?? e.to).every((r) => this.count(r, id) > 0);
  }

  verdict(): Verdict {
    const problems: Problem[] = [];
    let expected = 0;
    let deliveredOnce = 0;
    for (const e of this.#expected.values()) {
      for (const r of e.to) {
        expected++;
        const n = this.count(r, e.id);
        if (n === 1) deliveredOnce++;
        else
          problems.push({
            kind: n === 0 ? 'missing' : 'duplicate',
            id: e.id,
            text: e.text,
            recipient: r,
            count: n,
          });
      }
    }
    for (const [k, n] of this.#received) {
      const [recipient = '', id = ''] = k.split(' ');
      const e = this.#expected.get(id);
      if (e === undefined || !e.to.includes(recipient)) {
        problems.push({ kind: 'unexpected', id, text: e?.text ?? '?', recipient, count: n });
      }
    }
    return { ok: problems.length === 0, expected, deliveredOnce, problems, foreign: this.#foreign };
  }
}
