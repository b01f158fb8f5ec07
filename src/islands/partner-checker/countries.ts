/**
 * From what a reader typed in a country field back to a code. The picker is a
 * plain `<input list>` with the page's `<datalist>` of names (the page renders
 * it at build time), so the browser does the searching as the reader types;
 * the codes a school abroad may have come from the page too (FormChoices).
 */
import { countryName } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { fieldIds } from './field-ids.ts';

/** Case, accents' composition and extra spaces do not matter when matching a typed name. */
const normalise = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

const namesCache = new WeakMap<readonly string[], Map<Locale, ReadonlyMap<string, string>>>();

/** Normalised name in `locale` → code, for the given codes (Intl.DisplayNames, as the page named them). */
function codesByName(codes: readonly string[], locale: Locale): ReadonlyMap<string, string> {
  const perLocale = namesCache.get(codes) ?? new Map<Locale, ReadonlyMap<string, string>>();
  namesCache.set(codes, perLocale);
  let names = perLocale.get(locale);
  if (!names) {
    // A platform without a name for a code names it by the code: leave that out (codes are not names).
    const named = codes.map((code) => [countryName(code, locale), code] as const).filter(([name, code]) => name !== code);
    names = new Map(named.map(([name, code]) => [normalise(name), code]));
    perLocale.set(locale, names);
  }
  return names;
}

/**
 * The code of a name as the page's own datalist offers it. That list was
 * named at build time, by the build machine's Intl; a reader's browser may
 * name a few countries differently (its CLDR version), and a name the page
 * itself offered must still read.
 */
function codeFromPageList(wanted: string, locale: Locale, codes: readonly string[]): string | null {
  if (typeof document === 'undefined') return null;
  for (const option of document.querySelectorAll<HTMLOptionElement>(`#${fieldIds.countryList(locale)} option`)) {
    const code = option.dataset['code'];
    if (normalise(option.value) === wanted && code && codes.includes(code)) return code;
  }
  return null;
}

/**
 * The code for what a reader typed: a name in the page's language (as the list
 * offers it), or failing that the name in the other language. Codes are not
 * accepted: "KE" or "UK" typed in a name field is more likely a slip than a
 * choice. Null when nothing matches.
 */
export function codeForTyped(text: string, locale: Locale, codes: readonly string[]): string | null {
  const wanted = normalise(text);
  if (wanted === '') return null;
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  return codesByName(codes, locale).get(wanted) ?? codesByName(codes, other).get(wanted) ?? codeFromPageList(wanted, locale, codes);
}
