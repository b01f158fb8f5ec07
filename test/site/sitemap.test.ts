/**
 * sitemap.xml lists every page (with its language alternates) but the 404
 * pages and the embed pages (widgets alone, for other sites to frame; noindex,
 * canonical to their full page); robots.txt points to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { isEmbedPath } from '../../src/routing/embed-pages.ts';
import { isNotFoundUrl } from '../../src/routing/not-found.ts';
import { builtPages, siteOrigin } from '../support/built-site.ts';
import { DIST } from '../support/dist.ts';

const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
const origin = siteOrigin();
const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => {
  const body = m[1]!;
  return {
    loc: /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? '',
    alternates: Object.fromEntries([...body.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => [a[1], a[2]])),
  };
});

test('the sitemap lists every built page but the 404 and embed pages, each once, as absolute URLs', () => {
  const listed = entries.map((e) => new URL(e.loc).pathname);
  const built = builtPages()
    .map((p) => p.url)
    .filter((u) => !isNotFoundUrl(u) && !isEmbedPath(u));
  expect(new Set(listed).size).toBe(listed.length);
  expect([...listed].sort()).toEqual([...built].sort());
  for (const e of entries) expect(new URL(e.loc).origin).toBe(origin);
});

test('each sitemap entry carries the same alternates as the page’s hreflang links', () => {
  for (const page of builtPages().filter((p) => p.url !== '/' && !isNotFoundUrl(p.url) && !isEmbedPath(p.url))) {
    const entry = entries.find((e) => new URL(e.loc).pathname === page.url);
    const links = Object.fromEntries(
      [...page.doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    );
    expect(entry?.alternates, page.url).toEqual(links);
  }
});

test('the embed pages are built and kept out of search engines: noindex', () => {
  const embeds = builtPages().filter((p) => isEmbedPath(p.url));
  expect(embeds.length).toBe(6);
  for (const page of embeds) expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute('content'), page.url).toBe('noindex');
});

test('robots.txt names the sitemap', () => {
  const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
  expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
});
