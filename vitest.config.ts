import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Packages that must run unchanged in browsers, workers and MV3 service workers: their plain
// `*.test.ts` files run both in Node and in Chromium.
const ISOMORPHIC = 'utils,payloads,mvds,whisper,devp2p,core,storage-idb,transport-ws';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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
          name: 'browser',
          // WebSocket servers for @statuskit/transport-ws's Chromium tests (in addition to the root setup).
          globalSetup: ['./test/ws-bridge.global.ts'],
          include: [`packages/{${ISOMORPHIC}}/test/**/*.test.ts`],
          exclude: ['**/node_modules/**', '**/*.node.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
