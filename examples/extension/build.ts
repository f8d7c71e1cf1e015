/**
 * Builds the unpacked extension into `dist/` (or a given folder): the service worker and the popup
 * bundled by esbuild from the workspace sources, plus the manifest and the popup's page. Checks
 * what MV3 forbids: no `eval`/`new Function` (the extension CSP refuses them) and no `import()` left
 * in the service worker (module service workers cannot import dynamically: the statuskit chunks that
 * load lazily in pages, such as the three-word name lists, are inlined here).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export const EXTENSION_DIR = import.meta.dirname;

export async function buildExtension(outDir = join(EXTENSION_DIR, 'dist')): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: { sw: join(EXTENSION_DIR, 'src/sw.ts'), popup: join(EXTENSION_DIR, 'src/popup.ts') },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    splitting: false,
    platform: 'browser',
    target: 'chrome116',
    minify: true,
    conditions: ['@statuskit/source'],
    // protobufjs's 64-bit integer class, replaced by payloads' small BigInt-based one (see "Bundle
    // size in a browser" in the root README).
    alias: { long: join(EXTENSION_DIR, '../../packages/payloads/long-lite.cjs') },
    logLevel: 'warning',
  });
  for (const f of ['manifest.json', 'popup.html', 'popup.css'])
    copyFileSync(join(EXTENSION_DIR, f), join(outDir, f));
  for (const f of ['sw.js', 'popup.js']) {
    const code = readFileSync(join(outDir, f), 'utf8');
    if (/\beval\s*\(|new Function\s*\(/.test(code)) throw new Error(`${f} contains eval or new Function`);
    if (f === 'sw.js' && /\bimport\s*\(/.test(code)) throw new Error('sw.js contains a dynamic import()');
  }
  return resolve(outDir);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === join(EXTENSION_DIR, 'build.ts')) {
  console.log(`built ${await buildExtension()}`);
}
