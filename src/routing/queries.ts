/**
 * Small questions asked of the route list. Pure: they take the routes, so
 * components, endpoints and tests share one answer.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import { pathFor, type Route } from './route.ts';

export const findRoute = (routes: readonly Route[], key: string, locale: Locale): Route | undefined =>
  routes.find((r) => r.key === key && r.locale === locale);

/** The URL of page `key` in `locale`; the language's start page when the page has no version there. */
export const localizedUrl = (routes: readonly Route[], key: string, locale: Locale): string =>
  findRoute(routes, key, locale)?.url ?? pathFor(locale, '');

/** Whether page `key` exists in `locale` (a missing pair falls back to the start page). */
export const hasVersion = (routes: readonly Route[], key: string, locale: Locale): boolean =>
  findRoute(routes, key, locale) !== undefined;

export interface Alternate {
  /** `sv`, `en` or `x-default` (the Swedish page). */
  readonly hreflang: Locale | 'x-default';
  readonly url: string;
}

/** hreflang alternates of page `key`: every language it exists in, plus x-default → Swedish. */
export function alternates(routes: readonly Route[], key: string): Alternate[] {
  const found = LOCALES.flatMap((locale) => {
    const route = findRoute(routes, key, locale);
    return route ? [{ hreflang: locale, url: route.url }] : [];
  });
  const fallback = findRoute(routes, key, DEFAULT_LOCALE);
  return fallback ? [...found, { hreflang: 'x-default', url: fallback.url }] : found;
}

/** Guidance pages of one language in reading order. */
export const readingOrder = (routes: readonly Route[], locale: Locale): Route[] =>
  routes.filter((r) => r.kind === 'guide' && r.locale === locale);

/** The guidance pages before and after `route` in reading order. */
export function neighbours(routes: readonly Route[], route: Route): { previous?: Route; next?: Route } {
  const list = readingOrder(routes, route.locale);
  const i = list.findIndex((r) => r.url === route.url);
  if (i < 0) return {};
  const previous = list[i - 1];
  const next = list[i + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** The other language, for the language switch. */
export const otherLocale = (locale: Locale): Locale => (locale === 'sv' ? 'en' : 'sv');
