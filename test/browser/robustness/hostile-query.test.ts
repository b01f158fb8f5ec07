/**
 * Widget pages opened with hostile query strings (see hostile-inputs.ts): the
 * page still renders (main, h1, every island hydrated), nothing from the
 * address reaches the page as markup, text, a link or a field value, no code
 * runs (`window.__pwned` stays undefined, no prototype is polluted), the
 * scripts on the page are exactly those of a clean load, and nothing is
 * logged as an error or a CSP violation.
 *
 * Widget pages are found in the build (pages with an <astro-island>). Per
 * language, the fewest pages that hold every widget get all 30 cases, each
 * value on every key at once; the other widget pages get a batch of 5 loads
 * in which the 24 values are spread over the keys, plus the 3 sharpest
 * shape cases. One Chromium for the whole file.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { classifyPage } from '../../../scripts/report/page-kinds.ts';
import { builtPages } from '../../support/built-site.ts';
import { launch, type Browser } from '../setup/browser.ts';
import { CSP_RECORDER, cspViolations, settle } from '../security/page-visit.ts';
import { MARKER, SHAPE_CASES, VALUE_PAYLOADS, encodeValue, type ShapeCase } from './hostile-inputs.ts';
import { KNOWN_KEYS, UNKNOWN_KEYS, WIDGET_PREFIXES } from './widget-keys.ts';

/** Longer addresses are set by history.replaceState before any page script runs (servers refuse huge request lines). */
const MAX_NAVIGATED_URL = 6_000;

type Case =
  | { name: string; kind: 'value'; payload: number }
  | { name: string; kind: 'spread'; offset: number }
  | { name: string; kind: 'shape'; shape: ShapeCase };

const FULL_CASES: Case[] = [
  ...VALUE_PAYLOADS.map((p, i): Case => ({ name: `#${String(i + 1).padStart(2, '0')} ${p.name}, on every key`, kind: 'value', payload: i })),
  ...SHAPE_CASES.map((s, i): Case => ({ name: `#${VALUE_PAYLOADS.length + i + 1} ${s.name}`, kind: 'shape', shape: s })),
];
const BATCH_CASES: Case[] = [
  ...[0, 1].map((offset): Case => ({ name: `all ${VALUE_PAYLOADS.length} values spread over the keys (round ${offset + 1})`, kind: 'spread', offset })),
  ...SHAPE_CASES.slice(0, 3).map((s): Case => ({ name: s.name, kind: 'shape', shape: s })),
];

function queryFor(c: Case, keys: readonly string[]): { query: string; hash?: string } {
  const enc = encodeURIComponent;
  if (c.kind === 'value') return { query: keys.map((k) => `${enc(k)}=${encodeValue(VALUE_PAYLOADS[c.payload]!.value)}`).join('&') };
  if (c.kind === 'spread') {
    // Key k gets value (offset·K + k) mod P: every value lands on some key in each round.
    const p = VALUE_PAYLOADS.length;
    return { query: keys.map((k, i) => `${enc(k)}=${encodeValue(VALUE_PAYLOADS[(c.offset * keys.length + i) % p]!.value)}`).join('&') };
  }
  return c.shape.build(keys, WIDGET_PREFIXES);
}

/** Browser-side inspection (a string: it must reach Chromium untransformed). */
const INSPECT = `(() => {
  const M = ${JSON.stringify(MARKER)};
  const out = {
    pwned: typeof window.__pwned !== 'undefined',
    polluted: ({}).polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
    main: document.querySelector('main') !== null,
    h1: document.querySelector('h1') !== null,
    islands: document.querySelectorAll('astro-island').length,
    unhydrated: document.querySelectorAll('astro-island[ssr]').length,
    scripts: [...document.scripts].map((s) => (s.src ? new URL(s.src).pathname : 'inline ' + s.textContent.length)),
    injected: [],
  };
  const label = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
  if (document.querySelector('img[src="x"]')) out.injected.push('img[src=x]');
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && parent.closest('script, style')) continue;
    if (n.data.includes(M)) out.injected.push('text in ' + (parent ? label(parent) : '?') + ': ' + n.data.slice(0, 60));
  }
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.value.includes(M)) out.injected.push('attribute ' + label(el) + '[' + a.name + ']');
      if (/^on/i.test(a.name)) out.injected.push('handler ' + label(el) + '[' + a.name + ']');
      if (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) && /^\\s*(javascript|data|vbscript):/i.test(a.value)) out.injected.push('URL ' + label(el) + '[' + a.name + ']=' + a.value.slice(0, 40));
    }
    if (typeof el.value === 'string' && el.value.includes(M)) out.injected.push('value of ' + label(el));
  }
  for (const island of document.querySelectorAll('astro-island')) {
    const shown = island.textContent.match(/NaN|Infinity|1e\\+?308/);
    if (shown) out.injected.push('raw number in an island: ' + shown[0]);
  }
  return out;
})()`;

interface Inspection {
  pwned: boolean;
  polluted: boolean;
  main: boolean;
  h1: boolean;
  islands: number;
  unhydrated: number;
  scripts: string[];
  injected: string[];
}

/**
 * Addresses longer than a server takes in a request line are handed over in
 * sessionStorage and put in place by history.replaceState before any page
 * script runs: the widgets read location.search either way.
 */
const LONG_TAIL_KEY = 'atlasHostileTail';
const LONG_TAIL_SETTER = `try {
  const tail = sessionStorage.getItem(${JSON.stringify(LONG_TAIL_KEY)});
  if (tail !== null) {
    sessionStorage.removeItem(${JSON.stringify(LONG_TAIL_KEY)});
    history.replaceState(null, '', location.pathname + tail);
  }
} catch {}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await browser.context.addInitScript({ content: CSP_RECORDER });
  await browser.context.addInitScript({ content: LONG_TAIL_SETTER });
});
afterAll(async () => browser?.close());

/** One tab per widget page, reused for its cases (a fresh document each time). */
interface Tab {
  page: Page;
  errors: string[];
}

/** Opens `path` with the query (and fragment), lets it settle, and inspects it. */
async function visit(tab: Tab, path: string, query: string, hash?: string): Promise<{ seen: Inspection; errors: string[]; violations: string[] }> {
  tab.errors.length = 0;
  // Presenter view and theme are remembered per device; each case starts without them.
  if (tab.page.url().startsWith(browser.baseURL)) await tab.page.evaluate('localStorage.clear()');
  const tail = `${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
  if (browser.baseURL.length + path.length + tail.length <= MAX_NAVIGATED_URL) await tab.page.goto(`${browser.baseURL}${path}${tail}`);
  else {
    await tab.page.evaluate(`sessionStorage.setItem(${JSON.stringify(LONG_TAIL_KEY)}, ${JSON.stringify(tail)})`);
    await tab.page.goto(`${browser.baseURL}${path}`);
  }
  await settle(tab.page, { networkIdle: false });
  await nextFrames(tab.page);
  return { seen: (await tab.page.evaluate(INSPECT)) as Inspection, errors: [...tab.errors], violations: await cspViolations(tab.page) };
}

/** Lets effects that follow hydration render (two frames and a moment). */
const nextFrames = (page: Page) => page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))))');

// Widget pages and which of them, per language, get the full set.
const widgetPages = builtPages()
  .map((p) => classifyPage(p.url, p.file, p.doc))
  .filter((p) => p.kind === 'widget');
const fullSet = new Set<string>();
for (const lang of new Set(widgetPages.map((p) => p.lang))) {
  const inLang = widgetPages.filter((p) => p.lang === lang);
  const missing = new Set(inLang.flatMap((p) => p.widgets));
  while (missing.size > 0) {
    const best = [...inLang].sort((a, b) => b.widgets.filter((w) => missing.has(w)).length - a.widgets.filter((w) => missing.has(w)).length)[0]!;
    fullSet.add(best.url);
    for (const w of best.widgets) missing.delete(w);
  }
}

test('there are widget pages in both languages', () => {
  expect(new Set(widgetPages.map((p) => p.lang))).toEqual(new Set(['sv', 'en']));
});

for (const widgetPage of widgetPages) {
  const cases = fullSet.has(widgetPage.url) ? FULL_CASES : BATCH_CASES;
  describe(`${widgetPage.url} (${widgetPage.widgets.join(' + ')})`, () => {
    let tab: Tab;
    let clean: Awaited<ReturnType<typeof visit>>;
    let keys: string[] = [];

    beforeAll(async () => {
      tab = await browser.newPage();
      // A tall window shows every island at once, so those that hydrate on
      // visibility do so without a scroll per island and per case.
      await tab.page.setViewportSize({ width: 1280, height: 12_000 });
      clean = await visit(tab, widgetPage.url, '');
      // The names of the islands' own controls are keys worth attacking too.
      const names = (await tab.page.evaluate('[...document.querySelectorAll("astro-island [name]")].map((e) => e.getAttribute("name"))')) as string[];
      keys = [...new Set([...KNOWN_KEYS, ...UNKNOWN_KEYS, ...names])];
    });
    afterAll(async () => tab?.page.close());

    test('loads clean: rendered, hydrated, no error (the baseline for the cases below)', () => {
      expect(clean.errors).toEqual([]);
      expect(clean.violations).toEqual([]);
      expect(clean.seen.main && clean.seen.h1).toBe(true);
      // Every widget is an island; the page tools are a plain script (ADR 0003), so the workshop page has none.
      expect(clean.seen.islands).toBeGreaterThanOrEqual(widgetPage.widgets.filter((w) => w !== 'PageTools').length);
      expect(clean.seen.unhydrated).toBe(0);
      expect(clean.seen.injected).toEqual([]);
    });

    test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const { query, hash } = queryFor(c, keys);
      const { seen, errors, violations } = await visit(tab, widgetPage.url, query, hash);
      expect(seen.injected).toEqual([]);
      expect(seen.pwned, 'window.__pwned').toBe(false);
      expect(seen.polluted, 'Object.prototype.polluted').toBe(false);
      expect(errors).toEqual([]);
      expect(violations).toEqual([]);
      expect(seen.scripts).toEqual(clean.seen.scripts);
      expect({ main: seen.main, h1: seen.h1, islands: seen.islands, unhydrated: seen.unhydrated }).toEqual({
        main: true,
        h1: true,
        islands: clean.seen.islands,
        unhydrated: 0,
      });
    });
  });
}
