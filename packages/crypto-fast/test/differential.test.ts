// The isomorphic provider against noble, in Node and in Chromium.
import { createFastCrypto } from '../src/index.js';
import { differentialSuite } from './support/differential.js';

const provider = createFastCrypto();
differentialSuite('createFastCrypto()', () => provider);
