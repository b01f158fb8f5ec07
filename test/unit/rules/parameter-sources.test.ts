/**
 * Every parameter has at least one dated value, and every value names a source
 * whose quote stands verbatim in the file it names (whitespace folded, since
 * line wrapping is not content). The seeds are the authority: a quote that is
 * not found there is a programme fact we made up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parameters } from '../../../src/rules/params/index.ts';

const SEEDS = join(import.meta.dirname, '../../../../shared/seeds');
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const read = (file: string) => fold(readFileSync(join(SEEDS, file), 'utf8'));

describe.each(Object.entries(parameters))('parameter %s', (name, parameter) => {
  test('is registered under its own key', () => {
    expect(parameter.key).toBe(name);
  });

  test('has dated values in order, each with a source found verbatim', () => {
    expect(parameter.values.length).toBeGreaterThan(0);
    for (const value of parameter.values) {
      expect(value.readOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (value.validFrom !== null) expect(value.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (value.validTo !== undefined) expect(value.validTo >= (value.validFrom ?? '')).toBe(true);
      const source = value.source;
      expect(source.quote.trim().length).toBeGreaterThan(10);
      const file = source.kind === 'seed' ? source.file : 'FACTS.md';
      expect(read(file), `quote of ${name} not found in ${file}`).toContain(fold(source.quote));
      if (source.kind === 'facts') expect(read('FACTS.md')).toContain(fold(source.section));
    }
  });
});
