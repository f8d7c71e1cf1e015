// Node side of the provider matrix: @statuskit/crypto-fast/node (WASM secp256k1 + Keccak, node:crypto).
import { createNodeCrypto } from '../../src/node/index.js';
import { installAsDefault } from './install.js';

installAsDefault(await createNodeCrypto());
