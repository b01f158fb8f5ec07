/**
 * The rules catalogue: every rule key of every check is in it, prefixed with
 * its check, names parameters that exist, and rests on sources quoted verbatim
 * from the seeds or FACTS.md (whitespace folded). Only procedural rules may
 * have no source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CO_FINANCING_RULES,
  PARTNERSHIP_RULES,
  PROJECT_TYPE_RULES,
  RULE_KEYS,
  parameters,
  rulesCatalogue,
} from '../../../src/rules/index.ts';

const SEEDS = join(import.meta.dirname, '../../../../shared/seeds');
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const read = (file: string) => fold(readFileSync(join(SEEDS, file), 'utf8'));

const PROCEDURAL = ['project-type.incomplete'];

test('the catalogue holds exactly the three checks’ rule keys', () => {
  expect([...RULE_KEYS].sort()).toEqual([...PROJECT_TYPE_RULES, ...CO_FINANCING_RULES, ...PARTNERSHIP_RULES].sort());
});

test('rule keys follow <check>.<kebab-case>', () => {
  for (const key of RULE_KEYS) {
    expect(key).toMatch(/^(project-type|co-financing|partnership)\.[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(key.startsWith(`${rulesCatalogue[key].check}.`)).toBe(true);
  }
});

describe.each(RULE_KEYS)('%s', (key) => {
  const rule = rulesCatalogue[key];

  test('names parameters that exist', () => {
    for (const p of rule.parameters) expect(Object.keys(parameters)).toContain(p);
  });

  test('rests on sources found verbatim', () => {
    if (!PROCEDURAL.includes(key)) expect(rule.sources.length).toBeGreaterThan(0);
    for (const source of rule.sources) {
      const file = source.kind === 'seed' ? source.file : 'FACTS.md';
      expect(read(file), `quote of ${key} not found in ${file}`).toContain(fold(source.quote));
      if (source.kind === 'facts') expect(read('FACTS.md')).toContain(fold(source.section));
    }
  });
});
