/**
 * The country picker's data: ISO 3166-1 alpha-2 codes with their names in the
 * page's language (Intl.DisplayNames), and a lookup from what a reader typed
 * back to a code. The picker is a plain `<input list>` + `<datalist>`, so the
 * browser does the searching as the reader types. The datalist is server HTML
 * (PartnerChecker.astro renders countryOptions at build time), so the names
 * are not in the island's script; the lookup runs in the part loaded on use.
 */
import { countryName } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { COUNTRY_CODES, isCountryCode } from '../../rules/countries/codes.ts';
import { fieldIds } from './field-ids.ts';

export { isCountryCode };

export interface CountryOption {
  readonly code: string;
  readonly name: string;
}

/** Case, accents' composition and extra spaces do not matter when matching a typed name. */
const normalise = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

const cache = new Map<Locale, readonly CountryOption[]>();

/** Every country, named in `locale`, sorted as that language sorts. */
export function countryOptions(locale: Locale): readonly CountryOption[] {
  const hit = cache.get(locale);
  if (hit) return hit;
  const collator = new Intl.Collator(locale);
  const options = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) }))
    // A platform without a name for a code would show the bare code; leave it out.
    .filter((o) => o.name !== o.code)
    .sort((a, b) => collator.compare(a.name, b.name));
  cache.set(locale, options);
  return options;
}

/**
 * The code of a name as the page's own datalist offers it. That list was
 * named at build time, by the build machine's Intl; a reader's browser may
 * name a few countries differently (its CLDR version), and a name the page
 * itself offered must still read.
 */
function codeFromPageList(wanted: string, locale: Locale): string | null {
  if (typeof document === 'undefined') return null;
  for (const option of document.querySelectorAll<HTMLOptionElement>(`#${fieldIds.countryList(locale)} option`)) {
    const code = option.dataset['code'];
    if (normalise(option.value) === wanted && isCountryCode(code)) return code;
  }
  return null;
}

/**
 * The code for what a reader typed: a name in the page's language (as the list
 * offers it), or failing that the name in the other language. Codes are not
 * accepted: "KE" or "UK" typed in a name field is more likely a slip than a
 * choice. Null when nothing matches.
 */
export function codeForTyped(text: string, locale: Locale): string | null {
  const wanted = normalise(text);
  if (wanted === '') return null;
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  for (const l of [locale, other]) {
    const hit = countryOptions(l).find((o) => normalise(o.name) === wanted);
    if (hit) return hit.code;
  }
  return codeFromPageList(wanted, locale);
}
