import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Loads the golden vectors once and hands them to every test (Node and Chromium alike) through
 * `inject('vectors')`. The folder is `$STATUSKIT_VECTORS`, defaulting to `../shared/vectors`
 * beside the checkout. A missing folder fails the run: vector tests never skip silently.
 */
export default function setup(project: TestProject): void {
  const root = resolve(import.meta.dirname, '..');
  const dir = resolve(root, process.env.STATUSKIT_VECTORS ?? '../shared/vectors');
  if (!existsSync(dir)) {
    throw new Error(`golden vectors not found at ${dir}: set STATUSKIT_VECTORS to the vectors folder`);
  }
  const vectors: Record<string, unknown> = {};
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.json'))
      vectors[f.replace(/\.json$/, '')] = JSON.parse(readFileSync(resolve(dir, f), 'utf8'));
  }
  if (Object.keys(vectors).length === 0) throw new Error(`no vector files in ${dir}`);
  project.provide('vectors', vectors);
}

declare module 'vitest' {
  export interface ProvidedContext {
    vectors: Record<string, unknown>;
  }
}
