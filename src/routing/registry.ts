/**
 * The site's routes, computed once per build from the `guide` collection and
 * EXTRA_PAGES (as Starlight does). Pages and endpoints ask this module for every
 * URL; nothing else spells a path.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { buildRoutes } from './build-routes.ts';
import { buildEmbedRoutes } from './embed-pages.ts';
import { EXTRA_PAGES } from './extra-pages.ts';
import { findRoute } from './queries.ts';
import type { Route } from './route.ts';

export type { Route } from './route.ts';
export * from './queries.ts';

let routesOnce: Promise<Route[]> | undefined;

export function getRoutes(): Promise<Route[]> {
  routesOnce ??= getCollection('guide').then((entries) => {
    const routes = buildRoutes(entries, EXTRA_PAGES);
    // Each widget's embed page links back to the guidance page that declares it.
    const declared = routes.flatMap((route) => {
      const entry = entries.find((e) => e.id === route.entryId);
      return entry ? [{ route, widgets: entry.data.widgets }] : [];
    });
    return [...routes, ...buildEmbedRoutes(declared)];
  });
  return routesOnce;
}

/** The collection entry behind a guidance route. */
export async function entryFor(route: Route): Promise<CollectionEntry<'guide'>> {
  const entries = await getCollection('guide');
  const entry = entries.find((e) => e.id === route.entryId);
  if (!entry) throw new Error(`No guidance entry for ${route.url}`);
  return entry;
}

/**
 * getStaticPaths for an extra page's file: `src/pages/[lang]/[search].astro`
 * calls `staticPathsFor('search', 'search')`.
 */
export async function staticPathsFor(key: string, param: string) {
  const routes = await getRoutes();
  return routes
    .filter((r) => r.kind === 'extra' && r.key === key)
    .map((r) => ({ params: { lang: r.locale, [param]: r.slug }, props: { route: r } }));
}

/** The route a page is rendering, looked up by key (throws if the registry lacks it). */
/** getStaticPaths for the embed pages: `src/pages/[lang]/embed/[widget].astro`. */
export async function embedStaticPaths() {
  const routes = await getRoutes();
  return routes
    .filter((r) => r.kind === 'embed')
    .map((r) => ({ params: { lang: r.locale, widget: r.slug.split('/')[1] }, props: { route: r } }));
}

export async function routeOf(key: string, locale: Locale): Promise<Route> {
  const route = findRoute(await getRoutes(), key, locale);
  if (!route) throw new Error(`No route for ${key} in ${locale}`);
  return route;
}
