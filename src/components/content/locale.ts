/**
 * The language of the page a content component sits on. Astro knows it from the
 * URL (/sv/…, /en/…); outside a routed page (a component test) it is Swedish,
 * the site's default.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locales.ts';

export const pageLocale = (currentLocale: string | undefined): Locale =>
  isLocale(currentLocale) ? currentLocale : DEFAULT_LOCALE;
