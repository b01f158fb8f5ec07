/**
 * Turns the guidance collection and the extra pages into the site's routes,
 * once. Pure, so it can be tested without Astro. Fails loudly on what would
 * otherwise become a silently broken site: two pages on one URL, two pages with
 * one key in one language, a file outside content/<lang>/, a guidance page
 * without its pair in the other language.
 */
import { isLocale, type Locale } from '../i18n/locales.ts';
import type { ExtraPage } from './extra-pages.ts';
import { pathFor, type Route } from './route.ts';
import { assertEveryPagePaired } from './unpaired.ts';

/** What the routes need of a guidance entry (a subset of the collection entry). */
export interface GuideEntryLike {
  readonly id: string;
  /** The file behind the entry (`content/sv/ordlista.mdx`), to name it in errors. */
  readonly filePath?: string | undefined;
  readonly data: { readonly key: string; readonly title: string; readonly navTitle?: string | undefined; readonly order: number };
}

/**
 * `sv/ekonomi-och-schabloner` → { locale: 'sv', slug: 'ekonomi-och-schabloner' };
 * `sv/index` and `sv` → the start page (slug '').
 */
export function parseEntryId(id: string): { locale: Locale; slug: string } {
  const [first, ...rest] = id.split('/');
  if (!isLocale(first)) throw new Error(`Guidance file "${id}" is not under content/sv/ or content/en/`);
  const name = rest.join('/');
  if (rest.length > 1) throw new Error(`Guidance file "${id}" is nested; use content/<lang>/<name>.mdx`);
  return { locale: first, slug: name === '' || name === 'index' ? '' : name };
}

export function buildRoutes(entries: readonly GuideEntryLike[], extras: readonly ExtraPage[]): Route[] {
  const guide: Route[] = entries.map((entry) => {
    const { locale, slug } = parseEntryId(entry.id);
    return {
      key: entry.data.key,
      locale,
      slug,
      url: pathFor(locale, slug),
      kind: 'guide',
      title: entry.data.title,
      navTitle: entry.data.navTitle ?? entry.data.title,
      order: entry.data.order,
      entryId: entry.id,
    };
  });
  assertEveryPagePaired(
    entries.map((entry, i) => ({ key: guide[i]!.key, locale: guide[i]!.locale, source: entry.filePath ?? entry.id })),
  );
  guide.sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.url.localeCompare(b.url));

  const extra: Route[] = extras.flatMap((page) =>
    (Object.keys(page.slugs) as Locale[]).map((locale) => ({
      key: page.key,
      locale,
      slug: page.slugs[locale],
      url: pathFor(locale, page.slugs[locale]),
      kind: 'extra' as const,
      title: page.titles[locale],
      navTitle: page.titles[locale],
      order: null,
      entryId: null,
    })),
  );

  const routes = [...guide, ...extra];
  assertUnique(routes, (r) => r.url, 'URL');
  assertUnique(routes, (r) => `${r.locale}:${r.key}`, 'key in one language');
  return routes;
}

function assertUnique(routes: readonly Route[], id: (r: Route) => string, what: string): void {
  const seen = new Map<string, Route>();
  for (const route of routes) {
    const k = id(route);
    const earlier = seen.get(k);
    if (earlier) throw new Error(`Two pages share one ${what} (${k}): ${earlier.entryId ?? earlier.key} and ${route.entryId ?? route.key}`);
    seen.set(k, route);
  }
}
