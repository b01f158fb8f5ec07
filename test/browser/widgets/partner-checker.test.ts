/**
 * The partner checker in Chromium on the built project-structure pages:
 * completed with the keyboard alone in both languages (including adding a
 * school abroad and choosing its country by typing), a bad participant count,
 * URL restore, a hostile URL, and axe in the initial, error and result states.
 * Assertions read data attributes and focus, never wording.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkPartnership } from '../../../src/rules/index.ts';
import { launch, type Browser } from '../setup/browser.ts';
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
    // Each finding's "read more" link leads to a section that exists on the built page.
    const anchors = await page.locator(`${WIDGET} [data-rule] a[href*="#"]`).evaluateAll((els) =>
      els.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).hash.slice(1))),
    );
    expect(anchors.length).toBeGreaterThan(0);
    for (const id of anchors) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    expect(await page.locator(`${WIDGET} [data-live-region]`).textContent()).not.toBe('');
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
    await page.locator(`${WIDGET} button[type="submit"]`).click();
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
    expect(await page.locator(`${WIDGET} form`).isVisible()).toBe(false);
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
    const ids = await page.locator(`${WIDGET} [data-row="foreign"] .pc-country`).evaluateAll((els) => els.map((e) => e.id));
    const third = ids[2]!.replace('-country', '-remove');
    const second = ids[1]!.replace('-country', '-remove');
    await page.locator(`#${third}`).focus();
    await page.keyboard.press('Enter');
    expect(await focused(page, second)).toBe(second);
    expect(await page.locator(`${WIDGET} [data-row="foreign"]`).count()).toBe(2);
    expect(await page.locator(`${WIDGET} [data-live-region]`).textContent()).not.toBe('');
    // The other rows kept their countries.
    expect(await page.locator(`#${ids[0]}`).inputValue()).toBe('Kenya');
    expect(new URL(page.url()).searchParams.get('p-a3')).toBeNull();
  });
});
