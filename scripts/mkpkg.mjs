// One-off scaffolding helper kept for adding packages consistently.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const [name, platform, deps = ''] = process.argv.slice(2);
const dir = `packages/${name}`;
mkdirSync(`${dir}/src`, { recursive: true });
mkdirSync(`${dir}/test`, { recursive: true });
const dependencies = {};
for (const d of deps.split(',').filter(Boolean)) {
  const [n, v] = d.split('=');
  dependencies[n] = v ?? 'workspace:*';
}
const pkg = {
  name: `@statuskit/${name}`,
  version: '0.1.0',
  description: '',
  license: 'MIT',
  type: 'module',
  sideEffects: false,
  files: ['dist', 'src', 'README.md'],
  exports: {
    '.': { '@statuskit/source': './src/index.ts', types: './dist/index.d.ts', import: './dist/index.js' },
  },
  scripts: { build: 'tsup' },
  dependencies,
};
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
