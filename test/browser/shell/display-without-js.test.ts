/**
 * Theme and presenter style on a reading page, which ships no JavaScript: the
 * header menu's radio buttons and checkbox switch them with CSS alone
 * (`:has()`), operated by keyboard; axe stays at 0 in dark and in presenter
 * style (light and dark); "Light" wins over a dark system setting.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Browser } from '../setup/browser.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const READING = { sv: '/sv/ordlista/', en: '/en/glossary/' } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

async function axe(page: Page) {
  const result = await new AxeBuilder({ page: page as never }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
const css = (page: Page, selector: string, property: string) =>
  page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).getPropertyValue(${JSON.stringify(property)})`);

/** Focuses the control by Tab from the menu's summary, then presses Space (as a keyboard user would). */
async function choose(page: Page, selector: string) {
  await page.locator('.site-menu summary').focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(`${selector}, input[name="display-theme"]`)})`)) {
      // Tab lands on the radio group's checked radio; arrows move within it.
      if (selector.startsWith('#display-theme')) {
        for (let j = 0; j < 3 && !(await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)})`)); j++)
          await page.keyboard.press('ArrowDown');
        return;
      }
      if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)})`)) {
        await page.keyboard.press('Space');
        return;
      }
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe.each(['sv', 'en'] as const)('%s reading page', (lang) => {
  test('ships no script; dark and presenter style by keyboard, axe 0 in each', async () => {
    const { page, errors } = await browser.newPage({ colorScheme: 'light' });
    await page.goto(`${browser.baseURL}${READING[lang]}`);
    expect(await page.evaluate('document.scripts.length')).toBe(0);
    expect(await css(page, 'body', 'background-color')).toBe('rgb(255, 255, 255)');

    await page.locator('.site-menu summary').focus();
    await page.keyboard.press('Enter');
    await choose(page, '#display-theme-dark');
    expect(await page.locator('#display-theme-dark').isChecked()).toBe(true);
    expect(await css(page, 'body', 'background-color')).toBe('rgb(18, 20, 23)');
    expect(await axe(page)).toEqual([]);

    await choose(page, '#display-present');
    expect(await page.locator('#display-present').isChecked()).toBe(true);
    expect(await css(page, 'html', 'font-size')).toBe('24px');
    expect(await css(page, 'body', 'background-color')).toBe('rgb(0, 0, 0)');
    expect(await page.locator('.guide-nav').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    // The switch back stays reachable: the header (and its menu) remain.
    expect(await page.locator('#display-present').isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);

    await choose(page, '#display-theme-light');
    expect(await css(page, 'body', 'background-color')).toBe('rgb(255, 255, 255)');
    expect(await css(page, 'body', 'color')).toBe('rgb(0, 0, 0)');
    expect(await axe(page)).toEqual([]);

    await choose(page, '#display-present');
    expect(await css(page, 'html', 'font-size')).toBe('16px');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('"Light" wins over a dark system setting, "As your device" follows it', async () => {
    const { page } = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${browser.baseURL}${READING[lang]}`);
    expect(await css(page, 'body', 'background-color')).toBe('rgb(18, 20, 23)');
    await page.locator('.site-menu summary').click();
    await page.locator('#display-theme-light').check();
    expect(await css(page, 'body', 'background-color')).toBe('rgb(255, 255, 255)');
    expect(await axe(page)).toEqual([]);
    await page.locator('#display-theme-system').check();
    expect(await css(page, 'body', 'background-color')).toBe('rgb(18, 20, 23)');
    await page.close();
  });
});
