/**
 * Reading a source folder's imports as text, for the tests that hold the
 * house's arrows (test/unit/rules/purity.test.ts, test/unit/architecture/).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = /\.(ts|tsx|mjs|astro)$/;

/** Every source file below `dir`. */
export const sourceFiles = (dir: string, pattern: RegExp = SOURCE): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name), pattern) : pattern.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Every module specifier: static imports and re-exports, dynamic import() and require(). */
export const specifiers = (source: string): string[] => [
  ...[...source.matchAll(/\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? ''),
  ...[...source.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? ''),
  ...[...source.matchAll(/\b(?:import|require)\s*\(\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1] ?? ''),
];
