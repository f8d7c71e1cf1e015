/**
 * @statuskit/crypto-fast: a `CryptoProvider` whose secp256k1 (libsecp256k1) and Keccak-256 run in
 * WebAssembly, byte-identical to the default `nobleCrypto`. This root entry is isomorphic (Node,
 * browsers, web workers, MV3 service workers): the WASM binaries are inlined and instantiated from
 * bytes, without `fetch` or `eval`. The Node-only entry `@statuskit/crypto-fast/node` adds
 * node:crypto hashes, KDFs and ciphers. Off the main thread PoW sealing lives in `@statuskit/whisper`.
 */
export { createFastCrypto, type FastCryptoOptions } from './provider.js';
