/**
 * Reads an amount of money as a reader types it and returns whole öre, or the
 * reason it is not an amount.
 *
 * Swedish (the default, as the site is Swedish first): a comma is the decimal
 * sign and öre have two decimals, so `7,12` is 7 kr 12 öre, `7 125` is
 * 7 125 kr, and `7,125` (three decimals) is refused rather than read as
 * 7 125 kr. A point is accepted as a decimal sign too (`1500.50`).
 * English: a comma followed by exactly three digits groups thousands
 * (`SEK 220,000`, `1,500,000.50`); otherwise as in Swedish.
 *
 * Accepted either way: `220000`, `220 000`, `220 000,50`, `220000 kr`,
 * `SEK 220 000`. Grouping may be a space, a no-break space, a narrow no-break
 * space or a thin space. A minus sign on zero is zero (`-0` gives 0, never
 * -0); on anything above zero it is "negative".
 */
import type { Locale } from './locales.ts';

export type AmountProblem = 'missing' | 'not-a-number' | 'negative' | 'too-many-decimals' | 'too-large';

export type AmountReading =
  | { readonly ok: true; readonly ore: number }
  | { readonly ok: false; readonly problem: AmountProblem };

const GROUP_SPACES = /[\s\u00a0\u202f\u2009]/g;
const MINUS = /^[-−–]/;
const ENGLISH_GROUPING = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const MAX_ORE = BigInt(Number.MAX_SAFE_INTEGER);

const fail = (problem: AmountProblem): AmountReading => ({ ok: false, problem });

export function readAmount(input: string, locale: Locale = 'sv'): AmountReading {
  let s = input.trim().replace(/^(sek|kr)\.?\s*/i, '').replace(/\s*(sek|kr|kronor|:-)\.?$/i, '');
  s = s.replace(GROUP_SPACES, '');
  if (s === '') return fail('missing');
  const signed = MINUS.test(s);
  if (signed) s = s.slice(1);
  if (locale === 'en' && ENGLISH_GROUPING.test(s)) s = s.replace(/,/g, '');
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(s);
  if (!match) return fail('not-a-number');
  const decimals = match[2] ?? '';
  if (decimals.length > 2) return fail('too-many-decimals');
  // In BigInt, so that 15 digits and more are "too large" rather than a rounded number.
  const ore = BigInt(match[1] ?? '0') * 100n + BigInt(decimals.padEnd(2, '0'));
  if (ore > MAX_ORE) return fail('too-large');
  if (signed && ore > 0n) return fail('negative');
  return { ok: true, ore: Number(ore) };
}

/** The amount in whole öre, or null when it is not one (see readAmount for why). */
export function parseAmountToOre(input: string, locale: Locale = 'sv'): number | null {
  const reading = readAmount(input, locale);
  return reading.ok ? reading.ore : null;
}
