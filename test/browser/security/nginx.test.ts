/**
 * The example server config (deploy/nginx/atlasguiden.conf) run by Debian's
 * nginx on loopback, over a temporary copy of the built folder, with a
 * self-signed certificate made for this run: plain HTTP sends readers to
 * HTTPS (and still answers ACME challenges); over HTTPS, the security headers
 * and HSTS on every kind of response (pages, hashed assets, Pagefind files,
 * redirects, the 404), caching by kind of file, compression (JavaScript
 * under either of its MIME types), /.well-known/ served while other dotfiles
 * stay hidden, the 404 page in the reader's language, and — in Chromium, over
 * HTTP/2 — that the header policy and the pages' own <meta> policy together
 * still let every kind of page run without an error or a violation.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEBIAN_MIME_TYPES, startNginx, type LocalNginx } from '../../../deploy/nginx/local-server.ts';
import { makeSelfSignedCertificate } from '../../../deploy/nginx/self-signed.ts';
import { classifyPage } from '../../../scripts/report/page-kinds.ts';
import { isEmbedPath } from '../../../src/routing/embed-pages.ts';
import { builtPages, parseHtml } from '../../support/built-site.ts';
import { DIST } from '../../support/dist.ts';
import { CHROMIUM_ARGS } from '../setup/browser.ts';
import { CSP_RECORDER, cspViolations, searchQueryFor, settle, until } from './page-visit.ts';

/** Files the test adds to its copy of the site (never to the real build). */
const WELL_KNOWN = { path: '/.well-known/atlas-test.txt', body: 'served from .well-known' };
const ACME = { path: '/.well-known/acme-challenge/atlas-test-token', body: 'atlas-test-token.key-authorisation' };
const HIDDEN = ['/.env', '/sv/.git/config', '/.well-known/.hidden', '/.hidden.webmanifest'];

let work: string;
let nginx: LocalNginx;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'atlas-nginx-test-'));
  const site = join(work, 'site');
  cpSync(DIST, site, { recursive: true });
  for (const { path, body } of [WELL_KNOWN, ACME, ...HIDDEN.map((path) => ({ path, body: 'secret' }))]) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), body);
  }
  nginx = await startNginx({ root: site, tls: makeSelfSignedCertificate(work) });
});
afterAll(async () => {
  await nginx?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Headers;
  /** The body, gunzipped when it came compressed. */
  text: string;
}

/**
 * One request, no redirect followed, gzip accepted. HTTPS trusts this run's
 * certificate only (`trust: false`: the system's CAs, which do not know it).
 */
function get(url: string, trust = true): Promise<Reply> {
  const https = url.startsWith('https:');
  const send = https ? httpsRequest : httpRequest;
  return new Promise((done, fail) => {
    const options = { headers: { 'accept-encoding': 'gzip' }, agent: false, ...(https && trust ? { ca: nginx.certificatePem } : {}) };
    const req = send(url, options, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      res.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
        }
        const raw = Buffer.concat(chunks);
        const body = headers.get('content-encoding') === 'gzip' ? gunzipSync(raw) : raw;
        done({ status: res.statusCode ?? 0, headers, text: body.toString('utf8') });
      });
    });
    req.on('error', fail);
    req.end();
  });
}
const secure = (path: string) => get(`${nginx.origin}${path}`);
const plain = (path: string) => get(`${nginx.httpOrigin}${path}`);

/** The same on every HTTPS response, whatever it is. */
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

const TWO_YEARS = 2 * 365 * 24 * 60 * 60;
const ONE_YEAR = 365 * 24 * 60 * 60;

/** `max-age=…` of a Cache-Control or Strict-Transport-Security value, or -1. */
const maxAge = (value: string | null) => Number(/(?:^|[;,]\s*)max-age=(\d+)/.exec(value ?? '')?.[1] ?? -1);

function expectSecurityHeaders(res: Reply): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), name).toBe(value);
  const csp = res.headers.get('content-security-policy') ?? '';
  const directives = csp.split(';').map((d) => d.trim().split(/\s+/)[0]);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  // The per-page hashes live in the <meta>; a fetch directive here would block them.
  expect(directives.filter((d) => d === 'default-src' || d === 'script-src' || d === 'style-src')).toEqual([]);
  const permissions = res.headers.get('permissions-policy') ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions).toContain(`${feature}=()`);
  // HTTPS only from now on, for two years, subdomains included.
  const hsts = res.headers.get('strict-transport-security');
  expect(maxAge(hsts), 'HSTS max-age').toBeGreaterThanOrEqual(TWO_YEARS);
  expect(hsts).toMatch(/;\s*includeSubDomains\b/);
  // No version number for scanners.
  expect(res.headers.get('server') ?? '').not.toMatch(/\d/);
}

/** One page of each kind in each language: the kinds the report lists. The embed pages may be framed: test/browser/embed/. */
const samples = (() => {
  const seen = new Set<string>();
  return builtPages()
    .filter((p) => !isEmbedPath(p.url))
    .map((p) => classifyPage(p.url, p.file, p.doc))
    .filter((p) => {
      const id = `${p.kind}:${p.lang}:${p.widgets.join('+')}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
})();

describe('plain HTTP', () => {
  test.each(['/', '/sv/ekonomi-och-schabloner/', '/sv/sok/?q=egenfinansiering'])('%s: 301 to the same address over HTTPS, without HSTS', async (path) => {
    const res = await plain(path);
    expect(res.status).toBe(301);
    // The configured server name (127.0.0.1 on loopback) on the default HTTPS port.
    expect(res.headers.get('location')).toBe(`https://127.0.0.1${path}`);
    // A browser ignores HSTS over HTTP, and RFC 6797 says not to send it there.
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('server') ?? '').not.toMatch(/\d/);
  });

  test('an ACME challenge is answered over HTTP, before any certificate exists', async () => {
    const res = await plain(ACME.path);
    expect(res.status).toBe(200);
    expect(res.text).toBe(ACME.body);
  });
});

describe('pages', () => {
  test.each(samples.map((s) => [s.url, s.kind] as const))('%s (%s): 200, gzip, revalidated, with the security headers', async (url) => {
    const res = await secure(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('etag')).toBeTruthy();
    expectSecurityHeaders(res);
    // The page's own policy still arrives in the body.
    expect(res.text).toContain('http-equiv="content-security-policy"');
  });
});

describe('a missing address answers 404 with the site’s own 404 page in the reader’s language', () => {
  test.each([
    ['/sv/finns-inte/', 'sv', false],
    ['/sv/ekonomi-och-schabloner/saknas.png', 'sv', false],
    ['/en/missing/', 'en', false],
    ['/finns-inte/', 'sv', true],
    // A bare folder has no listing and is just as missing.
    ['/_astro/', 'sv', true],
  ] as const)('%s → <html lang="%s">, bilingual: %s', async (path, lang, bilingual) => {
    const res = await secure(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(res);
    const doc = parseHtml(res.text);
    expect(doc.querySelector('[data-not-found]')).not.toBeNull();
    expect(doc.documentElement.lang).toBe(lang);
    expect(doc.querySelector('main [lang="en"]') !== null).toBe(bilingual);
  });
});

describe('dotfiles', () => {
  test('/.well-known/ is served like any file', async () => {
    const res = await secure(WELL_KNOWN.path);
    expect(res.status).toBe(200);
    expect(res.text).toBe(WELL_KNOWN.body);
    expectSecurityHeaders(res);
  });

  test.each(HIDDEN)('%s stays hidden (404)', async (path) => {
    const res = await secure(path);
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('secret');
  });
});

test('an address without its trailing slash is redirected, relative to the host the reader used', async () => {
  const page = samples.find((s) => s.kind === 'reading')!;
  const res = await secure(page.url.slice(0, -1));
  expect(res.status).toBe(301);
  expect(res.headers.get('location')).toBe(page.url);
  expectSecurityHeaders(res);
});

const hashedAssets = () => {
  const assets = readdirSync(join(DIST, '_astro'));
  return { css: assets.find((f) => f.endsWith('.css'))!, js: assets.find((f) => f.endsWith('.js'))! };
};

test('hashed build assets are cached for at least a year, immutable, gzipped, with the security headers', async () => {
  const { css, js } = hashedAssets();
  for (const [file, type] of [[css, 'text/css'], [js, 'application/javascript']] as const) {
    const res = await secure(`/_astro/${file}`);
    expect(res.status, file).toBe(200);
    expect(res.headers.get('content-type'), file).toBe(`${type}; charset=utf-8`);
    const cache = res.headers.get('cache-control');
    expect(maxAge(cache), file).toBeGreaterThanOrEqual(ONE_YEAR);
    expect(cache, file).toMatch(/\bimmutable\b/);
    expect(res.headers.get('content-encoding'), file).toBe('gzip');
    expectSecurityHeaders(res);
  }
});

describe('JavaScript as text/javascript (the MIME type of RFC 9239 and current nginx)', () => {
  // Debian 12's nginx 1.22 still maps .js to application/javascript; current
  // nginx maps it to text/javascript. Run the same config with that mapping.
  let modern: LocalNginx;
  beforeAll(async () => {
    const types = readFileSync(DEBIAN_MIME_TYPES, 'utf8');
    const modernTypes = types.replace(/^(\s*)application\/javascript(\s+)js;/m, '$1text/javascript$2js mjs;');
    expect(modernTypes, 'Debian’s mime.types maps .js as expected').not.toBe(types);
    const file = join(work, 'mime.types');
    writeFileSync(file, modernTypes);
    modern = await startNginx({ root: join(work, 'site'), tls: { certificate: join(work, 'loopback.pem'), key: join(work, 'loopback.key') }, mimeTypes: file });
  });
  afterAll(async () => modern?.stop());

  test('is gzipped', async () => {
    const res = await get(`${modern.origin}/_astro/${hashedAssets().js}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });
});

test('Pagefind: hashed index files are immutable, its unhashed entry files are revalidated', async () => {
  const index = readdirSync(join(DIST, 'pagefind', 'index'))[0];
  const hashed = await secure(`/pagefind/index/${index}`);
  expect(hashed.status).toBe(200);
  expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expectSecurityHeaders(hashed);
  for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
    const res = await secure(file);
    expect(res.status, file).toBe(200);
    expect(res.headers.get('cache-control'), file).toBe('no-cache');
  }
});

describe('the offline service worker and the installable app (ADR 0009)', () => {
  test('/sw.js is revalidated on every use (a new deployment is found at once), gzipped, from the site root', async () => {
    const res = await secure('/sw.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^(?:text|application)\/javascript; charset=utf-8$/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    // Its scope is where it lives, the root: no widening header needed, none sent.
    expect(res.headers.get('service-worker-allowed')).toBeNull();
    expectSecurityHeaders(res);
  });

  test.each(['sv', 'en'])('/%s/manifest.webmanifest is served as a manifest, revalidated, gzipped', async (lang) => {
    const res = await secure(`/${lang}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect((JSON.parse(res.text) as { lang: string }).lang).toBe(lang);
    expectSecurityHeaders(res);
  });

  test('a hidden file stays hidden even when its name ends like a manifest', async () => {
    const res = await secure('/.hidden.webmanifest');
    expect(res.status).toBe(404);
  });

  test('the icons are served as PNG and SVG', async () => {
    expect((await secure('/icons/icon-512.png')).headers.get('content-type')).toBe('image/png');
    expect((await secure('/icons/icon.svg')).headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
  });
});

test('rules.json and its JSON Schema may be fetched by other sites; pages may not', async () => {
  for (const path of ['/rules.json', '/rules.schema.json']) {
    const rules = await secure(path);
    expect(rules.status, path).toBe(200);
    expect(rules.headers.get('access-control-allow-origin'), path).toBe('*');
    expect(rules.headers.get('content-type'), path).toBe('application/json; charset=utf-8');
  }
  const home = await secure('/sv/');
  expect(home.headers.get('access-control-allow-origin')).toBeNull();
});

test('the HTTPS server refuses a client that does not trust its certificate', async () => {
  await expect(get(`${nginx.origin}/sv/`, false)).rejects.toThrow(/certificate/i);
});

describe('in Chromium, through nginx over HTTPS', () => {
  let dir: string;
  let context: BrowserContext;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
    // Chromium trusts exactly this run's certificate (by its public key) and nothing else extra.
    context = await chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS, ...nginx.chromiumArgs],
      viewport: { width: 1280, height: 900 },
      // Each page from nginx itself, as the HTTP/2 check needs: a page the offline worker serves from its
      // cache has no protocol. The worker runs through this same server in test/browser/offline/.
      serviceWorkers: 'block',
    });
    await context.addInitScript({ content: CSP_RECORDER });
  });
  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.each(samples.map((s) => s.url))('%s runs with both policies over HTTP/2: no error, no violation', async (url) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    try {
      const query = searchQueryFor(url);
      await page.goto(`${nginx.origin}${url}${query ? `?q=${encodeURIComponent(query)}` : ''}`);
      const hydrated = await settle(page);
      const searched = query === undefined || (await until(page, 'document.querySelector("[data-search-list] li") !== null'));
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(hydrated, 'every island hydrated').toBe(true);
      expect(searched, 'the search listed results').toBe(true);
      expect(await page.evaluate('performance.getEntriesByType("navigation")[0].nextHopProtocol')).toBe('h2');
    } finally {
      await page.close();
    }
  });
});
