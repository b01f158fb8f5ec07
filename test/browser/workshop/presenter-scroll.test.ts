/**
 * Presenter view on a projector (1920 × 1080): each step to the next example
 * moves the page once (the jump to the widget, at once), not a second time
 * when the verdict appears; after it the example's title (the presenter bar's
 * "Example n of N: …") is in view, and so is the start of the verdict, below
 * the bar. Every example, in Swedish; the first few in English.
 * The calculator's and the partner checker's examples land on their result
 * region (its id), since their verdicts stand below long forms.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { presets } from '../../../src/components/workshop/presets.ts';
import { launch, type Browser } from '../setup/browser.ts';

const WORKSHOP = { sv: '/sv/workshop/', en: '/en/workshop/' } as const;
const PROJECTOR = { width: 1920, height: 1080 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

/**
 * Before any of the page's own scripts: record, at every scroll the page
 * reports, where the jump's target (the address's #fragment) stands on the
 * screen, and every scroll the page's script asks for. The target's place on
 * screen is what a reader sees move; scroll anchoring, which keeps the target
 * in place while the form above it hydrates and grows, changes the scroll
 * position but not the target's place, so it is no move.
 */
const RECORD_SCROLLS = `
  window.__scrolls = [];
  const targetTop = () => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    return target ? Math.round(target.getBoundingClientRect().top) : Math.round(-scrollY);
  };
  addEventListener('scroll', () => window.__scrolls.push(targetTop()), { passive: true });
  for (const [owner, name] of [[Element.prototype, 'scrollIntoView'], [Element.prototype, 'scrollTo'], [Element.prototype, 'scrollBy'], [window, 'scrollTo'], [window, 'scrollBy'], [window, 'scroll']]) {
    const original = owner[name];
    owner[name] = function (...args) { window.__scrolls.push('call:' + name); return original.apply(this, args); };
  }
`;

interface Box {
  top: number;
  bottom: number;
}
const box = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el): Box => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
/** Two animation frames: anything the verdict's arrival set off (an observer, a scroll) has run. */
const settle = (page: Page) => page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');

describe.each([
  ['sv', presets('sv').length],
  ['en', 4],
] as const)('presenter view at 1920 × 1080 (%s)', (lang, steps) => {
  const list = presets(lang).slice(0, steps);
  let page: Page;
  beforeAll(async () => {
    ({ page } = await browser.newPage());
    await page.setViewportSize(PROJECTOR);
    await page.addInitScript(RECORD_SCROLLS);
    await page.goto(`${browser.baseURL}${WORKSHOP[lang]}?present=1`);
    await page.locator('[data-presenter-bar][data-presenter-ready]').waitFor();
  });
  afterAll(async () => page.close());

  for (const [i, preset] of list.entries()) {
    test(`Next to ${i + 1}. ${preset.id}: one scroll, the example's title, heading and verdict in view`, async () => {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.evaluate('new URLSearchParams(location.search).get("w-preset")')).toBe(preset.id);
      await page.locator('[data-presenter-bar][data-presenter-ready]').waitFor();
      const verdict = `[data-widget-wrapper="${preset.widget}"] [data-verdict]`;
      await page.locator(verdict).waitFor();
      await settle(page);

      const scrolls = (await page.evaluate('window.__scrolls')) as (number | string)[];
      // A move is the jump's target changing its place on screen by more than a quarter of the screen
      // (the first is the jump itself, from where the target stood before it).
      const height = PROJECTOR.height;
      let at: number | null = null;
      let moves = 0;
      for (const s of scrolls) {
        if (typeof s !== 'number') continue;
        if (at === null || Math.abs(s - at) > height / 4) moves++;
        at = s;
      }
      const calls = scrolls.filter((s) => typeof s === 'string');
      expect(moves, `moves: ${scrolls.join(', ')}`).toBe(1);
      expect(calls, 'scrolls asked for by script').toEqual([]);
      const title = await box(page, '[data-current-preset]');
      expect(await page.locator('[data-current-preset]').textContent()).toContain(preset.title[lang]);
      expect(title.top, 'title top').toBeGreaterThanOrEqual(0);
      expect(title.bottom, 'title bottom').toBeLessThanOrEqual(height);
      const bar = await box(page, '.page-tools');
      // Where the jump landed (the widget's heading, or the result region) is below the bar, not under it.
      const landed = await box(page, await page.evaluate('location.hash'));
      expect(landed.top, 'jump target below the bar').toBeGreaterThanOrEqual(bar.bottom - 1);
      const result = await box(page, verdict);
      expect(result.top, 'verdict starts below the bar').toBeGreaterThanOrEqual(bar.bottom - 1);
      expect(result.top, 'verdict starts on screen').toBeLessThan(height - 100);
    });
  }
});
