// Regenerates src/gen/*.js and *.d.ts from proto/*.proto with protobufjs-cli (static code, no
// reflection, no eval, so it runs under an MV3 extension CSP). Usage: node scripts/generate.mjs [outDir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pbjs } from 'protobufjs-cli';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const outDir = resolve(process.argv[2] ?? join(pkg, 'src', 'gen'));

/** The proto files, one generated module each, and the proto package each declares. */
export const PROTO_FILES = {
  encryption: 'encryption',
  mvds: 'mvds',
  protobuf: 'protobuf',
  pairing: 'protobuf',
};

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

/**
 * pbjs puts every type of a proto package into one namespace object built by one IIFE, which no
 * bundler can split: importing one encoder kept the whole module. This rewrites each top-level
 * type into its own `export const X = /*#__PURE__*\/ (function () { … })()` (cross-type references
 * `$root.<pkg>.X` become the binding `X`), so unused types are dropped, and flattens the .d.ts
 * namespace the same way. Callers import the module as a namespace (`import * as protobuf`).
 */
function flatten(name, js, dts) {
  const fail = (what) => {
    throw new Error(`generate: ${name}: unexpected pbjs output (${what})`);
  };
  const cut = (text, piece, what) => {
    if (!text.includes(piece)) fail(what);
    return text.replace(piece, '');
  };
  let out = cut(js, '// Exported root namespace\n', 'root comment');
  out = cut(out, 'const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});\n', '$root');
  out = cut(out, `export const ${name} = $root.${name} = (() => {\n`, 'namespace head');
  out = out.replace(
    new RegExp(
      `\\n {4}/\\*\\*\\n {5}\\* Namespace ${name}\\.[\\s\\S]*?\\*/\\n {4}const ${name} = \\{\\};\\n`,
    ),
    '\n',
  );
  out = cut(out, `\n    return ${name};\n})();\n`, 'namespace tail');
  out = cut(out, '\nexport {\n  $root as default\n};\n', 'default export');
  out = out.replace(
    new RegExp(`^ {4}${name}\\.(\\w+) = \\(function\\(\\) \\{`, 'gm'),
    '    export const $1 = /*#__PURE__*/ (function() {',
  );
  out = out.replaceAll(`$root.${name}.`, '');
  if (out.includes('$root') || new RegExp(`^ {4}${name}\\.`, 'm').test(out))
    fail('leftover namespace reference');
  let types = cut(dts, `/** Namespace ${name}. */\nexport namespace ${name} {\n`, 'd.ts namespace head');
  if (!types.endsWith('\n}\n')) fail('d.ts namespace tail');
  types = types.slice(0, -2);
  const top = [...types.matchAll(/^ {4}(?:interface|class|namespace|enum|type) (\w+)/gm)].map((m) => m[1]);
  const nested = [...types.matchAll(/^ {8,}(?:interface|class|namespace|enum|type) (\w+)/gm)].map(
    (m) => m[1],
  );
  // Unqualifying `pkg.X` is only sound when no nested type shadows a top-level name.
  for (const n of nested) if (top.includes(n)) fail(`nested ${n} shadows a top-level type`);
  types = types.replace(/^ {4}(interface|class|namespace|enum|type) /gm, '    export $1 ');
  types = types.replace(new RegExp(`(?<![\\w$])${name}\\.`, 'g'), '');
  return { js: out, dts: types };
}

mkdirSync(outDir, { recursive: true });
for (const [name, pkgName] of Object.entries(PROTO_FILES)) {
  const args = [...FLAGS, '-o', join(outDir, `${name}.js`), '--dts', join(pkg, 'proto', `${name}.proto`)];
  await new Promise((ok, fail) => {
    pbjs.main(args, (err) => (err ? fail(err) : ok(undefined)));
  });
  const jsFile = join(outDir, `${name}.js`);
  const dtsFile = join(outDir, `${name}.d.ts`);
  const flat = flatten(pkgName, readFileSync(jsFile, 'utf8'), readFileSync(dtsFile, 'utf8'));
  writeFileSync(jsFile, flat.js);
  writeFileSync(dtsFile, flat.dts);
}
