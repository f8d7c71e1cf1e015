// Chromium side of the provider matrix: the isomorphic @statuskit/crypto-fast (WASM secp256k1 + Keccak).
import { createFastCrypto } from '../../src/index.js';
import { installAsDefault } from './install.js';

installAsDefault(await createFastCrypto());
