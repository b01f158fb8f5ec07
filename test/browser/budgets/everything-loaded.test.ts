/**
 * Everything a widget page makes the browser load, measured where it happens
 * (ADR 0005 as amended: at most 30 kB gzip per widget, up front and on use).
 * The built-site budget test counts what a page loads up front exactly; what
 * loads on use depends on the page (one language's words, not both), which
 * only the browser shows. Each widget is opened with a workshop preset, so
 * its on-use part and its words load; every script the page then fetched is
 * counted at its gzip size from the built folder, inline scripts included.
 * Sizes are the message, not the test name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { presets, type Preset } from '../../../src/components/workshop/presets.ts';
import { embedUrl } from '../../../src/routing/embed-pages.ts';
import { DIST } from '../../support/dist.ts';
import { launch, type Browser } from '../setup/browser.ts';

const EVERYTHING_PER_WIDGET = 30_000;
/** ADR 0005's one allowance (the partner checker's codec and reader up front; 30.9 kB measured on 2026-12-03, down from 32.8 kB). */
const ALLOWANCE: Readonly<Partial<Record<string, number>>> = { 'partner-checker': 1_500 };
const gzip = (data: string | Buffer) => gzipSync(data, { level: 6 }).length;

const PAGES = {
  sv: { 'project-type-quiz': '/sv/nytt-projekt-eller-fordjupning/', 'partner-checker': '/sv/projektets-uppbyggnad/', 'co-financing': '/sv/ekonomi-och-schabloner/', all: '/sv/sjalvtest/' },
  en: { 'project-type-quiz': '/en/new-or-deepening-project/', 'partner-checker': '/en/project-structure/', 'co-financing': '/en/economy-and-flat-rates/', all: '/en/self-check/' },
} as const;
type Widget = Preset['widget'];
const WIDGETS: readonly Widget[] = ['project-type-quiz', 'partner-checker', 'co-financing'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

/** The query that opens each of `widgets` with its first preset (widget keys do not collide). */
function presetQuery(lang: 'sv' | 'en', widgets: readonly Widget[]): string {
  const query = new URLSearchParams();
  for (const widget of widgets) {
    const preset = presets(lang).find((p) => p.widget === widget)!;
    for (const [key, value] of new URLSearchParams(preset.search)) if (!key.startsWith('w-')) query.set(key, value);
  }
  return `?${query}`;
}

/** Opens `path`, brings each widget into view until it shows its verdict, and sums the gzip size of every script the page loaded. */
async function loadedScripts(path: string, widgets: readonly Widget[], lang: 'sv' | 'en') {
  const { page } = await browser.newPage();
  const urls = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.add(new URL(request.url()).pathname);
  });
  await page.goto(`${browser.baseURL}${path}${presetQuery(lang, widgets)}`);
  for (const widget of widgets) {
    const selector = `[data-widget="${widget}"]`;
    await page.locator(selector).scrollIntoViewIfNeeded();
    await page.locator(`${selector}[data-ready]`).waitFor();
    await page.locator(`${selector} [data-verdict]`).first().waitFor();
  }
  const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  await page.close();
  const files = [...urls].map((url) => ({ url, gzip: gzip(readFileSync(join(DIST, url))) }));
  const total = files.reduce((sum, f) => sum + f.gzip, 0) + inline.reduce((sum, code) => sum + (code.trim() ? gzip(code) : 0), 0);
  return { files, total };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe.each(['sv', 'en'] as const)('everything a widget page loads, widgets in use (%s)', (lang) => {
  const cases: [string, readonly Widget[]][] = [
    ...WIDGETS.map((w): [string, readonly Widget[]] => [PAGES[lang][w], [w]]),
    [PAGES[lang].all, WIDGETS],
    // Each widget alone on its embed page (framed by other sites), its height reporter included.
    ...WIDGETS.map((w): [string, readonly Widget[]] => [embedUrl(w, lang), [w]]),
  ];
  test.each(cases)('%s', async (path, widgets) => {
    const { files, total } = await loadedScripts(path, widgets, lang);
    const budget = widgets.reduce((sum, w) => sum + EVERYTHING_PER_WIDGET + (ALLOWANCE[w] ?? 0), 0);
    // The page's own language only: the other language's rule messages never load.
    expect(files.map((f) => f.url).filter((url) => /\/(sv|en)\.[\w-]+\.js$/.test(url) && !url.includes(`/${lang}.`))).toEqual([]);
    const detail = files.map((f) => `${f.url} ${kB(f.gzip)}`).join(', ');
    expect(total, `${kB(total)} of ${kB(budget)}: ${detail}`).toBeLessThanOrEqual(budget);
  });
});
