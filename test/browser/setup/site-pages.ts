/**
 * The pages the browser tests visit: every <loc> of the built sitemap, as paths
 * (the sitemap's host is the public one; the tests serve on loopback), plus
 * the 404 pages and the embed pages (out of the sitemap, but framed on other
 * sites and held to the same bars). Read from the built folder, so no page is forgotten.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMBED_URLS } from '../../../src/routing/embed-pages.ts';
import { NOT_FOUND_URLS } from '../../../src/routing/not-found.ts';
import { DIST } from '../../support/dist.ts';

export function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Every page a reader can land on: the sitemap, the 404 pages and the embed pages. */
export const allPagePaths = (): string[] => [...sitemapPaths(), ...NOT_FOUND_URLS, ...EMBED_URLS];
