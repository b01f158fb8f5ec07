/**
 * Each check is two layers (docs/adr/0006): a boundary that validates
 * untrusted input with zod/mini, and a pure evaluation the widgets run in the
 * browser on input their own form readers have bounded. The two must agree on
 * every valid input, and the evaluations must not pull zod into a widget's
 * script.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  FIXTURE_DATE,
  coFinancingFixtures,
  partnershipFixtures,
  projectTypeFixtures,
} from '../../../src/rules/fixtures/index.ts';
import {
  checkCoFinancing,
  checkPartnership,
  checkProjectType,
  evaluateCoFinancing,
  evaluatePartnership,
  evaluateProjectType,
} from '../../../src/rules/index.ts';
import { specifiers } from '../../support/imports.ts';

const RULES = resolve(import.meta.dirname, '../../../src/rules');

describe('the pure evaluation gives the check’s verdict on every valid fixture', () => {
  test.each(coFinancingFixtures.map((f) => [f.id, f.input] as const))('co-financing: %s', (_id, input) => {
    expect(evaluateCoFinancing(input, { date: FIXTURE_DATE })).toEqual(checkCoFinancing(input, { date: FIXTURE_DATE }));
  });
  test.each(partnershipFixtures.map((f) => [f.id, f.input] as const))('partnership: %s', (_id, input) => {
    expect(evaluatePartnership(input, { date: FIXTURE_DATE })).toEqual(checkPartnership(input, { date: FIXTURE_DATE }));
  });
  test.each(projectTypeFixtures.map((f) => [f.id, f.input] as const))('project type: %s', (_id, input) => {
    expect(evaluateProjectType(input)).toEqual(checkProjectType(input));
  });
});

/** Every module `entry` reaches through its relative imports (type-only imports included: they are erased, so this is stricter than needed). */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const spec of specifiers(readFileSync(entry, 'utf8'))) {
    if (spec.startsWith('.')) reachable(resolve(dirname(entry), spec), seen);
    else seen.add(spec);
  }
  return seen;
}

/** Value imports only: `import type` lines are erased by the compiler and never reach the browser. */
function reachableValues(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8').replace(/^import type [^;]+;$/gm, '');
  for (const spec of specifiers(source)) {
    if (spec.startsWith('.')) reachableValues(resolve(dirname(entry), spec), seen);
    else seen.add(spec);
  }
  return seen;
}

describe.each(['co-financing/evaluate.ts', 'partnership/evaluate.ts', 'project-type/evaluate.ts'])('src/rules/%s', (file) => {
  test('reaches no zod through its value imports', () => {
    const modules = [...reachableValues(resolve(RULES, file))];
    expect(modules.filter((m) => m.includes('zod') || m.endsWith('validate.ts') || m.endsWith('schema.ts')).map((m) => relative(RULES, m))).toEqual([]);
  });
});

test('the import walk sees zod where it is (the check itself)', () => {
  expect([...reachable(resolve(RULES, 'co-financing/check.ts'))]).toContain('zod/mini');
});
