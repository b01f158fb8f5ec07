/**
 * The partner checker in Chromium on the built project-structure pages:
 * completed with the keyboard alone in both languages (including adding a
 * school abroad and choosing its country by typing), a bad participant count,
 * URL restore, a hostile URL, and axe in the initial, error and result states;
 * and where readers stray (stray-paths below): typing before the script
 * arrives, the language switch, a `//sv/…` address, the first Check while the
 * on-use part is still on its way, a failed on-use load, no JavaScript, 320 px.
 * Assertions read data attributes, focus and URLs, never wording.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Page, type Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkPartnership } from '../../../src/rules/index.ts';
import { CHROMIUM_ARGS, launch, type Browser } from '../setup/browser.ts';
import { AXE_TAGS, activeId, focusMovesTo, openWidget } from '../setup/widget-page.ts';

const PAGES = { sv: '/sv/projektets-uppbyggnad/', en: '/en/project-structure/' } as const;
type Lang = keyof typeof PAGES;

const WIDGET = '[data-widget="partner-checker"]';
const WRAPPER = '[data-widget-wrapper="partner-checker"]';

/** What the reader types to pick things, per language: a country name and the start of a level's name. */
const TYPED = {
  sv: { country1: 'Indien', country2: 'Tanzania', upperSecondary: 'Gymnasieskola', compulsory: 'Grundskola' },
  en: { country1: 'India', country2: 'Tanzania', upperSecondary: 'Upper-secondary', compulsory: 'Compulsory' },
} as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

const open = (lang: Lang, search = '') => openWidget(browser, PAGES[lang], WIDGET, search);


const focused = (page: Page, id: string) => focusMovesTo(page, id, 3000);
const verdict = (page: Page) => page.locator(`${WIDGET} [data-verdict]`).getAttribute('data-verdict');
const rules = (page: Page) =>
  page.locator(`${WIDGET} [data-rule]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')).sort());

/** Presses Tab until `id` has focus (the page's header and navigation come first). */
async function tabTo(page: Page, id: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page: page as never }).include(WRAPPER).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The widget shows none of the URL's value, runs none of it, and shows no verdict or error for it. */
async function expectNothingFromUrl(page: Page, value: string) {
  const html = await page.locator(WRAPPER).innerHTML();
  // (A value as short as "-5" could occur in any markup; its absence from the count field is what matters.)
  if (value.length > 4) expect(html.includes(value)).toBe(false);
  expect(html).not.toContain('__pwned');
  expect(html).not.toContain('xxxxxxxxxx');
  expect(await page.evaluate('window.__pwned')).toBeUndefined();
  expect(await page.locator('#pc-participants').inputValue()).toBe('');
  expect(await page.locator(`${WIDGET} [data-verdict]`).count()).toBe(0);
  expect(await page.locator(`${WIDGET} [data-error-summary]`).count()).toBe(0);
}

describe.each(['sv', 'en'] as const)('partner checker (%s)', (lang) => {
  test('completed with the keyboard alone, adding a school abroad and typing its country', async () => {
    const { page, errors } = await open(lang);
    const typed = TYPED[lang];
    expect(await axe(page)).toEqual([]);

    await tabTo(page, 'pc-participants');
    await page.keyboard.type('16');
    await page.keyboard.press('Tab'); // → first exchange-type radio
    expect(await activeId(page)).toBe('pc-type-teachers-only');
    await page.keyboard.press('ArrowDown'); // → teachers and pupils, checked
    expect(await activeId(page)).toBe('pc-type-teachers-and-pupils');
    await page.keyboard.press('Tab'); // → the applicant's level
    expect(await activeId(page)).toBe('pc-se-0-level');
    await page.keyboard.type(typed.upperSecondary);
    await page.keyboard.press('Tab'); // → add a Swedish school
    await page.keyboard.press('Tab'); // → school abroad 1: country
    expect(await activeId(page)).toBe('pc-abroad-1-country');
    await page.keyboard.type(typed.country1);
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('pc-abroad-1-level');
    await page.keyboard.type(typed.upperSecondary);
    await page.keyboard.press('Tab'); // → remove school abroad 1
    await page.keyboard.press('Tab'); // → add a school abroad
    expect(await activeId(page)).toBe('pc-add-abroad');
    await page.keyboard.press('Enter');
    // The new row's first field has focus.
    expect(await focused(page, 'pc-abroad-2-country')).toBe('pc-abroad-2-country');
    await page.keyboard.type(typed.country2);
    await page.keyboard.press('Tab');
    await page.keyboard.type(typed.compulsory);
    await tabTo(page, 'pc-visits-yes', 5);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // → Check
    await page.keyboard.press('Enter');

    await page.locator(`${WIDGET} [data-verdict]`).waitFor();
    // The rules module's own answer for what was entered.
    const expected = checkPartnership({
      participants: 16,
      exchangeType: 'teachers-and-pupils',
      swedishSchools: [{ level: 'upper-secondary' }],
      foreignSchools: [
        { country: 'IN', level: 'upper-secondary' },
        { country: 'TZ', level: 'compulsory' },
      ],
      fundedVisitsToSweden: true,
    });
    expect(expected.kind).toBe('eligible');
    expect(await verdict(page)).toBe('eligible');
    if (expected.kind !== 'invalid') expect(await rules(page)).toEqual(expected.findings.map((f) => f.rule).sort());
    // Each finding's "read more" link leads to a section that exists on the built page (this page states the rules).
    const anchors = await page.locator(`${WIDGET} [data-rule] a[href*="#"]`).evaluateAll((els) =>
      els
        .map((a) => new URL((a as HTMLAnchorElement).href))
        .filter((url) => url.pathname === location.pathname)
        .map((url) => decodeURIComponent(url.hash.slice(1))),
    );
    expect(anchors.length).toBeGreaterThan(0);
    for (const id of anchors) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    // Each finding cites its source, linked to the rule's entry on the rules page.
    const cited = await page.locator(`${WIDGET} [data-rule]`).evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-rule'), e.querySelector('.kit-finding__source a[href*="#rule-"]')?.getAttribute('href') ?? null]),
    );
    for (const [rule, href] of cited) expect(href, rule!).toMatch(new RegExp(`#rule-${rule!.replace(/\./g, '\\.')}$`));
    await expect.poll(() => page.locator(`${WIDGET} [data-live-region]`).textContent()).not.toBe('');
    // The answers are in the URL under the checker's own prefix.
    const url = new URL(page.url());
    expect(url.searchParams.get('p-n')).toBe('16');
    expect(url.searchParams.get('p-a1')).toBe('IN:upper-secondary');
    expect(url.searchParams.get('p-a2')).toBe('TZ:compulsory');
    expect(await axe(page)).toEqual([]);

    mkdirSync('screenshots', { recursive: true });
    await page.locator(WRAPPER).screenshot({ path: `screenshots/partner-checker-${lang}.png` });
    expect(errors).toEqual([]);
  });

  test.each(['tre', '-1'])('a bad participant count (%j) shows the error summary with focus and keeps the rest', async (bad) => {
    const { page, errors } = await open(lang, '?p-type=teachers-only&p-s1=compulsory&p-a1=KE:compulsory&p-visits=no');
    await page.locator('#pc-participants').fill(bad);
    await page.locator(`${WIDGET} [data-submit]`).click();
    const summary = page.locator(`${WIDGET} [data-error-summary]`);
    await summary.waitFor();
    expect(await focused(page, 'pc-errors')).toBe('pc-errors');
    expect(await summary.locator('[data-field]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')))).toEqual([
      'pc-participants',
    ]);
    expect(await page.locator('#pc-participants').getAttribute('aria-invalid')).toBe('true');
    // Nothing else was lost.
    expect(await page.locator('#pc-participants').inputValue()).toBe(bad);
    expect(await page.locator('#pc-type-teachers-only').isChecked()).toBe(true);
    expect(await page.locator('#pc-se-0-level').inputValue()).toBe('compulsory');
    expect(await page.locator('#pc-abroad-1-country').inputValue()).toBe('Kenya');
    expect(await page.locator('#pc-visits-no').isChecked()).toBe(true);
    expect(await page.locator(`${WIDGET} [data-verdict]`).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    // The summary's link takes the reader to the field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused(page, 'pc-participants')).toBe('pc-participants');
    expect(errors).toEqual([]);
  });

  test('a URL with answers restores them and shows the verdict', async () => {
    const { page, errors } = await open(
      lang,
      '?p-n=12&p-type=teachers-and-pupils&p-s1=upper-secondary&p-s2=compulsory&p-s3=compulsory&p-s4=preschool&p-a1=KE:upper-secondary&p-a2=DE:compulsory&p-visits=yes',
    );
    await page.locator(`${WIDGET} [data-verdict]`).waitFor();
    expect(await page.locator('#pc-participants').inputValue()).toBe('12');
    expect(await page.locator(`${WIDGET} [data-row="swedish"]`).count()).toBe(4);
    expect(await page.locator(`${WIDGET} [data-row="foreign"]`).count()).toBe(2);
    expect(await page.locator('#pc-abroad-5-country').inputValue()).toBe(lang === 'sv' ? 'Tyskland' : 'Germany');
    expect(await verdict(page)).toBe('not-eligible');
    const found = await rules(page);
    expect(found).toContain('partnership.too-many-swedish-schools');
    expect(found).toContain('partnership.partner-in-eu-eea');

    // Printed: the answers, the verdict with its findings, sources and the date; no form, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`${WIDGET} [data-print-summary]`).isVisible()).toBe(true);
    expect(await page.locator(`${WIDGET} [data-verdict]`).isVisible()).toBe(true);
    expect(await page.locator(`${WIDGET} .kit-finding__source`).first().isVisible()).toBe(true);
    expect(await page.locator(`${WIDGET} form:visible`).count()).toBe(0);
    expect(await page.locator(`${WRAPPER} button:visible`).count()).toBe(0);
    await page.locator(WRAPPER).screenshot({ path: `screenshots/partner-checker-print-${lang}.png` });
    expect(errors).toEqual([]);
  });

  test.each([
    ['a script tag', '<script>window.__pwned=1</script>'],
    ['an attribute break-out', '"><img src=x onerror="window.__pwned=1">'],
    ['1e308', '1e308'],
    ['a negative count', '-5'],
  ])('a hostile URL (%s) renders nothing from it and logs no error', async (_, value) => {
    const v = encodeURIComponent(value);
    const { page, errors } = await open(lang, `?p-n=${v}&p-type=${v}&p-s1=${v}&p-a1=${v}&p-a2=KE:${v}&p-visits=${v}&p-${v}=${v}`);
    await expectNothingFromUrl(page, value);
    expect(errors).toEqual([]);
  });

  test('a 10 KB value renders nothing from it and logs no error', async () => {
    const long = 'x'.repeat(10_000);
    const { page, errors } = await open(lang, `?p-n=${long}&p-a1=KE:compulsory`);
    await expectNothingFromUrl(page, long);
    expect(errors).toEqual([]);
  });

  test('removing a row moves focus to the previous Remove button and announces it', async () => {
    const { page } = await open(lang, '?p-a1=KE:&p-a2=NO:&p-a3=IN:');
    await page.locator(`${WIDGET} [data-row="foreign"]`).nth(2).waitFor();
    const ids = await page.locator(`${WIDGET} [data-row="foreign"] input[list]`).evaluateAll((els) => els.map((e) => e.id));
    const third = ids[2]!.replace('-country', '-remove');
    const second = ids[1]!.replace('-country', '-remove');
    await page.locator(`#${third}`).focus();
    await page.keyboard.press('Enter');
    expect(await focused(page, second)).toBe(second);
    expect(await page.locator(`${WIDGET} [data-row="foreign"]`).count()).toBe(2);
    // The live region takes the announcement one render after the focus moves: wait for it, not for time.
    await expect.poll(() => page.locator(`${WIDGET} [data-live-region]`).textContent()).not.toBe('');
    // The other rows kept their countries.
    expect(await page.locator(`#${ids[0]}`).inputValue()).toBe('Kenya');
    expect(new URL(page.url()).searchParams.get('p-a3')).toBeNull();
  });
});

/** The island's own module (its component-url) and the part it loads on use (the check and the verdict). */
const ISLAND_MODULE = /\/_astro\/PartnerChecker\.[\w-]+\.js$/;
const ON_USE_PART = /\/_astro\/part\.[\w-]+\.js$/;

/** Complete answers: a partner in Kenya, funded visits (a verdict with findings). */
const COMPLETE = '?p-n=16&p-type=teachers-and-pupils&p-s1=upper-secondary&p-a1=KE:upper-secondary&p-visits=yes';
const COMPLETE_INPUT = {
  participants: 16,
  exchangeType: 'teachers-and-pupils',
  swedishSchools: [{ level: 'upper-secondary' }],
  foreignSchools: [{ country: 'KE', level: 'upper-secondary' }],
  fundedVisitsToSweden: true,
} as const;

/** The rules module's verdict kind and sorted rule keys for an input. */
function expectedFor(input: unknown) {
  const v = checkPartnership(input);
  if (v.kind === 'invalid') throw new Error('invalid example');
  return { kind: v.kind, rules: [...new Set(v.findings.map((f) => f.rule))].sort() };
}

const pKeys = (url: string) =>
  [...new URL(url).searchParams.entries()].filter(([k]) => k.startsWith('p-')).sort(([a], [b]) => a.localeCompare(b));

/** A request held until `release()` (a slow network for one file). */
function hold(page: Page, pattern: RegExp) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const held: Route[] = [];
  const handler = async (route: Route) => {
    held.push(route);
    await gate;
    await route.continue();
  };
  const ready = page.route(pattern, handler);
  return {
    ready,
    /** Resolves once the browser has asked for the file. */
    requested: () => expect.poll(() => held.length, { timeout: 10_000 }).toBeGreaterThan(0),
    release: () => open(),
  };
}

describe.each(['sv', 'en'] as const)('partner checker where readers stray (%s)', (lang) => {
  test('what was typed and chosen before the script arrived is kept, and goes to the URL', async () => {
    const { page, errors } = await browser.newPage();
    const island = hold(page, ISLAND_MODULE);
    await island.ready;
    await page.goto(`${browser.baseURL}${PAGES[lang]}`);
    await page.locator(WIDGET).scrollIntoViewIfNeeded();
    await island.requested();
    // The server-rendered form, before hydration: the reader types and chooses.
    expect(await page.locator(`${WIDGET}[data-ready]`).count()).toBe(0);
    expect(await page.locator(`${WIDGET} [data-submit]`).isDisabled()).toBe(true);
    await page.locator('#pc-participants').fill('16');
    await page.locator('#pc-type-teachers-and-pupils').check();
    await page.locator('#pc-se-0-level').selectOption('upper-secondary');
    await page.locator('#pc-abroad-1-country').fill(TYPED[lang].country1);
    await page.locator('#pc-abroad-1-level').selectOption('compulsory');
    await page.locator('#pc-visits-no').check();
    island.release();
    await page.locator(`${WIDGET}[data-ready]`).waitFor();

    expect(await page.locator('#pc-participants').inputValue()).toBe('16');
    expect(await page.locator('#pc-type-teachers-and-pupils').isChecked()).toBe(true);
    expect(await page.locator('#pc-se-0-level').inputValue()).toBe('upper-secondary');
    expect(await page.locator('#pc-abroad-1-country').inputValue()).toBe(TYPED[lang].country1);
    expect(await page.locator('#pc-abroad-1-level').inputValue()).toBe('compulsory');
    expect(await page.locator('#pc-visits-no').isChecked()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('p-a1')).toBe('IN:compulsory');
    expect(new URL(page.url()).searchParams.get('p-n')).toBe('16');
    expect(new URL(page.url()).searchParams.get('p-visits')).toBe('no');
    // And the check works on what was kept.
    await page.locator(`${WIDGET} [data-submit]`).click();
    await page.locator(`${WIDGET} [data-verdict]`).waitFor();
    const expected = expectedFor({ ...COMPLETE_INPUT, foreignSchools: [{ country: 'IN', level: 'compulsory' }], fundedVisitsToSweden: false });
    expect({ kind: await verdict(page), rules: await rules(page) }).toEqual(expected);
    expect(errors).toEqual([]);
  });

  test('the language switch carries the answers: same p- keys, the fields in the other language, the same verdict', async () => {
    const { page, errors } = await open(lang);
    // Answers given in the form, not brought by the URL.
    await page.locator('#pc-participants').fill('16');
    await page.locator('#pc-type-teachers-and-pupils').check();
    await page.locator('#pc-se-0-level').selectOption('upper-secondary');
    await page.locator('#pc-abroad-1-country').fill(TYPED[lang].country1);
    await page.locator('#pc-abroad-1-level').selectOption('upper-secondary');
    await page.locator('#pc-visits-yes').check();
    await page.locator(`${WIDGET} [data-submit]`).click();
    await page.locator(`${WIDGET} [data-verdict]`).waitFor();
    const before = pKeys(page.url());
    expect(Object.fromEntries(before)).toMatchObject({ 'p-n': '16', 'p-a1': 'IN:upper-secondary', 'p-visits': 'yes' });

    const other: Lang = lang === 'sv' ? 'en' : 'sv';
    await page.locator('a[data-lang-switch]').first().click();
    await page.waitForURL((url) => url.pathname === PAGES[other]);
    expect(pKeys(page.url())).toEqual(before);
    await page.locator(WIDGET).scrollIntoViewIfNeeded();
    await page.locator(`${WIDGET}[data-ready]`).waitFor();
    await page.locator(`${WIDGET} [data-verdict]`).waitFor();
    expect(await page.locator('#pc-participants').inputValue()).toBe('16');
    expect(await page.locator('#pc-abroad-1-country').inputValue()).toBe(TYPED[other].country1);
    expect(await page.locator('#pc-visits-yes').isChecked()).toBe(true);
    const expected = expectedFor({ ...COMPLETE_INPUT, foreignSchools: [{ country: 'IN', level: 'upper-secondary' }] });
    expect({ kind: await verdict(page), rules: await rules(page) }).toEqual(expected);
    expect(pKeys(page.url())).toEqual(before);
    expect(errors).toEqual([]);
  });

  test('an address with a double slash (//sv/…) still saves the answers', async () => {
    const path = `/${PAGES[lang]}`;
    const { page, errors } = await openWidget(browser, path, WIDGET);
    expect(new URL(page.url()).pathname).toBe(path);
    await page.locator('#pc-participants').fill('12');
    await page.locator('#pc-visits-no').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('p-n')).toBe('12');
    expect(new URL(page.url()).searchParams.get('p-visits')).toBe('no');
    expect(new URL(page.url()).pathname).toBe(path);
    expect(new URL(page.url()).origin).toBe(browser.baseURL);
    expect(errors).toEqual([]);
  });

  test('the first Check with a bad entry shows the error summary at once, focused, each entry led by its field’s label', async () => {
    const { page, errors } = await browser.newPage();
    // The on-use part is on a slow network: the summary must not wait for it.
    const part = hold(page, ON_USE_PART);
    await part.ready;
    await page.goto(`${browser.baseURL}${PAGES[lang]}`);
    await page.locator(WIDGET).scrollIntoViewIfNeeded();
    await page.locator(`${WIDGET}[data-ready]`).waitFor();
    await page.locator('#pc-participants').fill('tre');
    await page.locator(`${WIDGET} [data-submit]`).click();
    const summary = page.locator(`${WIDGET} [data-error-summary]`);
    await summary.waitFor({ timeout: 3000 });
    expect(await focused(page, 'pc-errors')).toBe('pc-errors');
    const entry = (fieldId: string) => summary.locator(`[data-field="${fieldId}"]`).textContent();
    const label = (await page.locator('label[for="pc-participants"]').textContent())!.trim();
    expect(label.length).toBeGreaterThan(0);
    expect((await entry('pc-participants'))!.trim().startsWith(label)).toBe(true);
    // A field inside a school's row is named by the row's legend.
    const legend = (await page.locator('#pc-abroad-1-country').locator('xpath=ancestor::fieldset[1]/legend').textContent())!.trim();
    expect((await entry('pc-abroad-1-country'))!.trim().startsWith(legend)).toBe(true);
    expect(await page.locator(`${WIDGET} [data-verdict]`).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    part.release();
    expect(errors).toEqual([]);
  });

  test('a failed on-use load shows the load problem; once the network is back, Try again gives the verdict', async () => {
    const { page, errors } = await browser.newPage();
    await page.route(ON_USE_PART, (route) => route.abort());
    // Every answer but the last comes from the URL; the reader gives the last one and presses Check.
    await page.goto(`${browser.baseURL}${PAGES[lang]}${COMPLETE.replace('&p-visits=yes', '')}`);
    await page.locator(WIDGET).scrollIntoViewIfNeeded();
    await page.locator(`${WIDGET}[data-ready]`).waitFor();
    await page.locator('#pc-visits-yes').check();
    await page.locator(`${WIDGET} [data-submit]`).click();
    await page.locator(`${WIDGET} [data-load-problem]`).waitFor();
    expect(await page.locator(`${WIDGET} [data-verdict]`).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.unroute(ON_USE_PART);
    await page.locator(`${WIDGET} [data-retry]`).click();
    await page.locator(`${WIDGET} [data-verdict]`).waitFor();
    expect({ kind: await verdict(page), rules: await rules(page) }).toEqual(expectedFor(COMPLETE_INPUT));
    expect(await page.locator(`${WIDGET} [data-load-problem]`).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    // Only the aborted requests were logged as errors, nothing else.
    expect(errors.filter((e) => !/Failed to (load|fetch)|ERR_FAILED|dynamically imported module/i.test(e))).toEqual([]);
  });

  test('without JavaScript: the button is disabled and the noscript note points to where the rules are written out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-nojs-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      javaScriptEnabled: false,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${browser.baseURL}${PAGES[lang]}`);
      expect(await page.locator(`${WIDGET} [data-submit]`).isDisabled()).toBe(true);
      const link = page.locator(`${WRAPPER} noscript a[href], ${WRAPPER} .pc-noscript a[href]`);
      expect(await link.count()).toBe(1);
      const href = new URL((await link.getAttribute('href'))!, page.url());
      expect(href.pathname).toBe(PAGES[lang]);
      if (href.hash) expect(await page.locator(`[id="${decodeURIComponent(href.hash.slice(1))}"]`).count()).toBe(1);
      // (No axe here: it runs as a script in the page, which this context does not allow.)
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('320 px wide with a verdict: nothing scrolls sideways', async () => {
    const { page, errors } = await browser.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${browser.baseURL}${PAGES[lang]}${COMPLETE}`);
    await page.locator(WIDGET).scrollIntoViewIfNeeded();
    await page.locator(`${WIDGET} [data-verdict]`).waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.each([
    ['Åland (AX), EU territory', 'AX', 'partnership.partner-in-eu-eea'],
    ['Greenland (GL), a territory of an EU state outside the EU', 'GL', 'partnership.partner-in-territory-of-eu-eea-state'],
  ])('a partner on %s gets the rules module’s verdict and a link to where partner schools can be', async (_, code, rule) => {
    const input = { ...COMPLETE_INPUT, foreignSchools: [{ country: code, level: 'upper-secondary' }], fundedVisitsToSweden: false };
    const expected = expectedFor(input);
    expect(expected.kind).toBe(code === 'AX' ? 'not-eligible' : 'needs-attention');
    expect(expected.rules).toContain(rule);
    const { page, errors } = await open(lang, `?p-n=16&p-type=teachers-and-pupils&p-s1=upper-secondary&p-a1=${code}:upper-secondary&p-visits=no`);
    await page.locator(`${WIDGET} [data-verdict]`).waitFor();
    expect({ kind: await verdict(page), rules: await rules(page) }).toEqual(expected);
    const href = await page.locator(`${WIDGET} [data-rule="${rule}"] a[href*="#"]`).first().getAttribute('href');
    const anchor = decodeURIComponent(new URL(href!, page.url()).hash.slice(1));
    expect(anchor).toBe(lang === 'sv' ? 'var-partnerskolorna-kan-ligga' : 'where-partner-schools-can-be');
    expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
