/**
 * The house's arrows (DESIGN.md, docs/adr/0006): imports point toward
 * src/rules and src/i18n, never back up. src/rules imports nothing of the UI
 * (its own purity test holds it to zod/mini); src/i18n may use the rules'
 * vocabulary and nothing of the UI; the islands use the rules, the words and
 * each other, never the Astro shell (components, layouts, pages, routing) —
 * what the shell knows reaches an island as props.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceFiles, specifiers } from '../../support/imports.ts';

const SRC = resolve(import.meta.dirname, '../../../src');

/** The rooms an import from each room may point into (a room may always use itself). */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  rules: [],
  i18n: ['rules'],
  islands: ['rules', 'i18n'],
  routing: ['rules', 'i18n'],
};

const roomOf = (file: string): string => relative(SRC, file).split(sep)[0] ?? '';

/** The arrows that leave one room for another, as `from → to (specifier)`. */
function arrows(room: string): { file: string; to: string; spec: string }[] {
  return sourceFiles(resolve(SRC, room)).flatMap((file) =>
    specifiers(readFileSync(file, 'utf8'))
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => ({ file: relative(SRC, file), spec, to: roomOf(resolve(dirname(file), spec)) }))
      .filter((a) => a.to !== room),
  );
}

describe.each(Object.entries(MAY_IMPORT))('src/%s', (room, allowed) => {
  test('has files to check', () => {
    expect(sourceFiles(resolve(SRC, room)).length).toBeGreaterThan(0);
  });

  test(`imports from other rooms only ${allowed.length ? allowed.join(' and ') : 'nothing'}`, () => {
    const wrong = arrows(room).filter((a) => !allowed.includes(a.to));
    expect(wrong.map((a) => `${a.file} → ${a.spec}`)).toEqual([]);
  });
});

test('the arrow reader sees an arrow that points back up', () => {
  // A sample island that imports the shell: the same reading as above must flag it.
  const spec = '../../components/shell/administrator.ts';
  const from = resolve(SRC, 'islands/project-type-quiz/OutcomePanel.tsx');
  expect(roomOf(resolve(dirname(from), spec))).toBe('components');
});
