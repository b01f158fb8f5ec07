/**
 * One page of each kind in every engine: with their
 * widgets scrolled into view and started, no page error, console error or
 * CSP violation, and axe (WCAG 2.2 AA) finds nothing. (Every page in
 * Chromium, light and dark, is the Chromium-only suite's job.)
 */
import { describe, expect, test } from 'vitest';
import { builtPages } from '../../support/built-site.ts';
import { axeViolations } from './axe.ts';
import { ENGINES, expectNoErrors, useEngine } from './harness.ts';
import { widgetReady } from './widget-states.ts';

/**
 * One page of each kind, the languages taking turns (the widget tests cover
 * both languages already): start, guidance with a widget, all widgets
 * together, the workshop, the rules, the 404 page.
 */
const PAGES = [
  '/sv/',
  '/en/economy-and-flat-rates/',
  '/sv/sjalvtest/',
  '/en/workshop/',
  '/sv/regler-och-kallor/',
  '/404.html',
];

test('each page is in the build', () => {
  const built = new Set(builtPages().map((p) => p.url));
  expect(PAGES.filter((path) => !built.has(path))).toEqual([]);
});

describe.each(ENGINES)('%s', (engineName) => {
  const engine = useEngine(engineName);

  test('the driver records a page error and a console error, so "no errors" means something', async () => {
    const page = await engine.page();
    await page.open('/404.html');
    await page.evaluate(`(setTimeout(() => { throw new Error('atlas-probe-uncaught'); }), console.error('atlas-probe-console'), true)`);
    await expect.poll(async () => (await page.errors()).join('\n'), { timeout: 5000 }).toContain('atlas-probe-uncaught');
    const errors = (await page.errors()).join('\n');
    expect(errors).toContain('atlas-probe-console');
    expect(errors).toContain('atlas-probe-uncaught');
  });

  test.each(PAGES)('%s: widgets start, no page error, no axe violation', async (path) => {
    const page = await engine.page();
    await page.open(path);
    // Widgets are islands; the workshop page's preset list also names widgets with data-widget, as plain markup.
    const widgets = await page.evaluate<string[]>(
      `[...new Set([...document.querySelectorAll('astro-island [data-widget]')].map((w) => w.dataset.widget))]`,
    );
    for (const name of widgets) await widgetReady(page, name);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoErrors(page);
  });
});
