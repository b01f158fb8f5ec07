/**
 * Presenter view at 320 CSS px (WCAG reflow): everything is one and a half
 * times larger there, so the pages a presenter shows — the workshop page, the
 * self-check page with every widget's first step, and one example per widget
 * with its answers and verdict — must still fit without sideways scrolling.
 * On failure the message names the elements that stick out.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { presets } from '../../../src/components/workshop/presets.ts';
import { launch, type Browser } from '../setup/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

const WORKSHOP = { sv: '/sv/workshop/', en: '/en/workshop/' } as const;
const SELF_CHECK = { sv: '/sv/sjalvtest/', en: '/en/self-check/' } as const;

/** Elements whose right edge passes the viewport, as `tag.class` (browser-side code as a string: see STACK.md). */
const STICKING_OUT = `(() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > width + 0.5; })
    .slice(0, 8)
    .map((el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : ''));
})()`;

describe.each(['sv', 'en'] as const)('presenter view at 320 CSS px (%s)', (lang) => {
  const firstOfEach = presets(lang).filter((p, i, all) => all.findIndex((q) => q.widget === p.widget) === i);

  test.each([WORKSHOP[lang], SELF_CHECK[lang], ...firstOfEach.map((p) => p.id)])('%s fits without sideways scrolling', async (target) => {
    const { page, errors } = await browser.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${browser.baseURL}${WORKSHOP[lang]}?present=1`);
    const preset = firstOfEach.find((p) => p.id === target);
    if (preset) {
      const href = await page.locator(`[data-preset="${preset.id}"] a`).getAttribute('href');
      await page.goto(`${browser.baseURL}${href}`);
      // Islands hydrate when seen: bring the example's widget itself on screen first. Its
      // wrapper is not enough: at 320 px in presenter type the heading and intro above the
      // widget can fill the first screen, so the wrapper is "in view" while the widget is not.
      await page.locator(`[data-widget-wrapper="${preset.widget}"] [data-widget]`).scrollIntoViewIfNeeded();
      await page.locator(`[data-widget-wrapper="${preset.widget}"] [data-verdict]`).waitFor({ state: 'attached' });
    } else if (target !== WORKSHOP[lang]) {
      await page.goto(`${browser.baseURL}${target}`);
      for (const island of await page.locator('astro-island').all()) {
        await island.scrollIntoViewIfNeeded();
        await island.locator('[data-widget][data-ready]').waitFor({ state: 'attached' });
      }
    }
    expect(await page.evaluate('document.documentElement.hasAttribute("data-present")')).toBe(true);
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow, JSON.stringify(await page.evaluate(STICKING_OUT))).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
