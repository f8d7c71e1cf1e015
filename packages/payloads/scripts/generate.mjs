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

/**
 * Types generated into a module of their own, `<proto>-<part>.js`, that imports the types it needs
 * from the main module: a bundler places code by module, so types only the private-group code uses
 * (a lazy chunk in a browser app) would otherwise load at start with the rest of `protobuf.js`.
 * They must be contiguous in the proto file, and nothing left in the main module may use them.
 */
const SPLITS = {
  protobuf: { groups: ['MembershipUpdateEvent', 'MembershipUpdateMessage', 'GroupChatInvitation'] },
};

/** Index of the line that starts the block of top-level `name` (its doc comment, if any). */
function blockStart(lines, re, what) {
  const at = lines.findIndex((l) => re.test(l));
  if (at < 0) throw new Error(`generate: ${what} not found`);
  let i = at;
  if (/^ {5}\*\/$/.test(lines[i - 1] ?? '')) while (!/^ {4}\/\*\*/.test(lines[i - 1] ?? '')) i--;
  return /^ {4}\/\*\*/.test(lines[i - 1] ?? '') ? i - 1 : i;
}

/** Moves the contiguous top-level blocks of `types` out of `text` (js or d.ts); returns [rest, moved, head]. */
function cutBlocks(text, types, startRe, what) {
  const lines = text.split('\n');
  const first = blockStart(lines, startRe(types[0]), `${what} ${types[0]}`);
  const tops = lines
    .map((l, i) => [l, i])
    .filter(([l]) => /^ {4}export (const|interface|class|namespace|enum|type) \w+/.test(l))
    .map(([l, i]) => [/^ {4}export \w+ (\w+)/.exec(l)[1], i]);
  const lastType = types[types.length - 1];
  const lastDecl = Math.max(
    ...tops.filter(([n]) => n === lastType || n === `I${lastType}`).map(([, i]) => i),
  );
  const next = tops.find(([n, i]) => i > lastDecl && n !== lastType);
  const end =
    next === undefined ? lines.length : blockStart(lines, new RegExp(`^ {4}export \\w+ ${next[0]}\\b`), what);
  const moved = lines.slice(first, end);
  const movedNames = new Set(tops.filter(([, i]) => i >= first && i < end).map(([n]) => n));
  for (const t of types) if (!movedNames.has(t)) throw new Error(`generate: ${what} ${t} is not contiguous`);
  const headEnd = blockStart(lines, /^ {4}export /, `${what} first type`);
  return [
    [...lines.slice(0, first), ...lines.slice(end)].join('\n'),
    moved.join('\n'),
    lines.slice(0, headEnd).join('\n'),
    movedNames,
  ];
}

/** Splits `SPLITS[name]` out of the flattened module: returns the main module and the parts. */
function split(name, js, dts) {
  const parts = [];
  for (const [part, types] of Object.entries(SPLITS[name] ?? {})) {
    const [jsRest, jsMoved, jsHead, jsNames] = cutBlocks(
      js,
      types,
      (t) => new RegExp(`^ {4}export const ${t} = `),
      `${name}.js`,
    );
    const [dtsRest, dtsMoved, dtsHead, dtsNames] = cutBlocks(
      dts,
      types,
      (t) => new RegExp(`^ {4}export interface I${t} `),
      `${name}.d.ts`,
    );
    const moved = [...jsNames];
    const usedBy = (code, names) => names.filter((n) => new RegExp(`(?<![\\w$.])${n}\\b`).test(code));
    if (usedBy(jsRest, moved).length > 0)
      throw new Error(`generate: ${name}.js still uses ${usedBy(jsRest, moved)}`);
    const mainNames = [...jsRest.matchAll(/^ {4}export const (\w+) = /gm)].map((m) => m[1]);
    const imports = usedBy(jsMoved, mainNames);
    const dtsMain = [...dtsRest.matchAll(/^ {4}export (?:interface|class|namespace|enum|type) (\w+)/gm)].map(
      (m) => m[1],
    );
    const dtsImports = [...new Set(usedBy(dtsMoved, dtsMain))];
    const from = `./${name}.js`;
    parts.push({
      file: `${name}-${part}`,
      js: `${jsHead}\nimport { ${imports.join(', ')} } from "${from}";\n\n${jsMoved}\n`,
      dts: `${dtsHead}\nimport { ${dtsImports.join(', ')} } from "${from}";\n\n${dtsMoved}\n`,
    });
    js = jsRest;
    dts = dtsRest;
    if (dtsNames.size === 0) throw new Error(`generate: ${name}.d.ts: nothing moved`);
  }
  return { js, dts, parts };
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
  const { js, dts, parts } = split(name, flat.js, flat.dts);
  writeFileSync(jsFile, js);
  writeFileSync(dtsFile, dts);
  for (const part of parts) {
    writeFileSync(join(outDir, `${part.file}.js`), part.js);
    writeFileSync(join(outDir, `${part.file}.d.ts`), part.dts);
  }
}
