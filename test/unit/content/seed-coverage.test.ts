/**
 * The seed checklist (test/site/content/seed-statements.ts) accounts for every
 * sentence, list item and heading of both seed texts, once each, and lists
 * nothing the seeds do not say. Whether each statement's phrases stand on its
 * page is checked on the built site (test/site/content/seed-statements.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SEED_FILES } from '../../../src/rules/source.ts';
import { pageKey, readContent, SEEDS_DIR } from '../../site/content/content-files.ts';
import { expandPhrase } from '../../site/content/expand-phrase.ts';
import { GUIDE_PAGE_KEYS, SEED_CHECKLIST, type SeedName } from '../../site/content/seed-statements.ts';
import { seedPieces } from './seed-pieces.ts';

const seeds = Object.entries(SEED_FILES) as [SeedName, string][];
const piecesOf = (seed: SeedName) => seedPieces(readFileSync(join(SEEDS_DIR, SEED_FILES[seed]), 'utf8'));
const id = (seed: SeedName, text: string) => `${seed}: ${text}`;

describe('seed splitting', () => {
  test('cuts paragraphs into sentences and drops bullets', () => {
    expect(seedPieces('Rubrik\n\nEtt. Två ”tre”. ”Fyra” fem.\n • Punkt: med kolon. Och mer\n')).toEqual([
      'Rubrik',
      'Ett.',
      'Två ”tre”.',
      '”Fyra” fem.',
      'Punkt: med kolon.',
      'Och mer',
    ]);
  });
});

describe.each(seeds)('seed %s', (seed) => {
  const pieces = piecesOf(seed);
  const listed = SEED_CHECKLIST.filter((entry) => entry.seed === seed);

  test('has pieces to check', () => {
    expect(pieces.length).toBeGreaterThan(20);
  });

  test('every piece of the seed is in the checklist', () => {
    const listedIds = new Set(listed.map((entry) => id(seed, entry.text)));
    const missing = pieces.filter((piece) => !listedIds.has(id(seed, piece)));
    expect(missing).toEqual([]);
  });

  test('the checklist lists nothing the seed does not say, and nothing twice', () => {
    const pieceIds = new Set(pieces.map((piece) => id(seed, piece)));
    const unknown = listed.filter((entry) => !pieceIds.has(id(seed, entry.text))).map((entry) => entry.text);
    expect(unknown).toEqual([]);
    const ids = listed.map((entry) => id(seed, entry.text));
    expect(ids.length).toBe(new Set(ids).size);
    expect(listed.length).toBe(pieces.length);
  });
});

describe('checklist entries', () => {
  const svKeys = new Set(readContent('sv').map(pageKey));

  test('every page key is a Swedish content page', () => {
    expect([...svKeys].sort()).toEqual([...GUIDE_PAGE_KEYS].sort());
    for (const entry of SEED_CHECKLIST) {
      if (entry.kind !== 'not-a-statement') expect(svKeys, entry.text).toContain(entry.page);
    }
  });

  test('phrases are non-trivial and name only real parameters', () => {
    for (const entry of SEED_CHECKLIST) {
      if (entry.kind === 'not-a-statement') {
        expect(entry.reason.length, entry.text).toBeGreaterThan(15);
        continue;
      }
      for (const phrase of entry.phrases) {
        expect(() => expandPhrase(phrase), phrase).not.toThrow();
        expect(phrase.trim().length, phrase).toBeGreaterThan(entry.kind === 'heading' ? 3 : 5);
      }
    }
  });

  test('only a few pieces are judged not to be statements', () => {
    const judged = SEED_CHECKLIST.filter((entry) => entry.kind === 'not-a-statement');
    expect(judged.length).toBeLessThanOrEqual(5);
  });
});
