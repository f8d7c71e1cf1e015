import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

// Built from the workspace sources (the `@statuskit/source` condition), so no package build is needed.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: {
    conditions: ['@statuskit/source', ...defaultClientConditions],
    // protobufjs's 64-bit integer class, replaced by payloads' small BigInt-based one (3.4 KB gzip
    // less; see "Bundle size in a browser" in the root README).
    alias: { long: fileURLToPath(new URL('../../packages/payloads/long-lite.cjs', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 400,
    // The page uses generateAlias (static word lists), so core's lazy import of them has no effect here.
    rolldownOptions: { checks: { ineffectiveDynamicImport: false } },
  },
  logLevel: 'warn',
});
