import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Packages that must run unchanged in browsers, workers and MV3 service workers: their plain
// `*.test.ts` files run both in Node and in Chromium.
const ISOMORPHIC = 'utils,crypto-fast,payloads,mvds,whisper,devp2p,core,storage-idb,transport-ws';

// The provider matrix (issue 18): these suites run once more with @statuskit/crypto-fast installed as
// the default provider (packages/crypto-fast/test/matrix/install.ts): the golden vectors in Node and Chromium, the fuzz
// suites in Node.
const VECTOR_SUITES = [
  'packages/utils/test/crypto.test.ts',
  'packages/*/test/*vectors.test.ts',
  'packages/core/test/{one-to-one-ratchet,one-to-one-handler,shared-secret}.test.ts',
  'packages/devp2p/test/ecies.test.ts',
];
const FUZZ_SUITES = ['packages/*/test/fuzz.node.test.ts'];

/**
 * Browser builds alias `long` (which protobufjs/minimal requires for 64-bit fields) to payloads'
 * small `long`-compatible class, as the bundle-size measurement does (scripts/bundle-size.mjs): the
 * Chromium projects run every payload and encryption vector suite on that build, so the alias is
 * held to the golden vectors byte for byte (packages/payloads/test/long-lite.test.ts checks that it
 * is the class in use there).
 */
const LONG_LITE = { long: fileURLToPath(new URL('./packages/payloads/long-lite.cjs', import.meta.url)) };

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Browser mode in Debian's Chromium, headless (one instance per browser project). */
function headlessChromium() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

export default defineConfig({
  resolve: { conditions: ['@statuskit/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@statuskit/source', ...defaultServerConditions] } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['./test/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
          benchmark: { include: ['packages/*/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'node:fast',
          environment: 'node',
          include: [...VECTOR_SUITES, ...FUZZ_SUITES],
          setupFiles: ['./packages/crypto-fast/test/matrix/node-fast.setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser:fast',
          alias: LONG_LITE,
          include: VECTOR_SUITES,
          setupFiles: ['./packages/crypto-fast/test/matrix/browser-fast.setup.ts'],
          browser: headlessChromium(),
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          alias: LONG_LITE,
          // WebSocket servers for @statuskit/transport-ws's Chromium tests (in addition to the root setup).
          globalSetup: ['./test/ws-bridge.global.ts'],
          include: [`packages/{${ISOMORPHIC}}/test/**/*.test.ts`],
          exclude: ['**/node_modules/**', '**/*.node.test.ts'],
          browser: headlessChromium(),
        },
      },
    ],
  },
});
