/** The site's languages. Swedish is the programme's language and the default. */
export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sv';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** BCP 47 tags for Intl: Swedish as written in Sweden, English with Swedish money. */
export const INTL_TAG: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
