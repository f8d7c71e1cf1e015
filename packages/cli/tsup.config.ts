import { rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// Two builds. The library entry (`index`) keeps the statuskit packages external like every other
// package. The `statuskit` bin is one file: the statuskit packages are bundled from their sources,
// so the command starts without resolving a dozen workspace packages; npm dependencies with native
// or optional parts (better-sqlite3, ws), protobufjs (it loads `long` with its own require) and
// commander stay external.
// STATUSKIT_CLI_BIN_ONLY=1 builds only the bin (the tests build it so, into STATUSKIT_CLI_OUT_DIR).
const binOnly = process.env.STATUSKIT_CLI_BIN_ONLY === '1';
const outDir = process.env.STATUSKIT_CLI_OUT_DIR ?? 'dist';
if (!binOnly) rmSync('dist', { recursive: true, force: true });

const bin: Options = {
  entry: { bin: 'src/bin.ts' },
  outDir,
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: false,
  sourcemap: true,
  clean: false,
  noExternal: [/^@statuskit\//],
  external: ['better-sqlite3', 'ws', 'commander', 'protobufjs', 'long'],
  esbuildOptions(options) {
    options.conditions = ['@statuskit/source', 'import', 'module', 'default'];
  },
};

const library: Options = {
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: true,
  sourcemap: true,
  clean: false,
};

export default defineConfig(binOnly ? [bin] : [library, bin]);
