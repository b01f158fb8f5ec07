/**
 * The country codes a partner school may be given: ISO 3166-1 alpha-2, plus
 * XK for Kosovo. XK is user-assigned, not in the standard, but it is the code
 * the EU, CLDR (and so Intl.DisplayNames) use; without it a school in Kosovo
 * could not be entered at all. See docs/adr/0002.
 */
import { ISO_3166_1_ALPHA_2 } from './iso-3166-1.ts';

export { ISO_3166_1_ALPHA_2, type IsoCountryCode } from './iso-3166-1.ts';

/** Codes outside the standard that the site accepts, each for a stated reason. */
export const EXTRA_COUNTRY_CODES = ['XK'] as const;

export const COUNTRY_CODES = [...ISO_3166_1_ALPHA_2, ...EXTRA_COUNTRY_CODES] as const;

export type CountryCode = (typeof COUNTRY_CODES)[number];

const known: ReadonlySet<string> = new Set(COUNTRY_CODES);

/** Upper-case ISO code (or XK) only; `se`, `UK` and `SWE` are not country codes here. */
export const isCountryCode = (value: unknown): value is CountryCode => typeof value === 'string' && known.has(value);
