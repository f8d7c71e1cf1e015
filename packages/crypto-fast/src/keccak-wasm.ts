/**
 * Legacy Keccak-256 (0x01 padding, STATUS-V1-FACTS §0.2) on hash-wasm's WebAssembly Keccak. hash-wasm
 * embeds its binary as base64 and compiles it from bytes (no `fetch`, no `eval`).
 *
 * One WASM hasher serves every one-shot hash and every {@link StreamingHash}: it is synchronous, so
 * calls never interleave. A stream keeps the hasher's state "live" while it is the last user and
 * parks it (hash-wasm `save()`) only when another user needs the hasher, so the RLPx MAC pattern
 * (update, digest, update, …) on one stream costs no state copies.
 */
import type { StreamingHash } from '@statuskit/utils';
import { createKeccak, type IHasher } from 'hash-wasm';

export interface KeccakWasm {
  keccak256(data: Uint8Array): Uint8Array;
  createKeccak256(): StreamingHash;
}

export async function loadKeccakWasm(): Promise<KeccakWasm> {
  const h: IHasher = await createKeccak(256);
  h.init();
  const empty = h.save(); // the state right after init(): the start of every new stream
  /** The stream whose state is in the hasher now, if any. */
  let live: KeccakStream | undefined;

  const park = (): void => {
    if (live) {
      live.state = h.save();
      live = undefined;
    }
  };

  class KeccakStream implements StreamingHash {
    /** Parked state; meaningless while this stream is `live`. */
    state: Uint8Array;
    constructor(state: Uint8Array) {
      this.state = state;
    }
    #activate(): void {
      if (live === this) return;
      park();
      h.load(this.state);
      live = this;
    }
    update(data: Uint8Array): this {
      this.#activate();
      h.update(data);
      return this;
    }
    digest(): Uint8Array {
      this.#activate();
      // digest() finalises the hasher: park first so the stream stays usable.
      park();
      return h.digest('binary');
    }
    clone(): StreamingHash {
      return new KeccakStream(live === this ? h.save() : this.state.slice());
    }
  }

  return {
    keccak256(data) {
      park();
      h.init();
      h.update(data);
      return h.digest('binary');
    },
    createKeccak256: () => new KeccakStream(empty.slice()),
  };
}
