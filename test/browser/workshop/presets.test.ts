/**
 * The workshop's presets in Chromium, both languages: each link on the
 * workshop page opens its widget with the fixture's verdict shown (kind and
 * rule keys from data attributes) and in view; and no request leaves the
 * local server while browsing the workshop pages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { presets } from '../../../src/components/workshop/presets.ts';
import { launch, type Browser } from '../setup/browser.ts';

const WORKSHOP = { sv: '/sv/workshop/', en: '/en/workshop/' } as const;

let browser: Browser;
/** Every URL any page of this file asked for. */
const requested: string[] = [];
beforeAll(async () => {
  browser = await launch();
  browser.context.on('request', (request) => requested.push(request.url()));
});
afterAll(async () => browser.close());

/** Whether part of the element is inside the viewport. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  });

describe.each(['sv', 'en'] as const)('presets (%s)', (lang) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await browser.newPage());
    await page.goto(`${browser.baseURL}${WORKSHOP[lang]}`);
  });
  afterAll(async () => page.close());

  test('the workshop page lists every preset once, each with its expected verdict', async () => {
    const listed = await page.locator('[data-preset]').evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-preset'), el.getAttribute('data-expected-verdict')]),
    );
    expect(listed).toEqual(presets(lang).map((p) => [p.id, p.expected]));
  });

  for (const preset of presets(lang)) {
    test(`${preset.id} opens with the fixture’s verdict (${preset.expected}) in view`, async () => {
      const href = await page.locator(`[data-preset="${preset.id}"] a`).getAttribute('href');
      const { page: widgetPage, errors: widgetErrors } = await browser.newPage();
      await widgetPage.goto(`${browser.baseURL}${href}`);
      const verdict = `[data-widget-wrapper="${preset.widget}"] [data-verdict]`;
      await widgetPage.locator(verdict).waitFor();
      expect(await widgetPage.locator(verdict).getAttribute('data-verdict')).toBe(preset.expected);
      const rules = await widgetPage
        .locator(`${verdict} [data-rule]`)
        .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-rule')))].sort());
      expect(rules).toEqual([...preset.rules].sort());
      await expect.poll(() => inView(widgetPage, verdict), { timeout: 5000 }).toBe(true);
      expect(widgetErrors).toEqual([]);
      await widgetPage.close();
    });
  }

  test('no console errors on the workshop page', () => {
    expect(errors).toEqual([]);
  });
});

test('no request left the local server while browsing the workshop pages', () => {
  expect(requested.length).toBeGreaterThan(30);
  expect(requested.filter((url) => !url.startsWith(`${browser.baseURL}/`))).toEqual([]);
});
