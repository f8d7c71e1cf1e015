// Packs every package as a release does and consumes the tarballs as a new user would.
//
//  1. `pnpm pack` in each package: runs `prepack` (the tsup build), replaces `workspace:^`, applies
//     `publishConfig` (no `@statuskit/source` condition); the tarball must hold LICENSE, README,
//     CHANGELOG and every file its `exports` name, and no `src/`.
//  2. publint (warnings are errors) and @arethetypeswrong/cli (profile `esm-only`) on each tarball.
//  3. A fresh project installs the tarballs with plain npm, next to a different vitest major.
//  4. Its programs (every README `ts` block, a program importing every entry point, a vitest suite
//     from `@statuskit/utils/testing`) typecheck with `skipLibCheck: false` under the minimum
//     TypeScript we document and the current one; the root README example runs and must deliver
//     its message; `require()` of every entry point works on this Node (20.19+).
//  5. Tree-shaking with esbuild (minified, metafile): `toHex` alone, one payload encoder, `long`
//     once, and a few whole entry points. `--write-readme` puts the table in README.md.
//
// Usage: node scripts/pack-check.mjs [--keep] [--write-readme]. npm uses its normal cache with
// --prefer-offline (`STATUSKIT_NPM_CACHE` overrides the folder), so repeated runs are fast.
import { execFile, execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));

/** The TypeScript versions a consumer's typecheck runs under: the documented minimum and ours. */
const TS_MIN = '5.7.3';
const TS_CURRENT = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.typescript;
/** A vitest major other than the one the repo uses (utils declares `vitest >=3` as optional peer). */
const CONSUMER_VITEST = '3.2.4';
const rootDev = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
const TYPES_NODE = rootDev['@types/node'];
const TYPES_WS = rootDev['@types/ws'];
const ESBUILD = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.esbuild;
/**
 * README blocks that also run here (loopback only), with what their output must show; the others
 * need a remote peer, a browser or a TLS certificate and are only typechecked.
 */
const RUN_README_BLOCKS = {
  'README-1': /^bob received: hello$/m,
  'core-2': /^dh hello$/m,
  'devp2p-1': /connected to/,
  'mvds-1': /Uint8Array\(5\)/,
  'payloads-1': /^0x[0-9a-f]{64} hello$/m,
  'transport-node-1': /^$/,
  'utils-1': /^0001 ff$/m,
  'storage-sqlite-1': /Uint8Array\(2\) \[ 1, 1 \]/,
};
/** Upper bound for `import { toHex } from '@statuskit/utils'`, minified. */
const TO_HEX_MAX_BYTES = 2048;

const t0 = Date.now();
const failures = [];
const log = (msg) => console.log(`[pack-check ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
const fail = (msg) => {
  failures.push(msg);
  console.error(`  FAIL ${msg}`);
};

async function sh(cmd, argv, opts = {}) {
  try {
    return await run(cmd, argv, { maxBuffer: 64 * 1024 * 1024, ...opts });
  } catch (err) {
    const out = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim();
    throw new Error(`${cmd} ${argv.join(' ')} failed (${err.code}):\n${out}`);
  }
}

/** Runs `tasks` with at most `limit` at a time (2 cores in CI). */
async function pool(items, limit, task) {
  const results = [];
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  });
  await Promise.all(workers);
  return results;
}

function pnpmCommand() {
  try {
    execFileSync('pnpm', ['--version'], { stdio: 'ignore' });
    return ['pnpm', []];
  } catch {
    const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
    return ['npx', ['--yes', pinned]];
  }
}

const work = mkdtempSync(join(tmpdir(), 'statuskit-pack-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'consumer');
mkdirSync(tarballs);
mkdirSync(join(app, 'readme'), { recursive: true });

const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({
    dir: join(root, 'packages', dir),
    manifest: readJson(join(root, 'packages', dir, 'package.json')),
  }))
  .filter((p) => !p.manifest.private);

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function tarList(tgz) {
  return execFileSync('tar', ['-tzf', tgz], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

function tarRead(tgz, path) {
  return execFileSync('tar', ['-xzOf', tgz, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Every file a package's `exports` (and `types`) points at, as tarball paths. */
function exportTargets(manifest) {
  const out = new Set(manifest.types ? [manifest.types] : []);
  const walk = (v) => {
    if (typeof v === 'string') out.add(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(manifest.exports);
  return [...out].map((p) => `package/${p.replace(/^\.\//, '')}`);
}

// 1. Pack (the build runs in prepack).
const [pnpm, pnpmArgs] = pnpmCommand();
log(`packing ${packages.length} packages (prepack builds each) into ${tarballs}`);
await pool(packages, 2, async (p) => {
  await sh(pnpm, [...pnpmArgs, 'pack', '--pack-destination', tarballs], { cwd: p.dir });
});
for (const p of packages) {
  const file = `${p.manifest.name.replace('@', '').replace('/', '-')}-${p.manifest.version}.tgz`;
  p.tarball = join(tarballs, file);
  const files = tarList(p.tarball);
  const published = JSON.parse(tarRead(p.tarball, 'package/package.json'));
  p.published = published;
  for (const need of [
    'package/LICENSE',
    'package/README.md',
    'package/CHANGELOG.md',
    ...exportTargets(published),
  ]) {
    if (!files.includes(need)) fail(`${p.manifest.name}: tarball lacks ${need}`);
  }
  if (files.some((f) => f.startsWith('package/src/'))) fail(`${p.manifest.name}: tarball ships src/`);
  // A README link must work on the registry's page: absolute, an anchor, or a file in the tarball.
  for (const m of tarRead(p.tarball, 'package/README.md').matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1];
    if (/^(https?:|mailto:|#)/.test(target)) continue;
    if (!files.includes(`package/${target.replace(/^\.\//, '').replace(/#.*$/, '')}`)) {
      fail(`${p.manifest.name}: README links to ${target}, which is not in the tarball`);
    }
  }
  const text = JSON.stringify(published);
  if (text.includes('workspace:')) fail(`${p.manifest.name}: published package.json keeps workspace:`);
  if (text.includes('@statuskit/source'))
    fail(`${p.manifest.name}: published exports keep @statuskit/source`);
  for (const key of ['description', 'license', 'repository', 'homepage', 'bugs', 'keywords', 'engines']) {
    if (!published[key] || (typeof published[key] === 'string' && published[key].trim() === '')) {
      fail(`${p.manifest.name}: package.json lacks ${key}`);
    }
  }
  if (published.publishConfig?.access !== 'public')
    fail(`${p.manifest.name}: publishConfig.access is not public`);
  const size = readFileSync(p.tarball).length;
  log(`  ${basename(p.tarball)}: ${files.length} files, ${(size / 1024).toFixed(1)} KiB`);
}

// 2. publint + attw on each tarball.
log('publint (warnings count as errors) and attw --profile esm-only on each tarball');
const { publint } = await import('publint');
const { formatMessage } = await import('publint/utils');
// attw's `esm-only` profile: the node10 and node16-cjs resolutions are not checked (these packages
// are ESM only; Node 20.19+ `require()`s them, which step 4 checks for real).
const attw = await import('@arethetypeswrong/core');
const ESM_ONLY_IGNORED = ['node10', 'node16-cjs'];
for (const p of packages) {
  const buf = readFileSync(p.tarball);
  const tarball = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball }, level: 'suggestion', strict: true });
  for (const m of messages) {
    const line = `${p.manifest.name}: publint ${m.type}: ${formatMessage(m, pkg) ?? m.code}`;
    if (m.type === 'suggestion') console.log(`  note ${line}`);
    else fail(line);
  }
  const analysis = await attw.checkPackage(attw.createPackageFromTarballData(new Uint8Array(buf)));
  if (!analysis.types) fail(`${p.manifest.name}: attw finds no types`);
  const problems = analysis.problems ?? [];
  const counted = problems.filter(
    (x) => !('resolutionKind' in x) || !ESM_ONLY_IGNORED.includes(x.resolutionKind),
  );
  for (const x of counted) {
    fail(`${p.manifest.name}: attw ${x.kind} ${x.entrypoint ?? ''} ${x.resolutionKind ?? ''}`.trimEnd());
  }
  log(
    `  ${p.manifest.name}: publint ${messages.length} message(s); attw ${counted.length} problem(s), ${problems.length - counted.length} in the ignored node10/node16-cjs resolutions`,
  );
}

// 3. A fresh npm project with the tarballs and another vitest major.
const readmes = [join(root, 'README.md'), ...packages.map((p) => join(p.dir, 'README.md'))];
const blocks = [];
for (const file of readmes) {
  const md = readFileSync(file, 'utf8');
  const name = relative(root, file)
    .replace(/\/README\.md$/, '')
    .replace(/^packages\//, '')
    .replace('.md', '');
  let i = 0;
  for (const m of md.matchAll(/^```(ts|typescript)\n([\s\S]*?)^```$/gm)) {
    i += 1;
    const target = `readme/${name}-${i}.ts`;
    writeFileSync(join(app, target), m[2]);
    blocks.push({ from: relative(root, file), target });
  }
}
log(`${blocks.length} TypeScript blocks extracted from ${readmes.length} READMEs`);
if (!blocks.some((b) => b.from === 'README.md')) fail('README.md has no ts example');

const entryPoints = packages.flatMap((p) =>
  Object.keys(p.published.exports)
    .filter((k) => k !== './package.json')
    .map((k) => (k === '.' ? p.manifest.name : `${p.manifest.name}/${k.slice(2)}`)),
);
// Importing every entry point, so each .d.ts is checked with skipLibCheck false.
writeFileSync(
  join(app, 'all-entry-points.ts'),
  `${entryPoints
    .filter((e) => e !== '@statuskit/utils/testing')
    .map((e, i) => `import * as m${i} from '${e}';`)
    .join('\n')}\n\nconst modules: Record<string, object> = {\n${entryPoints
    .filter((e) => e !== '@statuskit/utils/testing')
    .map((e, i) => `  '${e}': m${i},`)
    .join(
      '\n',
    )}\n};\nfor (const [name, mod] of Object.entries(modules)) {\n  if (Object.keys(mod).length === 0) throw new Error(\`\${name} exports nothing\`);\n}\nconsole.log(\`imported \${Object.keys(modules).length} entry points\`);\n`,
);
// The compliance suites from @statuskit/utils/testing, run by the consumer's own vitest major.
writeFileSync(
  join(app, 'storage.test.ts'),
  `import { memoryStorage } from '@statuskit/utils';\nimport { storageComplianceSuite } from '@statuskit/utils/testing';\n\nstorageComplianceSuite('memoryStorage', { open: async () => memoryStorage() });\n`,
);
writeFileSync(
  join(app, 'require-all.cjs'),
  `const names = ${JSON.stringify(entryPoints.filter((e) => e !== '@statuskit/utils/testing'))};\nfor (const name of names) {\n  const mod = require(name);\n  if (Object.keys(mod).length === 0) throw new Error(name + ' exports nothing');\n}\nconsole.log('required ' + names.length + ' entry points on Node ' + process.versions.node);\n`,
);
writeFileSync(
  join(app, 'package.json'),
  `${JSON.stringify(
    {
      name: 'statuskit-consumer',
      private: true,
      type: 'module',
      dependencies: Object.fromEntries(packages.map((p) => [p.manifest.name, `file:${p.tarball}`])),
      devDependencies: {
        '@types/node': TYPES_NODE,
        '@types/ws': TYPES_WS,
        esbuild: ESBUILD,
        typescript: TS_CURRENT,
        'typescript-min': `npm:typescript@${TS_MIN}`,
        vitest: CONSUMER_VITEST,
      },
    },
    null,
    2,
  )}\n`,
);
const compilerOptions = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2023', 'DOM'],
  types: ['node'],
  strict: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: false,
  outDir: 'out',
  rootDir: '.',
};
writeFileSync(
  join(app, 'tsconfig.json'),
  `${JSON.stringify({ compilerOptions, include: ['*.ts', 'readme/*.ts'] }, null, 2)}\n`,
);

log(`npm install of the tarballs + vitest ${CONSUMER_VITEST} + typescript ${TS_MIN} and ${TS_CURRENT}`);
const npmArgs = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
// better-sqlite3 compiles from source here (~75 s, no prebuilt download); the consumer only
// imports it, so install scripts are skipped. The storage-sqlite README documents the approval.
npmArgs.push('--ignore-scripts');
if (process.env.STATUSKIT_NPM_CACHE) npmArgs.push('--cache', process.env.STATUSKIT_NPM_CACHE);
try {
  await sh('npm', npmArgs, { cwd: app, env: { ...process.env, npm_config_yes: 'true' } });
} catch (err) {
  fail(`npm install: ${err.message}`);
}

// Install scripts were skipped: better-sqlite3 has no reachable prebuilt here and compiles for
// ~75 s. Its addon is the workspace's own build of the same version when there is one, otherwise
// npm builds it now (`npm rebuild`, what the skipped install script would have done).
if (failures.length === 0) {
  const consumerSqlite = join(app, 'node_modules', 'better-sqlite3');
  const version = readJson(join(consumerSqlite, 'package.json')).version;
  let built;
  try {
    const req = createRequire(join(root, 'packages', 'storage-sqlite', 'package.json'));
    const ours = dirname(req.resolve('better-sqlite3/package.json'));
    const addon = join(ours, 'build', 'Release', 'better_sqlite3.node');
    if (readJson(join(ours, 'package.json')).version === version && existsSync(addon)) built = addon;
  } catch {
    built = undefined;
  }
  if (built) {
    mkdirSync(join(consumerSqlite, 'build', 'Release'), { recursive: true });
    copyFileSync(built, join(consumerSqlite, 'build', 'Release', 'better_sqlite3.node'));
    log(`better-sqlite3 ${version}: the workspace's build of the same version`);
  } else {
    log(`better-sqlite3 ${version}: npm rebuild (compiles)`);
    try {
      await sh('npm', ['rebuild', 'better-sqlite3'], { cwd: app });
    } catch (err) {
      fail(`npm rebuild better-sqlite3: ${err.message}`);
    }
  }
}

// 4. Typecheck (minimum and current TypeScript), run, require.
if (failures.length === 0) {
  for (const [label, tsc] of [
    [`TypeScript ${TS_MIN}`, 'node_modules/typescript-min/bin/tsc'],
    [`TypeScript ${TS_CURRENT}`, 'node_modules/typescript/bin/tsc'],
  ]) {
    log(
      `tsc (${label}, strict, nodenext, skipLibCheck false) on ${blocks.length} README blocks + 2 programs`,
    );
    try {
      await sh(process.execPath, [tsc, '-p', '.', ...(label.includes(TS_MIN) ? ['--noEmit'] : [])], {
        cwd: app,
      });
    } catch (err) {
      fail(`${label}: ${err.message}`);
    }
  }
  const programs = [
    ['out/all-entry-points.js', /imported \d+ entry points/],
    ...Object.entries(RUN_README_BLOCKS).map(([name, expected]) => {
      if (!blocks.some((b) => b.target === `readme/${name}.ts`)) fail(`README block ${name} is gone`);
      return [`out/readme/${name}.js`, expected];
    }),
    ['require-all.cjs', /required \d+ entry points/],
  ];
  for (const [program, expected] of programs) {
    log(`node ${program}`);
    try {
      const { stdout } = await sh(process.execPath, [program], { cwd: app, timeout: 30_000 });
      if (stdout.trim()) console.log(stdout.trimEnd().replace(/^/gm, '  '));
      if (!expected.test(stdout)) fail(`${program}: output does not match ${expected}`);
    } catch (err) {
      fail(`${program}: ${err.message}`);
    }
  }
  log(`vitest ${CONSUMER_VITEST} runs the @statuskit/utils/testing storage suite`);
  try {
    await sh(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--dir', '.', 'storage.test.ts'], {
      cwd: app,
      timeout: 120_000,
    });
  } catch (err) {
    fail(`vitest ${CONSUMER_VITEST}: ${err.message}`);
  }
}

// 5. Tree-shaking.
const rows = [];
if (failures.length === 0) {
  log('tree-shaking (esbuild, minified, browser, ESM)');
  const esbuild = await import(join(app, 'node_modules', 'esbuild', 'lib', 'main.js'));
  const cases = [
    [
      '`toHex` from utils',
      `import { toHex } from '@statuskit/utils';\nconsole.log(toHex(Uint8Array.of(1)));`,
    ],
    [
      '`encodeChatMessage` from payloads',
      `import { encodeChatMessage } from '@statuskit/payloads';\nconsole.log(encodeChatMessage({ text: 'hi' }));`,
    ],
    ['all of payloads', `import * as p from '@statuskit/payloads';\nconsole.log(p);`],
    [
      '`createMvdsNode` from mvds',
      `import { createMvdsNode } from '@statuskit/mvds';\nconsole.log(createMvdsNode);`,
    ],
    [
      '`createWhisperNode` from whisper',
      `import { createWhisperNode } from '@statuskit/whisper';\nconsole.log(createWhisperNode);`,
    ],
    ['all of utils', `import * as u from '@statuskit/utils';\nconsole.log(u);`],
  ];
  const generatedTypes = /^var (\w+) = \/\* @__PURE__ \*\/ \(function\(\) \{$/gm;
  for (const [label, code] of cases) {
    const entry = join(app, `shake-${rows.length}.js`);
    writeFileSync(entry, `${code}\n`);
    const common = { entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', write: false };
    const min = await esbuild.build({ ...common, minify: true, metafile: true });
    const plain = await esbuild.build({ ...common, minify: false });
    const bytes = min.outputFiles[0].contents.length;
    const inputs = Object.keys(min.metafile.inputs);
    const longFiles = inputs.filter((f) => /node_modules\/long\//.test(f));
    const kept = [...plain.outputFiles[0].text.matchAll(generatedTypes)].map((m) => m[1]);
    rows.push({ label, bytes, longFiles: longFiles.map((f) => f.replace(/.*node_modules\//, '')), kept });
    if (longFiles.length > 1)
      fail(`${label}: long bundled ${longFiles.length} times (${longFiles.join(', ')})`);
  }
  const [toHex, encoder, all] = rows;
  if (toHex.bytes > TO_HEX_MAX_BYTES) fail(`toHex alone is ${toHex.bytes} bytes (> ${TO_HEX_MAX_BYTES})`);
  if (encoder.kept.length === 0 || encoder.kept.length * 4 > all.kept.length) {
    fail(
      `one encoder keeps ${encoder.kept.length} of ${all.kept.length} generated types: ${encoder.kept.join(', ')}`,
    );
  }
  const table = [
    '| import | minified bytes | generated protobuf types kept | `long` copies |',
    '|---|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.bytes.toLocaleString('en-US')} | ${r.kept.length ? `${r.kept.length} of ${all.kept.length}` : '–'} | ${r.longFiles.length} |`,
    ),
  ].join('\n');
  console.log(table);
  console.log(`  one encoder keeps: ${encoder.kept.join(', ')}`);
  if (args.has('--write-readme')) {
    const file = join(root, 'README.md');
    const md = readFileSync(file, 'utf8');
    const re = /(<!-- tree-shaking:start -->\n)[\s\S]*?(<!-- tree-shaking:end -->)/;
    if (!re.test(md)) fail('README.md has no tree-shaking markers');
    else writeFileSync(file, md.replace(re, `$1${table}\n$2`));
  }
}

if (!args.has('--keep')) rmSync(work, { recursive: true, force: true });
else log(`kept ${work}`);
log(failures.length === 0 ? 'all checks passed' : `${failures.length} check(s) failed`);
process.exit(failures.length === 0 ? 0 : 1);
