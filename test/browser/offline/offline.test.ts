/**
 * Issue 15's offline promise, in Chromium through the deploy config (nginx,
 * HTTPS on loopback): one visit to the workshop page saves the guide (its
 * status says so after checking every listed file is cached); then, with the
 * browser offline, a reading page, a widget page (an example opened from the
 * workshop page, down to its verdict), the search page (with results) and the
 * workshop page itself open from the service worker in both languages,
 * without an error or a CSP violation. Then a new deployment with one page
 * changed: the workshop page reports the new version, switches to it, the
 * changed page is served, and the old version's cache is gone.
 * Every wait is for a state (data-offline-state, data-search-state,
 * data-ready, a verdict), never for time.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { classifyPage } from '../../../scripts/report/page-kinds.ts';
import { builtPages } from '../../support/built-site.ts';
import { DIST } from '../../support/dist.ts';
import { CHROMIUM_ARGS } from '../setup/browser.ts';
import { CSP_RECORDER, cspViolations } from '../security/page-visit.ts';
import { serveVersions, type SiteVersions } from './site-versions.ts';

const LANGS = ['sv', 'en'] as const;
type Lang = (typeof LANGS)[number];
const WORKSHOP: Record<Lang, string> = { sv: '/sv/workshop/', en: '/en/workshop/' };
const SEARCH: Record<Lang, string> = { sv: '/sv/sok/?q=egenfinansieringen', en: '/en/search/?q=own%20contribution' };
/** The first reading page of each language (a page with no script at all). */
const READING = Object.fromEntries(
  LANGS.map((lang) => [lang, builtPages().map((p) => classifyPage(p.url, p.file, p.doc)).find((p) => p.kind === 'reading' && p.lang === lang)!.url]),
) as Record<Lang, string>;
const listed = () => JSON.parse(readFileSync(join(DIST, 'offline.json'), 'utf8')) as { cacheId: string; files: string[] };

let site: SiteVersions;
let dir: string;
let context: BrowserContext;
beforeAll(async () => {
  site = await serveVersions(DIST);
  dir = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...site.server.chromiumArgs],
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'allow',
  });
  await context.addInitScript({ content: CSP_RECORDER });
}, 90_000);
afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  await site?.stop();
});

/** Polls a browser-side expression until it holds; a page that is navigating meanwhile simply has not got there yet. */
async function reaches(page: Page, expression: string, timeout = 30_000): Promise<boolean> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(expression).catch(() => false)) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const offlineState = (page: Page) => page.evaluate('document.querySelector("[data-offline]")?.dataset.offlineState ?? null');
const readyExpr = 'document.querySelector("[data-offline]")?.dataset.offlineState === "ready"';

/** A new page that records console and page errors. */
async function open(path: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  const response = await page.goto(`${site.server.origin}${path}`);
  return { page, errors, response };
}

describe('one visit to the workshop page saves the guide', () => {
  test.each(LANGS)('%s: the status checks the cache and reports every listed file saved', async (lang) => {
    const { page, errors } = await open(WORKSHOP[lang]);
    try {
      expect(await reaches(page, readyExpr), `state ${await offlineState(page)}`).toBe(true);
      const data = (await page.evaluate('({ ...document.querySelector("[data-offline]").dataset })')) as Record<string, string>;
      expect(Number(data['offlineCount'])).toBe(listed().files.length);
      expect(data['offlineMissing']).toBe('0');
      expect(await page.locator('[data-offline-status][role="status"]').textContent()).not.toBe('');
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.each(LANGS)('offline, every kind of page opens from the service worker (%s)', (lang) => {
  beforeAll(() => context.setOffline(true));
  afterAll(() => context.setOffline(false));

  const check = async (path: string, ready: (page: Page) => Promise<void>) => {
    const { page, errors, response } = await open(path);
    try {
      expect(response?.status()).toBe(200);
      expect(response?.fromServiceWorker(), 'served by the service worker').toBe(true);
      await ready(page);
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  };

  test('a reading page', () => check(READING[lang], async (page) => expect(await page.locator('main h1').count()).toBe(1)));

  test('the workshop page, still reporting the guide saved', () =>
    check(WORKSHOP[lang], async (page) => expect(await reaches(page, readyExpr), `state ${await offlineState(page)}`).toBe(true)));

  test('a widget page opened from a workshop example, down to its verdict', async () => {
    const { page } = await open(WORKSHOP[lang]);
    const href = await page.locator('[data-widget="co-financing"] a.ws-preset__link').first().getAttribute('href');
    await page.close();
    expect(href).toBeTruthy();
    await check(href!, async (p) => {
      const widget = p.locator('[data-widget="co-financing"]');
      await widget.scrollIntoViewIfNeeded();
      await p.locator('[data-widget="co-financing"][data-ready]').waitFor();
      await p.locator('[data-widget="co-financing"] [data-verdict]').first().waitFor();
    });
  });

  test('the search page, with results', () =>
    check(SEARCH[lang], async (page) => {
      expect(await reaches(page, '["done", "failed"].includes(document.querySelector("[data-search-results]")?.dataset.searchState)')).toBe(true);
      const section = (await page.evaluate('({ ...document.querySelector("[data-search-results]").dataset })')) as Record<string, string>;
      expect(section['searchState']).toBe('done');
      expect(Number(section['resultCount'])).toBeGreaterThan(0);
    }));
});

describe('a new deployment with changed content', () => {
  const MARK = 'data-atlas-new-version';
  const cacheNames = (page: Page) => page.evaluate('caches.keys()') as Promise<string[]>;

  test('is saved, offered, switched to and served; the old cache is gone', async () => {
    const old = listed().cacheId;
    const { page, errors } = await open(WORKSHOP.sv);
    expect(await reaches(page, readyExpr)).toBe(true);
    expect((await cacheNames(page)).some((name) => name.startsWith(`${old}-precache-`))).toBe(true);

    const { cacheId } = await site.deployChanged(READING.sv, (doc) => {
      const note = doc.createElement('p');
      note.setAttribute(MARK, '');
      note.textContent = 'Ny version';
      doc.querySelector('main')!.append(note);
    });
    expect(cacheId).not.toBe(old);

    // The browser looks for a new worker on navigations; asked here at once.
    await page.evaluate('navigator.serviceWorker.getRegistration().then((r) => r.update())');
    expect(await reaches(page, 'document.querySelector("[data-offline]")?.dataset.offlineState === "update"'), `state ${await offlineState(page)}`).toBe(true);
    await page.locator('[data-offline-update]').click();
    // The page reloads into the new version, which checks its own cache.
    expect(await reaches(page, readyExpr), `state ${await offlineState(page)}`).toBe(true);

    const names = await cacheNames(page);
    expect(names.filter((name) => name.includes('-precache-'))).toEqual([expect.stringMatching(new RegExp(`^${cacheId}-precache-`))]);
    expect(names.some((name) => name.startsWith(old))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();

    await context.setOffline(true);
    try {
      const changed = await open(READING.sv);
      expect(changed.response?.fromServiceWorker()).toBe(true);
      expect(await changed.page.locator(`[${MARK}]`).count()).toBe(1);
      await changed.page.close();
    } finally {
      await context.setOffline(false);
    }
  });
});
