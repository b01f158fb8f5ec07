import { INTL_TAG, type Locale } from './locales.ts';

/** -0 (from a parse of `-0`, or arithmetic) is shown as 0: Intl would write "-0". */
const plain = (value: number): number => (value === 0 ? 0 : value);

/**
 * Numbers as a reader of each language writes them. Swedish: `220 000 kr`,
 * decimal comma; English: `SEK 220,000`. Built on Intl, so the separators are
 * the platform's (Swedish uses a no-break space as the group separator).
 */
export function formatSek(kronor: number, locale: Locale, opts: { decimals?: boolean } = {}): string {
  return new Intl.NumberFormat(INTL_TAG[locale], {
    style: 'currency',
    currency: 'SEK',
    currencyDisplay: locale === 'sv' ? 'symbol' : 'code',
    minimumFractionDigits: opts.decimals ? 2 : 0,
    maximumFractionDigits: opts.decimals ? 2 : 0,
  }).format(plain(kronor));
}

/** Money held as integer öre (1 kr = 100 öre), shown with decimals only when there are any. */
export function formatOre(ore: number, locale: Locale): string {
  return formatSek(ore / 100, locale, { decimals: ore % 100 !== 0 });
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits }).format(plain(value));
}

/** `percent` is 0–100, e.g. 49.99 → "49,99 %" in Swedish. */
export function formatPercent(percent: number, locale: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { style: 'percent', maximumFractionDigits }).format(plain(percent) / 100);
}

/** ISO date → "1 januari 2026" / "1 January 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}

/**
 * The day a value applies from, as its source gives it: the year alone when
 * the source names only the year (the rules module's `validFromGiven`), so no
 * page states a day no source gives.
 */
export function formatStart(date: string, locale: Locale, given?: 'year'): string {
  return given === 'year' ? date.slice(0, 4) : formatDate(date, locale);
}

/** Country name in the reader's language, from an ISO 3166-1 alpha-2 code. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([INTL_TAG[locale]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
