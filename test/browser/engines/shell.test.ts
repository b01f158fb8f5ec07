/**
 * The shell in every engine: search from the header field in each language
 * (Pagefind under the site's CSP; results only from that language), the
 * theme toggle (pressed state, remembered across a reload), and presenter
 * view on the workshop page (switched on by keyboard, Right arrow opens the
 * first example with its verdict). States only: URLs, attributes, verdicts.
 */
import { describe, expect, test } from 'vitest';
import { presets } from '../../../src/components/workshop/presets.ts';
import { ui } from '../../../src/i18n/ui/index.ts';
import { builtPages } from '../../support/built-site.ts';
import { ENGINES, expectNoErrors, tabTo, useEngine } from './harness.ts';
import { verdictOf, waitForVerdict, widgetReady } from './widget-states.ts';

const LANGS = ['sv', 'en'] as const;
const WORKSHOP = { sv: '/sv/workshop/', en: '/en/workshop/' } as const;
/** A query each language's index must answer with the economy page (Pagefind stems Swedish). */
const QUERY = { sv: 'egenfinansieringen', en: 'own contribution' } as const;
const TOOLS_READY = { selector: '[data-page-tools-toggles]', attribute: 'data-ready' } as const;
const html = { selector: 'html' } as const;

/** The URL of the guidance page with `key` in `lang`, read from the build. */
function guideUrl(key: string, lang: string): string {
  const page = builtPages().find(
    (p) => p.doc.documentElement.lang === lang && p.doc.querySelector(`article[data-page-key="${key}"]`) !== null,
  );
  if (!page) throw new Error(`No built ${lang} page with key ${key}`);
  return page.url;
}

describe.each(ENGINES)('%s', (engineName) => {
  const engine = useEngine(engineName);

  test.each(LANGS)('search (%s): the header field finds the economy page, and only pages in that language', async (lang) => {
    const page = await engine.page();
    await page.open(`/${lang}/`);
    await tabTo(page, { label: ui(lang).search.label });
    await page.type(QUERY[lang]);
    await page.press('Enter');
    await page.waitFor({ url: (url) => url.searchParams.get('q') === QUERY[lang], what: `?q=${QUERY[lang]}` });
    await page.waitFor({
      expression: `['done', 'failed'].includes(document.querySelector('[data-search-results]')?.dataset.searchState)`,
      what: 'search finished',
    });
    expect(await page.attribute({ selector: '[data-search-results]' }, 'data-search-state')).toBe('done');
    const hrefs = await page.evaluate<string[]>(`[...document.querySelectorAll('[data-search-list] a')].map((a) => a.getAttribute('href'))`);
    expect(hrefs).toContain(guideUrl('economy', lang));
    expect(hrefs.filter((h) => !h.startsWith(`/${lang}/`))).toEqual([]);
    await expectNoErrors(page);
  });

  test('theme toggle: pressing it switches the theme on <html>, and the choice survives a reload', async () => {
    const page = await engine.page();
    await page.open(WORKSHOP.sv);
    await page.waitFor(TOOLS_READY);
    const toggle = { selector: '[data-theme-toggle]' };
    const before = await page.attribute(toggle, 'aria-pressed');
    const after = before === 'true' ? 'false' : 'true';
    await page.focus(toggle);
    await page.press('Enter');
    await page.waitFor({ selector: '[data-theme-toggle]', attribute: 'aria-pressed', value: after });
    // Pressed means dark: the page says so on <html> whether or not the system is dark.
    if (after === 'true') expect(await page.attribute(html, 'data-theme')).toBe('dark');
    else expect(await page.attribute(html, 'data-theme')).not.toBe('dark');

    await page.reload();
    await page.waitFor(TOOLS_READY);
    expect(await page.attribute(toggle, 'aria-pressed')).toBe(after);
    await page.click(toggle);
    await page.waitFor({ selector: '[data-theme-toggle]', attribute: 'aria-pressed', value: before! });
    await expectNoErrors(page);
  });

  test.each(LANGS)('presenter view (%s): on by keyboard; Right arrow opens the first example with its verdict', async (lang) => {
    const page = await engine.page();
    const first = presets(lang)[0]!;
    await page.open(WORKSHOP[lang]);
    await page.waitFor(TOOLS_READY);
    expect(await page.attribute(html, 'data-present')).toBeNull();
    await tabTo(page, { selector: '[data-present-toggle]' });
    await page.press('Enter');
    await page.waitFor({ selector: 'html', attribute: 'data-present' });
    expect(await page.attribute({ selector: '[data-present-toggle]' }, 'aria-pressed')).toBe('true');
    // Presenter view's keys come with its script, which loads when the view is switched on.
    await page.waitFor({ selector: '[data-presenter-ready]' });

    await page.press('ArrowRight');
    await page.waitFor({ url: (url) => url.searchParams.get('w-preset') === first.id, what: `the example ${first.id}` });
    await page.waitFor(TOOLS_READY);
    expect(await page.attribute(html, 'data-present')).not.toBeNull();
    await widgetReady(page, first.widget);
    await waitForVerdict(page, first.widget);
    expect(await verdictOf(page, first.widget)).toBe(first.expected);
    await expectNoErrors(page);
  });
});
