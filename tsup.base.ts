import { defineConfig, type Options } from 'tsup';

/** Shared tsup settings: ESM only, .d.ts, sourcemaps, one entry per public subpath. */
export function config(opts: { platform: 'node' | 'neutral' | 'browser'; entry?: Record<string, string> }) {
  const options: Options = {
    entry: opts.entry ?? { index: 'src/index.ts' },
    format: ['esm'],
    platform: opts.platform,
    target: opts.platform === 'node' ? 'node20' : 'es2022',
    dts: true,
    sourcemap: true,
    clean: true,
  };
  return defineConfig(options);
}
