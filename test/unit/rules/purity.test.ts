/**
 * src/rules is pure: its files import only zod/mini and each other. No
 * Preact, Astro, DOM or Node, so the same module runs in the islands, at build
 * time and in tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { sourceFiles, specifiers } from '../../support/imports.ts';

const RULES = resolve(import.meta.dirname, '../../../src/rules');

const files = (dir: string) => sourceFiles(dir, /\.ts$/);

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
