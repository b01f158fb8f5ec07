/** Reading an amount of money as a reader types it (kit/parse.ts reads counts and hours). */
import type { Locale } from '../../i18n/locales.ts';
import { readAmount } from '../../i18n/parse-amount.ts';
import { fail, LARGEST, type Parsed } from './parse.ts';

/**
 * An amount of money ≥ 0 in whole öre: `123 456`, `123 456 kr`, `1 500,50`, and on
 * the English side `SEK 123,456`. Swedish (the default) reads `7,125` as three
 * decimals and refuses it; öre have two (src/i18n/parse-amount.ts).
 */
export function parseMoney(input: string, locale?: Locale): Parsed<number> {
  const reading = readAmount(input, locale ?? 'sv');
  if (!reading.ok) return fail(reading.problem);
  return reading.ore > LARGEST * 100 ? fail('too-large') : { ok: true, value: reading.ore };
}
