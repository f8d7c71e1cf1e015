import { inject } from 'vitest';

/** One case of a golden vector file: a stable `id`, a `kind`, and the kind's own fields. */
export interface VectorCase {
  id: string;
  kind: string;
  [field: string]: unknown;
}

declare module 'vitest' {
  export interface ProvidedContext {
    vectors: Record<string, unknown>;
  }
}

/** The parsed JSON of `<name>.json` from the vectors folder. Throws when the file is absent. */
export function vectorFile(name: string): Record<string, unknown> {
  const all = inject('vectors');
  const file = all[name];
  if (file === undefined) throw new Error(`vector file ${name}.json is missing`);
  return file as Record<string, unknown>;
}

/** Every case of `<name>.json`, wherever the file keeps them (`cases` or a top-level array). */
export function allCases(name: string): VectorCase[] {
  const file = vectorFile(name);
  const cases = Array.isArray(file) ? file : (file.cases ?? file.vectors);
  if (!Array.isArray(cases)) throw new Error(`vector file ${name}.json has no case list`);
  return cases as VectorCase[];
}

/**
 * Every case of `kind` in `<name>.json`. Fails when there is none, so a renamed kind cannot turn a
 * vector test into one that silently checks nothing.
 */
export function casesOf(name: string, kind: string): VectorCase[] {
  const cases = allCases(name).filter((c) => c.kind === kind);
  if (cases.length === 0) throw new Error(`no cases of kind ${kind} in ${name}.json`);
  return cases;
}

/** The kinds present in a file, so a test can assert it handles every one of them. */
export function kindsOf(name: string): Set<string> {
  return new Set(allCases(name).map((c) => c.kind));
}
