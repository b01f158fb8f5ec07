/**
 * Reading a finding's params safely and saying them in a language: numbers,
 * money, shares, country lists and the input rows a finding points at. A
 * missing or mistyped param gives a neutral value rather than an exception,
 * since the sentence is shown to a reader.
 */
import type { FindingParams } from '../../rules/index.ts';
import { countryName, formatNumber, formatOre, formatPercent } from '../format.ts';
import { INTL_TAG, type Locale } from '../locales.ts';
import type { Terms } from '../terms/types.ts';

export const num = (p: FindingParams, key: string): number => {
  const v = p[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
};

export const list = (p: FindingParams, key: string): readonly string[] => {
  const v = p[key];
  return Array.isArray(v) ? v : [];
};

export const flag = (p: FindingParams, key: string): boolean => p[key] === true;

/** "Kenya, Tanzania och Uganda" / "Kenya, Tanzania and Uganda". */
export const joinList = (items: readonly string[], locale: Locale): string =>
  new Intl.ListFormat(INTL_TAG[locale], { style: 'long', type: 'conjunction' }).format(items);

export const countries = (p: FindingParams, key: string, locale: Locale): string =>
  joinList(list(p, key).map((code) => countryName(code, locale)), locale);

export const count = (p: FindingParams, key: string, locale: Locale): string => formatNumber(num(p, key), locale);

export const money = (p: FindingParams, key: string, locale: Locale): string => formatOre(num(p, key), locale);

/** Basis points as a percentage with two decimals: 4999 → "49,99 %". */
export const share = (p: FindingParams, key: string, locale: Locale): string =>
  formatPercent(num(p, key) / 100, locale, 2);

export const percent = (p: FindingParams, key: string, locale: Locale): string => formatPercent(num(p, key), locale, 0);

export const hours = (p: FindingParams, key: string, locale: Locale): string => formatNumber(num(p, key), locale, 2);

/**
 * The reader's name for an input row: `foreignSchools.1` → "partnerskola 2
 * utomlands". The words come in from the language's own terms, so a page's
 * script carries one language only (row-name.ts picks them by locale).
 */
export function rowNameIn(path: string, t: Terms['rows']): string {
  const match = /^(swedishSchools|foreignSchools)\.(\d+)$/.exec(path);
  if (!match) return path;
  const index = Number(match[2]);
  if (match[1] === 'swedishSchools') return index === 0 ? t.applicant : t.swedishSchool.replace('{n}', String(index + 1));
  return t.foreignSchool.replace('{n}', String(index + 1));
}

export const rowsIn = (p: FindingParams, locale: Locale, t: Terms['rows']): string =>
  joinList(list(p, 'paths').map((path) => rowNameIn(path, t)), locale);

/** Zone names as they stand inside a sentence. */
export const zonesIn = (p: FindingParams, locale: Locale, t: Terms['zonesInText']): string => {
  const names: Readonly<Record<string, string>> = t;
  return joinList(list(p, 'zones').map((zone) => names[zone] ?? zone), locale);
};

/** Upper-cases the first letter (a sentence may start with a row or country name). */
export const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** A trace's relation sign as the test came out: 4 ≥ 4 held, 3 < 4 did not. */
export const atLeast = (held: boolean): string => (held ? '≥' : '<');
export const atMost = (held: boolean): string => (held ? '≤' : '>');
