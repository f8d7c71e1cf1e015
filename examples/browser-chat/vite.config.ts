import { defaultClientConditions, defineConfig } from 'vite';

// Built from the workspace sources (the `@statuskit/source` condition), so no package build is needed.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: { conditions: ['@statuskit/source', ...defaultClientConditions] },
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
