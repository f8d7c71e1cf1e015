// Regenerates src/gen/*.js and *.d.ts from proto/*.proto with protobufjs-cli (static code, no
// reflection, no eval, so it runs under an MV3 extension CSP). Usage: node scripts/generate.mjs [outDir]
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pbjs } from 'protobufjs-cli';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const outDir = resolve(process.argv[2] ?? join(pkg, 'src', 'gen'));

/** The proto files, one generated module each. */
export const PROTO_NAMES = ['encryption', 'mvds', 'protobuf'];

/** Flags shared by every module: ESM static code importing protobufjs/minimal.js, plus a .d.ts. */
const FLAGS = [
  '-t',
  'static-module',
  '-w',
  'esm',
  '--dependency',
  'protobufjs/minimal.js',
  '--no-verify',
  '--no-convert',
  '--no-delimited',
  '--no-typeurl',
];

mkdirSync(outDir, { recursive: true });
for (const name of PROTO_NAMES) {
  const args = [...FLAGS, '-o', join(outDir, `${name}.js`), '--dts', join(pkg, 'proto', `${name}.proto`)];
  await new Promise((ok, fail) => {
    pbjs.main(args, (err) => (err ? fail(err) : ok(undefined)));
  });
}
