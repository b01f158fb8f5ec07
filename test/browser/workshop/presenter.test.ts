/**
 * Presenter view and the theme toggle in Chromium: presenter view switched by
 * keyboard and by URL (?present=1 / ?present=0) and remembered across pages;
 * Right arrow / Page Down open the next example, never from a form field;
 * the stored theme is on <html> before any content is parsed and toggling it
 * moves nothing; axe finds nothing in presenter view and in the dark theme;
 * the workshop page prints on one page with every preset's address.
 * Screenshots of the workshop page in presenter view, light and dark, both
 * languages, go to screenshots/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { presets } from '../../../src/components/workshop/presets.ts';
import { launch, type Browser } from '../setup/browser.ts';

const WORKSHOP = { sv: '/sv/workshop/', en: '/en/workshop/' } as const;
type Lang = keyof typeof WORKSHOP;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

/** A fresh page with no stored choices (the profile is shared by the whole file). */
async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
  const { page, errors } = await browser.newPage({ colorScheme });
  await page.goto(`${browser.baseURL}/404.html`);
  await page.evaluate('localStorage.clear()');
  await page.goto(`${browser.baseURL}${path}`);
  await page.locator('[data-page-tools-toggles][data-ready]').waitFor();
  return { page, errors };
}

const presenting = (page: Page) => page.evaluate('document.documentElement.hasAttribute("data-present")');
const theme = (page: Page) => page.evaluate('document.documentElement.getAttribute("data-theme")');
const pathAndQuery = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};
const activeIs = (page: Page, selector: string) =>
  page.evaluate(`document.activeElement !== null && document.activeElement.matches(${JSON.stringify(selector)})`);

/** Presses Tab until the element matching `selector` has focus. */
async function tabTo(page: Page, selector: string, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await activeIs(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page: page as never }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(['sv', 'en'] as const)('presenter view (%s)', (lang: Lang) => {
  const list = presets(lang);
  const hrefOf = (page: Page, id: string) => page.locator(`[data-preset="${id}"] a`).getAttribute('href');

  test('switched on by keyboard, Right arrow and Page Down walk the examples, remembered, switched off by keyboard', async () => {
    const { page, errors } = await open(WORKSHOP[lang]);
    expect(await presenting(page)).toBe(false);
    await tabTo(page, '[data-present-toggle]');
    await page.keyboard.press('Enter');
    expect(await presenting(page)).toBe(true);
    expect(await page.locator('[data-present-toggle]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-presenter-bar]').isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.guide-nav').isVisible()).toBe(false);
    // The keys are wired by presenter.ts, which the toggle only starts loading: a key pressed
    // before it has arrived does nothing (data-present is on at once, so it is no sign of that).
    await page.locator('[data-presenter-bar][data-presenter-ready]').waitFor();

    // From the workshop page, Next is the first example.
    const first = await hrefOf(page, list[0]!.id);
    const second = await hrefOf(page, list[1]!.id);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => pathAndQuery(page)).toBe(first!.split('#')[0]);
    await page.locator('[data-presenter-bar][data-presenter-ready]').waitFor();
    expect(await presenting(page)).toBe(true);
    expect(await page.locator('[data-current-preset]').getAttribute('data-current-preset')).toBe(list[0]!.id);

    // Not while a form field has focus: the keys belong to the field. The first example is a quiz
    // outcome, which has no field: its Back link opens the last question (a step of its own in the
    // address), whose radios are the field. Focus waits for the island, or it would land on the
    // server's first question, and the arrow key would choose an answer there before hydration.
    expect(list[0]!.widget).toBe('project-type-quiz');
    const quiz = page.locator('[data-widget="project-type-quiz"]');
    await quiz.scrollIntoViewIfNeeded();
    await page.locator('[data-widget="project-type-quiz"][data-ready] [data-back]').click();
    await quiz.locator('[data-question]').waitFor();
    const atQuestion = pathAndQuery(page);
    expect(atQuestion).not.toBe(first!.split('#')[0]);
    const field = quiz.locator('input[type="radio"]:checked');
    const chosen = await field.getAttribute('value');
    await field.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    // The arrow moved the choice (the field had the key), and the page stayed.
    expect(await quiz.locator('input[type="radio"]:checked').getAttribute('value')).not.toBe(chosen);
    expect(pathAndQuery(page)).toBe(atQuestion);

    await page.locator('[data-presenter="next"]').focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => pathAndQuery(page)).toBe(second!.split('#')[0]);
    await page.locator('[data-presenter-bar][data-presenter-ready]').waitFor();
    expect(await page.locator('[data-current-preset]').getAttribute('data-current-preset')).toBe(list[1]!.id);

    // Page Up goes back.
    await page.locator('[data-presenter="next"]').focus();
    await page.keyboard.press('PageUp');
    await expect.poll(() => pathAndQuery(page)).toBe(first!.split('#')[0]);

    // Off by keyboard; stays off on the next page.
    await page.locator('[data-page-tools-toggles][data-ready]').waitFor();
    await tabTo(page, '[data-present-toggle]');
    await page.keyboard.press('Space');
    expect(await presenting(page)).toBe(false);
    await page.goto(`${browser.baseURL}${WORKSHOP[lang]}`);
    expect(await presenting(page)).toBe(false);
    await page.keyboard.press('ArrowRight');
    expect(pathAndQuery(page)).toBe(WORKSHOP[lang]);
    expect(errors).toEqual([]);
  });

  test('?present=1 switches it on and is remembered; ?present=0 switches it off', async () => {
    const { page } = await open(`${WORKSHOP[lang]}?present=1`);
    expect(await presenting(page)).toBe(true);
    // The choice is stored, so the address drops the key (a later toggle survives a reload).
    await expect.poll(() => new URL(page.url()).searchParams.has('present')).toBe(false);
    const first = await hrefOf(page, list[0]!.id);
    await page.goto(`${browser.baseURL}${first}`);
    expect(await presenting(page)).toBe(true);
    await page.goto(`${browser.baseURL}${WORKSHOP[lang]}?present=0`);
    expect(await presenting(page)).toBe(false);
    await page.goto(`${browser.baseURL}${first}`);
    expect(await presenting(page)).toBe(false);
  });

  test('Reset reopens the example as it was; All examples leads back', async () => {
    const { page } = await open(`${WORKSHOP[lang]}?present=1`);
    const first = list[0]!;
    await page.goto(`${browser.baseURL}${await hrefOf(page, first.id)}`);
    await page.locator('[data-presenter-bar][data-presenter-ready]').waitFor();
    expect(await page.locator('[data-presenter="reset"]').getAttribute('href')).toBe(await page.evaluate('location.pathname + location.search + location.hash'));
    expect(await page.locator('[data-presenter="all"]').getAttribute('href')).toBe(WORKSHOP[lang]);
  });
});

describe('theme', () => {
  test('a stored theme is on <html> before any content is parsed, and the toggle moves nothing', async () => {
    const { page, errors } = await open(WORKSHOP.sv);
    const box = async () => JSON.stringify(await page.locator('main h1').boundingBox());
    const before = await box();
    await page.locator('[data-theme-toggle]').click();
    expect(await theme(page)).toBe('dark');
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
    expect(await box()).toBe(before);

    // Next load: record when data-theme arrives, relative to the page's content.
    await page.addInitScript(`
      window.__themeSeenBeforeMain = null;
      new MutationObserver(() => {
        if (window.__themeSeenBeforeMain === null && document.documentElement.getAttribute('data-theme') === 'dark')
          window.__themeSeenBeforeMain = document.querySelector('main') === null;
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-theme'] });
      window.__shift = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
    `);
    await page.goto(`${browser.baseURL}${WORKSHOP.en}`);
    await page.locator('[data-page-tools-toggles][data-ready]').waitFor();
    expect(await theme(page)).toBe('dark');
    expect(await page.evaluate('window.__themeSeenBeforeMain')).toBe(true);
    expect(await page.evaluate('window.__shift')).toBe(0);
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');

    // Choosing what the system gives anyway forgets the choice: the page follows the system again.
    await page.locator('[data-theme-toggle]').click();
    expect(await theme(page)).toBeNull();
    expect(await page.evaluate('localStorage.getItem("atlasguiden.theme")')).toBeNull();
    expect(errors).toEqual([]);
  });

  test('with the system in dark, the toggle starts pressed and switches to light', async () => {
    const { page } = await open(WORKSHOP.sv, 'dark');
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('[data-theme-toggle]').click();
    expect(await theme(page)).toBe('light');
  });
});

describe.each(['sv', 'en'] as const)('axe and screenshots (%s)', (lang: Lang) => {
  const first = presets(lang)[0]!;
  const cases = [
    { name: 'presenter view, light', scheme: 'light', query: '?present=1' },
    { name: 'presenter view, dark', scheme: 'dark', query: '?present=1' },
    { name: 'dark theme', scheme: 'dark', query: '?present=0' },
  ] as const;
  for (const c of cases) {
    test(`${c.name}: workshop page and an example page have no axe violations`, async () => {
      const { page, errors } = await open(`${WORKSHOP[lang]}${c.query}`, c.scheme);
      expect(await axe(page)).toEqual([]);
      if (c.query === '?present=1') {
        mkdirSync('screenshots', { recursive: true });
        await page.screenshot({ path: `screenshots/workshop-presenter-${c.scheme}-${lang}.png` });
      }
      const href = await page.locator(`[data-preset="${first.id}"] a`).getAttribute('href');
      await page.goto(`${browser.baseURL}${href}`);
      await page.locator(`[data-widget-wrapper="${first.widget}"] [data-verdict]`).waitFor();
      expect(await axe(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

describe.each(['sv', 'en'] as const)('handout (%s)', (lang: Lang) => {
  test('the workshop page prints on one page: every preset with its address, no map, no tools', async () => {
    const { page } = await open(WORKSHOP[lang]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-quiz-map]').isVisible()).toBe(false);
    expect(await page.locator('.page-tools').isVisible()).toBe(false);
    const addresses = await page.locator('.ws-preset__url').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText));
    const listed = await page.locator('[data-preset] a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(addresses.map((a) => new URL(a).pathname + new URL(a).search + new URL(a).hash)).toEqual(listed);
    expect(await page.locator('.ws-preset__url').first().isVisible()).toBe(true);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
  });
});
