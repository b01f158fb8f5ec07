/**
 * src/rules is pure: its files import only zod/mini and each other. No
 * Preact, Astro, DOM or Node, so the same module runs in the islands, at build
 * time and in tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const RULES = resolve(import.meta.dirname, '../../../src/rules');

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/** Every module specifier: static imports and re-exports, dynamic import() and require(). */
const specifiers = (source: string): string[] => [
  ...[...source.matchAll(/\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? ''),
  ...[...source.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? ''),
  ...[...source.matchAll(/\b(?:import|require)\s*\(\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1] ?? ''),
];

test('the rules folder has files to check', () => {
  expect(files(RULES).length).toBeGreaterThan(10);
});

test.each(files(RULES).map((f) => [relative(RULES, f), f]))('%s imports only zod/mini and src/rules', (_name, file) => {
  for (const spec of specifiers(readFileSync(file, 'utf8'))) {
    if (spec === 'zod/mini') continue;
    expect(spec, `${spec} in ${file}`).toMatch(/^\.\.?\//);
    const target = resolve(dirname(file), spec);
    expect(target.startsWith(RULES + '/'), `${spec} leaves src/rules`).toBe(true);
  }
});

test('the specifier scanner sees the kinds of import it must', () => {
  const sample = `import a from 'preact';\nimport type { B } from "astro";\nexport * from './x.ts';\nimport 'side-effect';\nconst c = await import('node:fs');`;
  expect(specifiers(sample).sort()).toEqual(['./x.ts', 'astro', 'node:fs', 'preact', 'side-effect'].sort());
});
