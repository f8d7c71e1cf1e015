import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(pkg, 'src', 'gen');

describe('generated protobuf code', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'sk-payloads-gen-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('is what scripts/generate.mjs produces from proto/ today', () => {
    execFileSync(process.execPath, [join(pkg, 'scripts', 'generate.mjs'), fresh], { stdio: 'pipe' });
    const want = readdirSync(fresh).sort();
    expect(want).toEqual([
      'encryption.d.ts',
      'encryption.js',
      'mvds.d.ts',
      'mvds.js',
      'pairing.d.ts',
      'pairing.js',
      'protobuf-groups.d.ts',
      'protobuf-groups.js',
      'protobuf.d.ts',
      'protobuf.js',
    ]);
    expect(readdirSync(committed).sort()).toEqual(want);
    for (const file of want) {
      const stale = readFileSync(join(committed, file), 'utf8') !== readFileSync(join(fresh, file), 'utf8');
      expect(stale, `src/gen/${file} is stale: run pnpm --filter @statuskit/payloads generate`).toBe(false);
    }
  }, 60_000);

  it('never evaluates strings (MV3 content security policy)', () => {
    for (const file of readdirSync(committed).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(committed, file), 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(/);
      expect(code, file).not.toMatch(/new\s+Function\b/);
      expect(code, file).not.toMatch(/\bFunction\s*\(/);
      expect(code, file).toContain('from "protobufjs/minimal.js"');
    }
  });
});
