// One-off scaffolding helper kept for adding packages consistently.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';

const [name, platform, deps = ''] = process.argv.slice(2);
const dir = `packages/${name}`;
mkdirSync(`${dir}/src`, { recursive: true });
mkdirSync(`${dir}/test`, { recursive: true });
const dependencies = {};
for (const d of deps.split(',').filter(Boolean)) {
  const [n, v] = d.split('=');
  dependencies[n] = v ?? 'workspace:^';
}
const exp = { types: './dist/index.d.ts', default: './dist/index.js' };
// The shape scripts/pack-check.mjs checks: metadata, `default` + `types` exports (no dev source
// condition once published), LICENSE/CHANGELOG, a prepack build.
const pkg = {
  name: `@statuskit/${name}`,
  version: '0.1.0',
  description: '',
  keywords: ['status', 'statuskit', 'ethereum'],
  homepage: `https://github.com/statuskit/statuskit/tree/main/packages/${name}#readme`,
  bugs: { url: 'https://github.com/statuskit/statuskit/issues' },
  repository: {
    type: 'git',
    url: 'git+https://github.com/statuskit/statuskit.git',
    directory: `packages/${name}`,
  },
  license: 'MIT',
  author: 'statuskit contributors',
  type: 'module',
  sideEffects: false,
  engines: { node: '>=20.19.0' },
  types: './dist/index.d.ts',
  exports: { '.': { '@statuskit/source': './src/index.ts', ...exp }, './package.json': './package.json' },
  files: ['dist', 'CHANGELOG.md'],
  publishConfig: { access: 'public', exports: { '.': exp, './package.json': './package.json' } },
  scripts: { build: 'tsup', prepack: 'tsup' },
  dependencies,
};
if (!existsSync(`${dir}/LICENSE`)) copyFileSync('LICENSE', `${dir}/LICENSE`);
if (!existsSync(`${dir}/CHANGELOG.md`)) writeFileSync(`${dir}/CHANGELOG.md`, `# @statuskit/${name}\n`);
if (!existsSync(`${dir}/package.json`))
  writeFileSync(`${dir}/package.json`, `${JSON.stringify(pkg, null, 2)}\n`);
const node = platform === 'node';
const tsconfig = {
  extends: '../../tsconfig.base.json',
  compilerOptions: node ? { types: ['node'] } : {},
  include: ['src', 'test'],
};
if (!existsSync(`${dir}/tsconfig.json`))
  writeFileSync(`${dir}/tsconfig.json`, `${JSON.stringify(tsconfig, null, 2)}\n`);
if (!existsSync(`${dir}/tsup.config.ts`))
  writeFileSync(
    `${dir}/tsup.config.ts`,
    `import { config } from '../../tsup.base.js';\n\nexport default config({ platform: '${node ? 'node' : 'neutral'}' });\n`,
  );
