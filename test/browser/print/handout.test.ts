/**
 * The handout: printing a page whose widget shows a result gives one A4 sheet
 * with the site name, the page title, the answers, the verdict with its
 * findings and sources, the date and the address, and none of the guidance
 * text, navigation or controls. Every workshop preset in both languages (they
 * are the results a presenter hands out), plus a page without a result, which
 * prints as a normal reading page. Pages are counted in the PDF Chromium
 * writes (`/Type /Page` objects, not the `/Pages` tree).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { presets } from '../../../src/components/workshop/presets.ts';
import { launch, type Browser } from '../setup/browser.ts';
import { pdfPages } from '../setup/pdf-pages.ts';

const WORKSHOP = { sv: '/sv/workshop/', en: '/en/workshop/' } as const;
/** A widget page opened without answers: the co-financing calculator's guidance page. */
const READING = { sv: '/sv/ekonomi-och-schabloner/', en: '/en/economy-and-flat-rates/' } as const;
/** The guidance text around the widget: the article's own paragraphs. */
const GUIDANCE_TEXT = 'main .prose > p';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

/** How many of the matched elements print (take up space in print media). */
const shown = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);

describe.each(['sv', 'en'] as const)('handout (%s)', (lang) => {
  let hrefs: Map<string, string>;
  beforeAll(async () => {
    const { page } = await browser.newPage();
    await page.goto(`${browser.baseURL}${WORKSHOP[lang]}`);
    const pairs = await page
      .locator('[data-preset]')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-preset') ?? '', el.querySelector('a')?.getAttribute('href') ?? '']));
    hrefs = new Map(pairs as [string, string][]);
    await page.close();
  });

  for (const preset of presets(lang)) {
    test(`${preset.id}: one A4 page with answers, verdict, sources, date and address; no guidance text, nav or controls`, async () => {
      const href = hrefs.get(preset.id);
      expect(href).toBeTruthy();
      const { page, errors } = await browser.newPage();
      await page.goto(`${browser.baseURL}${href}`);
      const widget = `[data-widget-wrapper="${preset.widget}"]`;
      await page.locator(`${widget} [data-verdict]`).waitFor();
      await page.emulateMedia({ media: 'print' });

      expect(await page.locator(`${widget} [data-verdict]`).getAttribute('data-verdict')).toBe(preset.expected);
      expect(await page.locator(`${widget} [data-verdict]`).isVisible()).toBe(true);
      expect(await shown(page, `${widget} [data-verdict] [data-rule] .kit-finding__source`)).toBeGreaterThan(0);
      expect(await page.locator(`${widget} [data-print-summary]`).isVisible()).toBe(true);
      expect(await page.locator(`${widget} .kit-print-summary__link`).isVisible()).toBe(true);
      expect(await page.locator('.site-name').isVisible()).toBe(true);
      expect(await page.locator('main h1').isVisible()).toBe(true);

      expect(await page.locator(GUIDANCE_TEXT).count()).toBeGreaterThan(0);
      expect(await shown(page, GUIDANCE_TEXT)).toBe(0);
      expect(await shown(page, '.guide-nav, .site-footer, .page-tools, .pager, .page-sources, .search-form, .lang-switch')).toBe(0);
      expect(await shown(page, 'main button, main input, main select')).toBe(0);

      expect(await pdfPages(page)).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('a widget page without a result prints as a reading page: the guidance text, no handout', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${browser.baseURL}${READING[lang]}`);
    await page.locator('[data-widget-wrapper]').first().scrollIntoViewIfNeeded();
    await page.locator('[data-widget-wrapper] [data-ready]').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-verdict]').count()).toBe(0);
    expect(await shown(page, GUIDANCE_TEXT)).toBe(await page.locator(GUIDANCE_TEXT).count());
    expect(await shown(page, '.guide-nav')).toBe(0);
    expect(await pdfPages(page)).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
