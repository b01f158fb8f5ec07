/**
 * Printing (emulated print media in Chromium), both languages: on a reading
 * page every heading computes `break-after: avoid`; the administrator's
 * address is printed once (one visible link to it outside the text, and no
 * address printed after any link to it); the page's address and the guide's
 * version are printed under it. A calculator result prints its bar legend in
 * words and in black and white, and fits on one A4 page (page.pdf()).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADMINISTRATOR_URL } from '../../../src/components/shell/administrator.ts';
import { presets } from '../../../src/components/workshop/presets.ts';
import { launch, type Browser } from '../setup/browser.ts';
import { pdfPages } from '../setup/pdf-pages.ts';

const READING = { sv: ['/sv/sa-fungerar-det/', '/sv/ordlista/'], en: ['/en/how-it-works/', '/en/glossary/'] } as const;
const WORKSHOP = { sv: '/sv/workshop/', en: '/en/workshop/' } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

const ADMIN = JSON.stringify(ADMINISTRATOR_URL);

describe.each(['sv', 'en'] as const)('print (%s)', (lang) => {
  test.each(READING[lang])('%s: headings keep with the text, one administrator address, the page address', async (path) => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${browser.baseURL}${path}`);
    await page.emulateMedia({ media: 'print' });

    const breaks = (await page.evaluate(
      `[...document.querySelectorAll('main :is(h1, h2, h3, h4)')].map((h) => h.tagName + ' ' + getComputedStyle(h).breakAfter)`,
    )) as string[];
    expect(breaks.length).toBeGreaterThan(1);
    expect(breaks.filter((b) => !b.endsWith(' avoid'))).toEqual([]);

    // Outside the text (sources, footer): one printed link to the administrator.
    const chromeLinks = await page.evaluate(
      `[...document.querySelectorAll('a[href=' + CSS.escape(${ADMIN}) + ']')].filter((a) => !a.closest('.prose > :not(.page-sources)') && a.getClientRects().length > 0).length`,
    );
    expect(chromeLinks).toBe(1);
    // And its address is not printed again after any link that already names it.
    const addressAfter = await page.evaluate(
      `[...document.querySelectorAll('a[href=' + CSS.escape(${ADMIN}) + ']')].map((a) => getComputedStyle(a, '::after').content).filter((c) => c.includes('utbyten'))`,
    );
    expect(addressAfter).toEqual([]);

    const line = page.locator('[data-print-line]');
    expect(await line.isVisible()).toBe(true);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(await line.textContent()).toContain(canonical);
    expect(await line.textContent()).toMatch(/20\d\d/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the page address is not printed on screen', async () => {
    const { page } = await browser.newPage();
    await page.goto(`${browser.baseURL}${READING[lang][0]}`);
    expect(await page.locator('[data-print-line]').isVisible()).toBe(false);
    await page.close();
  });

  test('a calculator result: the legend in words and black and white, on one A4 page', async () => {
    const preset = presets(lang).find((p) => p.widget === 'co-financing')!;
    const { page, errors } = await browser.newPage();
    await page.goto(`${browser.baseURL}${WORKSHOP[lang]}`);
    const href = await page.locator(`[data-preset="${preset.id}"] a`).getAttribute('href');
    await page.goto(`${browser.baseURL}${href}`);
    await page.locator('[data-widget-wrapper="co-financing"] [data-verdict]').waitFor();
    await page.emulateMedia({ media: 'print' });

    const keys = page.locator('.cf-bar__key');
    expect(await keys.count()).toBe(2);
    for (const key of await keys.all()) {
      expect(await key.isVisible()).toBe(true);
      expect((await key.textContent())?.trim().length).toBeGreaterThan(2);
    }
    // The two keys differ without colour: one solid black, one white, both outlined, printed as they are.
    const swatches = (await page.evaluate(
      `[...document.querySelectorAll('.cf-bar__key')].map((k) => { const s = getComputedStyle(k, '::before'); return [s.backgroundColor, s.borderTopStyle, s.printColorAdjust]; })`,
    )) as string[][];
    expect(swatches).toEqual([
      ['rgb(0, 0, 0)', 'solid', 'exact'],
      ['rgb(255, 255, 255)', 'solid', 'exact'],
    ]);
    expect(await pdfPages(page)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
