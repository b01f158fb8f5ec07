/**
 * What the widget browser tests share: open a widget page and wait until the
 * island is ready, read which element has focus, and wait for focus to move.
 *
 * Focus is polled from Node, not with a string `page.waitForFunction`: that
 * evals the string in the page on every poll, which the site's CSP (no
 * 'unsafe-eval') refuses and logs as a console error.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Browser } from './browser.ts';

/** The axe rule sets every browser test checks against (WCAG 2.2 AA). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens `path + search`, scrolls the widget into view and waits for it to mark itself ready. */
export async function openWidget(browser: Browser, path: string, widget: string, search = '') {
  const { page, errors } = await browser.newPage();
  await page.goto(`${browser.baseURL}${path}${search}`);
  await page.locator(widget).scrollIntoViewIfNeeded();
  await page.locator(`${widget}[data-ready]`).waitFor();
  return { page, errors };
}

export const activeId = (page: Page) =>
  page.evaluate('document.activeElement && document.activeElement.id') as Promise<string | null>;

/** Waits until `id` has focus (focus moves after the render that follows a key press), then says which element has it. */
export async function focusMovesTo(page: Page, id: string, timeout = 5000) {
  await expect.poll(() => activeId(page), { timeout }).toBe(id).catch(() => {});
  return activeId(page);
}
