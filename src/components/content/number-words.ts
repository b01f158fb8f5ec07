/**
 * Cardinal numbers as words, Swedish and English, 0–99. Prose reads better with
 * small counts as words (”minst fyra deltagare”, as the administrator writes), and
 * the content tests use the same table to forbid typed number words.
 *
 * Swedish 1 is given in common gender (”en gång”); a noun in neuter gender
 * (”ett år”) needs the sentence turned, which is the writer's job, not this table's.
 */
import type { Locale } from '../../i18n/locales.ts';

const SV_UNITS = [
  'noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio',
  'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton',
] as const;
const SV_TENS = ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'] as const;

const EN_UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

/** The word for a whole number 0–99, or null when there is none in this table. */
export function numberWord(value: number, locale: Locale): string | null {
  if (!Number.isInteger(value) || value < 0 || value > 99) return null;
  const units = locale === 'sv' ? SV_UNITS : EN_UNITS;
  const tens = locale === 'sv' ? SV_TENS : EN_TENS;
  if (value < 20) return units[value] ?? null;
  const ten = tens[Math.floor(value / 10)] ?? '';
  const unit = value % 10;
  if (unit === 0) return ten;
  // Swedish writes compounds as one word (tjugosju), English with a hyphen (twenty-seven).
  return locale === 'sv' ? `${ten}${units[unit]}` : `${ten}-${units[unit]}`;
}
