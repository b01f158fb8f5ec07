/**
 * Reading numbers as a reader types them, with a reason when it fails, so the
 * form can say what is wrong in the reader's language: counts and hours here,
 * money in parse-money.ts (its own module, so a widget that reads no money,
 * the partner checker, does not load the amount reader).
 */
import type { Locale } from '../../i18n/locales.ts';

/** Why a typed number was not accepted; each has a message in src/i18n/widgets. */
export type NumberProblem = 'missing' | 'not-a-number' | 'negative' | 'too-many-decimals' | 'too-large';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: NumberProblem };

const SPACES = /[\s\u00a0\u202f\u2009]/g;
/** Above this a count or an amount is not a plan but a typo; it also keeps arithmetic exact. */
export const LARGEST = 1_000_000_000_000;

export const fail = (problem: NumberProblem): Parsed<never> => ({ ok: false, problem });

/**
 * English grouping commas (`1,200`, `1,200.75`), read only on the English
 * side: in Swedish the comma is the decimal sign, and `7,125` hours must be
 * refused (three decimals), not read as 7 125.
 */
const ENGLISH_GROUPING = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * The typed text without spaces, English grouping and sign, and whether it had
 * a minus sign: a sign on zero is zero (never -0), on more it is "negative"
 * (see `signedValue`).
 */
function common(input: string, locale?: Locale): { s: string; signed: boolean } | Parsed<never> {
  let s = input.replace(SPACES, '');
  if (s === '') return fail('missing');
  const signed = /^[-−–]/.test(s);
  if (signed) s = s.slice(1);
  if (locale === 'en' && ENGLISH_GROUPING.test(s)) s = s.replace(/,/g, '');
  return { s, signed };
}

const signedValue = (value: number, signed: boolean): Parsed<number> =>
  signed && value > 0 ? fail('negative') : value > LARGEST ? fail('too-large') : { ok: true, value: value + 0 };

/** A whole number ≥ 0: `12`, `1 200` (and `1,200` on the English side). Leading zeros are fine; decimals are not. */
export function parseCount(input: string, locale?: Locale): Parsed<number> {
  const c = common(input, locale);
  if ('ok' in c) return c;
  const { s } = c;
  if (/^\d+[.,]\d+$/.test(s)) return fail('too-many-decimals');
  if (!/^\d+$/.test(s)) return fail('not-a-number');
  return signedValue(Number(s), c.signed);
}

/** Hours ≥ 0 with at most two decimals, comma or point: `120`, `7,5`, `7.25` (and `1,200.5` on the English side). */
export function parseHours(input: string, locale?: Locale): Parsed<number> {
  const c = common(input, locale);
  if ('ok' in c) return c;
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(c.s);
  if (!match) return fail('not-a-number');
  if ((match[2] ?? '').length > 2) return fail('too-many-decimals');
  return signedValue(Number(`${match[1]}.${match[2] ?? '0'}`), c.signed);
}

/** For URL state: the value or `undefined`, so a bad field drops alone. */
export const orUndefined =
  <T>(parse: (input: string) => Parsed<T>) =>
  (input: string): T | undefined => {
    const result = parse(input);
    return result.ok ? result.value : undefined;
  };
