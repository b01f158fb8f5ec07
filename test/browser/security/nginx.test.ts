/**
 * The example server config (deploy/nginx/atlasguiden.conf) run by Debian's
 * nginx over the built folder on a loopback port: the security headers on
 * every kind of response (pages, hashed assets, Pagefind files, redirects, the
 * 404), caching by kind of file, compression, the real 404 page, and — in
 * Chromium — that the header policy and the pages' own <meta> policy together
 * still let every kind of page run without an error or a violation.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startNginx, type LocalNginx } from '../../../deploy/nginx/local-server.ts';
import { classifyPage } from '../../../scripts/report/page-kinds.ts';
import { builtPages } from '../../support/built-site.ts';
import { DIST } from '../../support/dist.ts';
import { launch, type Browser } from '../setup/browser.ts';
import { CSP_RECORDER, cspViolations, searchQueryFor, settle, until } from './page-visit.ts';

let nginx: LocalNginx;
beforeAll(async () => {
  nginx = await startNginx({ root: DIST });
});
afterAll(async () => nginx?.stop());

const get = (path: string) => fetch(`${nginx.origin}${path}`, { headers: { 'accept-encoding': 'gzip' }, redirect: 'manual' });

/** The same on every response, whatever it is. */
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

function expectSecurityHeaders(res: Response): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), name).toBe(value);
  const csp = res.headers.get('content-security-policy') ?? '';
  const directives = csp.split(';').map((d) => d.trim().split(/\s+/)[0]);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  // The per-page hashes live in the <meta>; a fetch directive here would block them.
  expect(directives.filter((d) => d === 'default-src' || d === 'script-src' || d === 'style-src')).toEqual([]);
  const permissions = res.headers.get('permissions-policy') ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions).toContain(`${feature}=()`);
  // No version number for scanners.
  expect(res.headers.get('server') ?? '').not.toMatch(/\d/);
}

/** One page of each kind in each language: the kinds the report lists. */
const samples = (() => {
  const seen = new Set<string>();
  return builtPages()
    .map((p) => classifyPage(p.url, p.file, p.doc))
    .filter((p) => {
      const id = `${p.kind}:${p.lang}:${p.widgets.join('+')}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
})();

describe('pages', () => {
  test.each(samples.map((s) => [s.url, s.kind] as const))('%s (%s): 200, gzip, revalidated, with the security headers', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('etag')).toBeTruthy();
    expectSecurityHeaders(res);
    // The page's own policy still arrives in the body.
    expect(await res.text()).toContain('http-equiv="content-security-policy"');
  });
});

test('a missing address answers 404 with the site’s own 404 page and the same headers', async () => {
  const res = await get('/sv/finns-inte/');
  expect(res.status).toBe(404);
  expectSecurityHeaders(res);
  expect(await res.text()).toContain('data-not-found');
  // A bare folder has no listing and is just as missing.
  const folder = await get('/_astro/');
  expect(folder.status).toBe(404);
  expectSecurityHeaders(folder);
});

test('an address without its trailing slash is redirected, relative to the host the reader used', async () => {
  const page = samples.find((s) => s.kind === 'reading')!;
  const res = await get(page.url.slice(0, -1));
  expect(res.status).toBe(301);
  expect(res.headers.get('location')).toBe(page.url);
  expectSecurityHeaders(res);
});

test('hashed build assets are cached for a year, immutable, and keep the security headers', async () => {
  const assets = readdirSync(join(DIST, '_astro'));
  const css = assets.find((f) => f.endsWith('.css'));
  const js = assets.find((f) => f.endsWith('.js'));
  for (const file of [css, js].filter((f) => f !== undefined)) {
    const res = await get(`/_astro/${file}`);
    expect(res.status, file).toBe(200);
    expect(res.headers.get('cache-control'), file).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding'), file).toBe('gzip');
    expectSecurityHeaders(res);
  }
});

test('Pagefind: hashed index files are immutable, its unhashed entry files are revalidated', async () => {
  const index = readdirSync(join(DIST, 'pagefind', 'index'))[0];
  const hashed = await get(`/pagefind/index/${index}`);
  expect(hashed.status).toBe(200);
  expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expectSecurityHeaders(hashed);
  for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
    const res = await get(file);
    expect(res.status, file).toBe(200);
    expect(res.headers.get('cache-control'), file).toBe('no-cache');
  }
});

test('rules.json may be fetched by other sites; pages may not', async () => {
  const rules = await get('/rules.json');
  expect(rules.status).toBe(200);
  expect(rules.headers.get('access-control-allow-origin')).toBe('*');
  expect(rules.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const home = await get('/sv/');
  expect(home.headers.get('access-control-allow-origin')).toBeNull();
});

describe('in Chromium, through nginx', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    await browser.context.addInitScript({ content: CSP_RECORDER });
  });
  afterAll(async () => browser?.close());

  test.each(samples.map((s) => s.url))('%s runs with both policies: no error, no violation', async (url) => {
    const { page, errors } = await browser.newPage();
    try {
      const query = searchQueryFor(url);
      await page.goto(`${nginx.origin}${url}${query ? `?q=${encodeURIComponent(query)}` : ''}`);
      const hydrated = await settle(page);
      const searched = query === undefined || (await until(page, 'document.querySelector("[data-search-list] li") !== null'));
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(hydrated, 'every island hydrated').toBe(true);
      expect(searched, 'the search listed results').toBe(true);
    } finally {
      await page.close();
    }
  });
});
