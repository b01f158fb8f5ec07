/**
 * Shared steps for the security and robustness browser tests: which pages to
 * visit (the built sitemap, plus the 404 page it leaves out), how to record
 * CSP violations from the first script on, and how to let a page settle
 * (islands scrolled into view and hydrated, network quiet).
 *
 * Browser-side code is passed as strings: Vitest rewrites functions it
 * transforms, and these must reach Chromium unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { NOT_FOUND_URLS } from '../../../src/routing/not-found.ts';
import { DIST } from '../../support/dist.ts';

/** Site paths of every page the sitemap lists, plus the 404 pages. */
export function sitePaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...new Set([...listed, ...NOT_FOUND_URLS])];
}

/** Runs before any page script: collects every `securitypolicyviolation` event. */
export const CSP_RECORDER = `
  window.__atlasCsp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__atlasCsp.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + (e.sample ? ' (' + e.sample + ')' : ''));
  }, true);
`;

export const cspViolations = (page: Page): Promise<string[]> => page.evaluate('window.__atlasCsp || []') as Promise<string[]>;

/**
 * Scrolls each island into view (they hydrate on visibility or idle), then to
 * the end of the page; waits until no island is still server-rendered only
 * (Astro drops the `ssr` attribute once it has hydrated) and the network is quiet.
 * Resolves to whether every island hydrated, so a caller can first report
 * why not (a CSP violation, a console error) before failing on it.
 */
export async function settle(page: Page, opts: { networkIdle?: boolean } = {}): Promise<boolean> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i++) await islands.nth(i).scrollIntoViewIfNeeded();
  await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
  const hydrated = count === 0 || (await until(page, 'document.querySelector("astro-island[ssr]") === null'));
  if (opts.networkIdle ?? true) await page.waitForLoadState('networkidle');
  return hydrated;
}

/**
 * Polls a browser-side expression from Node. Not page.waitForFunction: its
 * in-page polling compiles the predicate with eval, which the site's CSP
 * rightly refuses (and reports as a violation of our own making).
 */
export async function until(page: Page, expression: string, timeout = 10_000): Promise<boolean> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
  return true;
}

/** Whether a site path is a search page (it gets a query, so Pagefind runs too). */
export function searchQueryFor(path: string): string | undefined {
  const html = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  if (!html.includes('data-search-results')) return undefined;
  return /<html[^>]*\slang="en"/.test(html) ? 'own contribution' : 'egenfinansieringen';
}
