/**
 * "Varför? / Why?" (issue 14): every widget's result lists each test the
 * rules module made — the verdict's trace, in its order, each entry with its
 * test key, its rule (linked to the rule's entry on the rules page) and
 * whether it held — then the rules' version (/rules.json's rulesVersion) and
 * the day. Per widget an eligible and a not-eligible workshop preset, in both
 * languages: the entries are exactly the rules module's own trace for the
 * preset's answers on the page's day, the compared values stand in them, the
 * same entries come back on a reload of the shared link, and in print they
 * are there, open, with their sources. Assertions read keys, flags, links and
 * the formatted values, never wording.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { presets, type Preset } from '../../../src/components/workshop/presets.ts';
import { formatNumber, formatPercent } from '../../../src/i18n/format.ts';
import { coFinancingFixtures, partnershipFixtures, projectTypeFixtures } from '../../../src/rules/fixtures/index.ts';
import { checkCoFinancing, checkPartnership, checkProjectType, type TraceStep, type Verdict } from '../../../src/rules/index.ts';
import { DIST } from '../../support/dist.ts';
import { launch, type Browser } from '../setup/browser.ts';
import { AXE_TAGS } from '../setup/widget-page.ts';

const PAGES = {
  sv: { 'project-type-quiz': '/sv/nytt-projekt-eller-fordjupning/', 'partner-checker': '/sv/projektets-uppbyggnad/', 'co-financing': '/sv/ekonomi-och-schabloner/' },
  en: { 'project-type-quiz': '/en/new-or-deepening-project/', 'partner-checker': '/en/project-structure/', 'co-financing': '/en/economy-and-flat-rates/' },
} as const;
const RULES_PAGE = { sv: '/sv/regler-och-kallor/', en: '/en/rules-and-sources/' } as const;
const SELF_CHECK = { sv: '/sv/sjalvtest/', en: '/en/self-check/' } as const;
const WIDGETS: readonly Preset['widget'][] = ['project-type-quiz', 'partner-checker', 'co-financing'];
const KINDS = ['eligible', 'not-eligible'] as const;
const RULES_VERSION = (JSON.parse(readFileSync(join(DIST, 'rules.json'), 'utf8')) as { rulesVersion: string }).rulesVersion;

/** The rules module's own trace for a preset's fixture, on the day the page applied. */
function traceOf(preset: Preset, asOf: string): readonly TraceStep[] {
  const at = (list: readonly { id: string; input: unknown }[]) => list.find((f) => f.id === preset.fixtureId)!.input;
  const verdict: Verdict<unknown> =
    preset.widget === 'project-type-quiz'
      ? checkProjectType(at(projectTypeFixtures))
      : preset.widget === 'partner-checker'
        ? checkPartnership(at(partnershipFixtures), { date: asOf })
        : checkCoFinancing(at(coFinancingFixtures), { date: asOf });
  if (verdict.kind === 'invalid') throw new Error(`${preset.id}: invalid on ${asOf}`);
  return verdict.trace;
}

/** Values a step compared that its entry must show, as the site formats them. */
function shownValues(step: TraceStep, lang: 'sv' | 'en'): string[] {
  const v = step.values;
  if (step.test === 'partnership.participants') return [formatNumber(v['participants'] as number, lang), formatNumber(v['min'] as number, lang)];
  if (step.test === 'co-financing.own-share') return [formatPercent((v['ownShareBasisPoints'] as number) / 100, lang, 2), formatPercent(v['minOwnSharePercent'] as number, lang, 0)];
  if (step.relation === 'at-least' || step.relation === 'at-most') return Object.values(v).map((n) => formatNumber(n as number, lang));
  return [];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

describe.each(['sv', 'en'] as const)('the why of every result (%s)', (lang) => {
  const cases = WIDGETS.flatMap((widget) => KINDS.map((kind) => [widget, kind, presets(lang).find((p) => p.widget === widget && p.expected === kind)!] as const));

  test.each(cases)('%s, %s', async (widget, kind, preset) => {
    expect(preset, `a ${kind} ${widget} preset`).toBeDefined();
    const { page, errors } = await browser.newPage();
    const root = `[data-widget="${widget}"]`;
    const entries = `${root} [data-why] [data-why-test]`;
    const open = async () => {
      await page.locator(root).scrollIntoViewIfNeeded();
      await page.locator(`${root} [data-verdict="${kind}"] [data-why] [data-why-test]`).first().waitFor({ state: 'attached' });
      return page.locator(entries).evaluateAll((els) =>
        els.map((e) => ({ test: e.getAttribute('data-why-test'), rule: e.getAttribute('data-why-rule'), held: e.getAttribute('data-held'), text: e.textContent ?? '', href: e.querySelector('a')?.getAttribute('href') ?? null })),
      );
    };
    await page.goto(`${browser.baseURL}${PAGES[lang][widget]}${preset.search}`);
    const shown = await open();

    const version = page.locator(`${root} [data-why] [data-rules-version]`);
    expect(await version.getAttribute('data-rules-version')).toBe(RULES_VERSION);
    const asOf = (await version.getAttribute('data-as-of'))!;
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Exactly the rules module's trace: every test, in order, with its rule and flag.
    const trace = traceOf(preset, asOf);
    expect(shown.map((e) => [e.test, e.rule, e.held])).toEqual(trace.map((s) => [s.test, s.rule, String(s.held)]));
    if (kind === 'eligible') expect(shown.every((e) => e.held === 'true')).toBe(true);
    else expect(shown.some((e) => e.held === 'false')).toBe(true);
    trace.forEach((step, i) => {
      for (const value of shownValues(step, lang)) expect(shown[i]!.text, `${step.test} shows ${value}`).toContain(value);
      // Each test names its source, linked to its rule on the rules page.
      expect(shown[i]!.href, step.test).toMatch(new RegExp(`#rule-${step.rule.replace(/\./g, '\\.')}$`));
    });

    // The shared link reproduces it: the same entries after a reload of the address.
    await page.reload();
    expect(await open()).toEqual(shown);

    // Printed open: every entry and its source link visible without opening the disclosure.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(entries).last().isVisible()).toBe(true);
    expect(await page.locator(`${entries} a`).first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * The panel's other day: the same answers under another day's rules, opened
 * as an address that keeps them. A day within the rules gives that day's
 * check; a day before the calculator's flat rates gives the note that the
 * rules hold nothing for it, not an answer, and Back returns to the page's
 * day; a date left half typed gets its message and goes nowhere.
 */
describe.each(['sv', 'en'] as const)('the same answers on another day (%s)', (lang) => {
  const preset = (widget: Preset['widget']) => presets(lang).find((p) => p.widget === widget && p.expected === 'eligible')!;
  const open = async (widget: Preset['widget']) => {
    const { page, errors } = await browser.newPage();
    const root = `[data-widget="${widget}"]`;
    await page.goto(`${browser.baseURL}${PAGES[lang][widget]}${preset(widget).search}`);
    await page.locator(root).scrollIntoViewIfNeeded();
    await page.locator(`${root} [data-verdict] [data-why] > summary`).click();
    return { page, errors, root, field: page.locator(`${root} [data-why] [data-as-of-control] input[type="date"]`) };
  };
  const answersOf = (href: string) => [...new URL(href).searchParams].filter(([key]) => key !== 'asOf');
  const axe = async (page: Page, root: string) =>
    (await new AxeBuilder({ page: page as never }).include(root).withTags(AXE_TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  /** The new address opens at the widget's result region, so the answer hydrates in view with no scroll of the test's. */
  const landedOnResult = async (page: Page, root: string) =>
    expect(new URL(page.url()).hash).toBe(`#${await page.locator(`${root} [data-result]`).getAttribute('id')}`);

  test('partner checker: a day within the rules gives that day’s check, the answers kept, in the other language too', async () => {
    const { page, errors, root, field } = await open('partner-checker');
    const before = page.url();
    const pageDay = (await page.locator(`${root} [data-why] [data-rules-version]`).getAttribute('data-as-of'))!;
    expect(await field.inputValue()).toBe(pageDay);
    expect(await axe(page, root), 'the open panel with its field').toEqual([]);
    const day = '2026-03-01';
    expect(day < pageDay, 'a day before the page’s').toBe(true);
    await field.fill(day);
    await page.locator(`${root} [data-as-of-control] button[type="submit"]`).click();
    await page.waitForURL((url) => url.searchParams.get('asOf') === day);
    expect(answersOf(page.url())).toEqual(answersOf(before));
    await landedOnResult(page, root);
    const version = page.locator(`${root} [data-verdict] [data-why] [data-rules-version]`);
    await version.waitFor({ state: 'attached' });
    expect(await version.getAttribute('data-as-of')).toBe(day);
    const shown = await page.locator(`${root} [data-why] [data-why-test]`).evaluateAll((els) => els.map((e) => [e.getAttribute('data-why-test'), e.getAttribute('data-held')]));
    expect(shown).toEqual(traceOf(preset('partner-checker'), day).map((s) => [s.test, String(s.held)]));
    // The language switch takes the day along with the answers.
    const other = new URL((await page.locator('a[data-lang-switch]').first().getAttribute('href'))!, page.url());
    expect(other.searchParams.get('asOf')).toBe(day);
    expect(answersOf(other.href)).toEqual(answersOf(before).filter(([key]) => key.startsWith('p-')));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('calculator: a day before its flat rates says the rules hold nothing for it, and Back returns to the page’s day', async () => {
    const { page, errors, root, field } = await open('co-financing');
    const before = page.url();
    const day = '2025-06-01';
    await field.fill(day);
    await field.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('asOf') === day);
    expect(answersOf(page.url())).toEqual(answersOf(before));
    await landedOnResult(page, root);
    await page.locator(`${root} [data-no-rules-on="${day}"]`).waitFor();
    expect(await page.locator(`${root} [data-verdict]`).count()).toBe(0);
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('asOf'));
    await page.locator(`${root} [data-verdict="eligible"]`).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('from the rules page, which runs no script: its date field opens the self-check, whose checks apply that day', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${browser.baseURL}${RULES_PAGE[lang]}`);
    const day = '2026-03-01';
    await page.locator('form[data-as-of-form] input[type="date"]').fill(day);
    await page.locator('form[data-as-of-form] button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === SELF_CHECK[lang] && url.searchParams.get('asOf') === day);
    for (const widget of ['partner-checker', 'co-financing'] as const) {
      const root = `[data-widget="${widget}"]`;
      await page.locator(root).scrollIntoViewIfNeeded();
      await page.locator(`${root}[data-ready] .kit-as-of[data-as-of="${day}"]`).waitFor();
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a date left half typed: a message at the field, and the address stays', async () => {
    const { page, errors, root, field } = await open('partner-checker');
    const before = page.url();
    await field.fill('');
    // One part of the date only (the browser's date field takes it part by part): not a date yet.
    await field.focus();
    await page.keyboard.type('12');
    expect(await field.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(true);
    await page.locator(`${root} [data-as-of-control] button[type="submit"]`).click();
    const id = await field.getAttribute('id');
    await page.locator(`#${id}-error`).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toContain(`${id}-error`);
    expect(page.url()).toBe(before);
    expect(await axe(page, root), 'the field with its message').toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
