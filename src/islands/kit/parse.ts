/**
 * Reading numbers as a reader types them, with a reason when it fails, so the
 * form can say what is wrong in the reader's language. Money goes through
 * src/i18n/parse-amount.ts (integer öre); counts and hours are here.
 */
import { parseAmountToOre } from '../../i18n/parse-amount.ts';
import type { Locale } from '../../i18n/locales.ts';

/** Why a typed number was not accepted; each has a message in src/i18n/widgets. */
export type NumberProblem = 'missing' | 'not-a-number' | 'negative' | 'too-many-decimals' | 'too-large';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: NumberProblem };

const SPACES = /[\s\u00a0\u202f\u2009]/g;
/** Above this a count or an amount is not a plan but a typo; it also keeps arithmetic exact. */
const LARGEST = 1_000_000_000_000;

const fail = (problem: NumberProblem): Parsed<never> => ({ ok: false, problem });

/**
 * English grouping commas (`1,200`, `1,200.75`), read only on the English
 * side: in Swedish the comma is the decimal sign, and `7,125` hours must be
 * refused (three decimals), not read as 7 125.
 */
const ENGLISH_GROUPING = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

function common(input: string, locale?: Locale): string | Parsed<never> {
  let s = input.replace(SPACES, '');
  if (s === '') return fail('missing');
  if (/^[-−–]/.test(s)) return fail('negative');
  if (locale === 'en' && ENGLISH_GROUPING.test(s)) s = s.replace(/,/g, '');
  return s;
}

/** A whole number ≥ 0: `12`, `1 200` (and `1,200` on the English side). Leading zeros are fine; decimals are not. */
export function parseCount(input: string, locale?: Locale): Parsed<number> {
  const s = common(input, locale);
  if (typeof s !== 'string') return s;
  if (/^\d+[.,]\d+$/.test(s)) return fail('too-many-decimals');
  if (!/^\d+$/.test(s)) return fail('not-a-number');
  const value = Number(s);
  return value > LARGEST ? fail('too-large') : { ok: true, value };
}

/** Hours ≥ 0 with at most two decimals, comma or point: `120`, `7,5`, `7.25` (and `1,200.5` on the English side). */
export function parseHours(input: string, locale?: Locale): Parsed<number> {
  const s = common(input, locale);
  if (typeof s !== 'string') return s;
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(s);
  if (!match) return fail('not-a-number');
  if ((match[2] ?? '').length > 2) return fail('too-many-decimals');
  const value = Number(`${match[1]}.${match[2] ?? '0'}`);
  return value > LARGEST ? fail('too-large') : { ok: true, value };
}

/** An amount of money ≥ 0 in whole öre: `123 456`, `123 456 kr`, `1 500,50`, `SEK 123,456`. */
export function parseMoney(input: string, _locale?: Locale): Parsed<number> {
  const s = common(input.replace(/^(sek|kr)\.?/i, ''));
  if (typeof s !== 'string') return s;
  // An amount too long for exact integer öre is a typo, not "not a number".
  if (/^\d{16,}$/.test(s.replace(/[.,]/g, ''))) return fail('too-large');
  const ore = parseAmountToOre(input);
  if (ore === null) return fail('not-a-number');
  return ore > LARGEST * 100 ? fail('too-large') : { ok: true, value: ore };
}

/** For URL state: the value or `undefined`, so a bad field drops alone. */
export const orUndefined =
  <T>(parse: (input: string) => Parsed<T>) =>
  (input: string): T | undefined => {
    const result = parse(input);
    return result.ok ? result.value : undefined;
  };
