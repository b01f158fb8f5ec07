/**
 * Finds programme numbers typed by hand into MDX prose. The forbidden set is
 * built from src/rules, not written here: every numeric value of every
 * parameter, the length of every list (a list renders as its length), and the
 * years of every date a value carries — each as digits in any grouping, and
 * small numbers also as Swedish and English words.
 */
import { numberWord } from '../../../src/components/content/number-words.ts';
import type { Parameter } from '../../../src/rules/parameter.ts';

export interface ForbiddenSet {
  /** Number → the parameters it comes from. */
  readonly numbers: ReadonlyMap<number, readonly string[]>;
  /** Lower-case word → the parameters it comes from. */
  readonly words: ReadonlyMap<string, readonly string[]>;
}

/**
 * Words left out on purpose:
 * - 1: ”en”/”ett”/”one” are also the articles and a pronoun; a ban would forbid
 *   most sentences. The digit 1 stays forbidden.
 * - ordinals (”andra”, ”second”): ”andra” is also ”other”, and ”det andra året”
 *   (the seed's year two) is no parameter.
 */
const WORDLESS = new Set([1]);

/** A fraction word that would state a percentage parameter in disguise. */
const PERCENT_WORDS: Readonly<Record<number, readonly string[]>> = { 50: ['hälften', 'halva', 'half'] };

export function forbiddenFrom(parameters: Readonly<Record<string, Parameter>>): ForbiddenSet {
  const numbers = new Map<number, string[]>();
  const words = new Map<string, string[]>();
  const add = <K>(map: Map<K, string[]>, k: K, from: string) => map.set(k, [...(map.get(k) ?? []), from]);
  const year = (iso: string | null | undefined) => (iso ? Number(iso.slice(0, 4)) : null);

  for (const [key, parameter] of Object.entries(parameters)) {
    for (const dated of parameter.values) {
      const value: unknown = dated.value;
      if (typeof value === 'number') add(numbers, value, key);
      if (Array.isArray(value)) add(numbers, value.length, `${key} (length)`);
      if (typeof value === 'number' && parameter.unit === 'percent') {
        for (const word of PERCENT_WORDS[value] ?? []) add(words, word, key);
      }
      for (const date of [dated.validFrom, dated.validTo, dated.readOn]) {
        const y = year(date);
        if (y !== null) add(numbers, y, `${key} (date)`);
      }
    }
  }
  for (const [n, from] of numbers) {
    if (WORDLESS.has(n)) continue;
    for (const locale of ['sv', 'en'] as const) {
      const word = numberWord(n, locale);
      if (word !== null) for (const f of from) add(words, word, f);
    }
  }
  return { numbers, words };
}

/**
 * The prose of an MDX body: what a reader sees, minus what is not typed text.
 * Removed, each for a reason: ESM lines (code); JSX/HTML tags with their
 * attributes (component props such as participants={10} are data handed to a
 * component, and attributes are not shown); link targets `](…)` (addresses,
 * not prose); comments; ordered-list markers `1.` (Markdown syntax that renders
 * as <ol>).
 */
export function proseOf(mdxBody: string): string {
  return mdxBody
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][^<>{}]*(?:\{[^{}]*\}[^<>{}]*)*\/?>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s*\d+\.\s/gm, ' ');
}

export interface Hit {
  readonly found: string;
  readonly from: readonly string[];
}

/** Digits with optional grouping by space, no-break space, thin space, comma or point. */
const NUMBER = /\d{1,3}(?:[ \u00a0\u202f\u2009.,]\d{3})+(?!\d)|\d+/g;
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

export function typedNumbers(prose: string, forbidden: ForbiddenSet): Hit[] {
  const hits: Hit[] = [];
  for (const match of prose.matchAll(NUMBER)) {
    const n = Number(match[0].replace(/\D/g, ''));
    const from = forbidden.numbers.get(n);
    if (from) hits.push({ found: match[0], from });
  }
  for (const match of prose.matchAll(WORD)) {
    const token = match[0].toLowerCase();
    for (const candidate of new Set([token, ...token.split('-')])) {
      const from = forbidden.words.get(candidate);
      if (from) hits.push({ found: match[0], from });
    }
  }
  return hits;
}
