/**
 * The not-found pages: one per language (`/sv/404/`, `/en/404/`), which a
 * server answers for a missing address under that language's folder, and the
 * bilingual `/404.html` for every other missing address (and for hosts that
 * know only one 404 page). They are not in the route registry: no reader
 * navigates to them, and neither the sitemap nor the navigation lists them.
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { pathFor } from './route.ts';

/** `/sv/404/`: the built file is `sv/404/index.html`. */
export const notFoundUrl = (locale: Locale): string => pathFor(locale, '404');

/** The bilingual page for addresses outside both languages. */
export const SHARED_NOT_FOUND_URL = '/404.html';

export const NOT_FOUND_URLS: readonly string[] = [SHARED_NOT_FOUND_URL, ...LOCALES.map(notFoundUrl)];

export const isNotFoundUrl = (url: string): boolean => NOT_FOUND_URLS.includes(url);
