// @vitest-environment happy-dom
/**
 * The verdict panel's "Why?" renders the verdict's trace and nothing else:
 * one entry per test, in the check's order, each with its test key, its rule
 * (linked to the rule's entry on the rules page) and whether it held as
 * attributes, its values in words, and each seed sentence once. Built from
 * real verdicts of the fixtures through the kit's own traceViews; assertions
 * read keys, flags and links, not wording.
 */
import { cleanup, render as renderAlone } from '@testing-library/preact';
import type { ComponentChildren, VNode } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { kitStrings } from '../../../src/i18n/widgets/kit.ts';
import { KitWords } from '../../../src/islands/kit/kit-words.ts';
import { ruleMessages } from '../../../src/i18n/rules/index.ts';
import { rulesApplied } from '../../../src/islands/kit/finding-views.ts';
import { ruleSources } from '../../../src/components/widgets/rule-sources.ts';
import { VerdictPanel } from '../../../src/islands/kit/VerdictPanel.tsx';
import { FIXTURE_DATE, coFinancingFixtures, partnershipFixtures } from '../../../src/rules/fixtures/index.ts';
import { CO_FINANCING_RULES, PARTNERSHIP_RULES, checkCoFinancing, checkPartnership, type Verdict } from '../../../src/rules/index.ts';

afterEach(cleanup);

/** The panel renders inside a widget, whose root provides the kit's words. */
const render = (ui: VNode) =>
  renderAlone(ui, { wrapper: ({ children }: { children?: ComponentChildren }) => <KitWords.Provider value={kitStrings.sv}>{children}</KitWords.Provider> });

const RULES_HREF = '/sv/regler-och-kallor/';
const cases = [
  ['partnership', 'four-participants', checkPartnership(partnershipFixtures.find((f) => f.id === 'four-participants')!.input, { date: FIXTURE_DATE }), PARTNERSHIP_RULES],
  ['partnership', 'partner-in-germany', checkPartnership(partnershipFixtures.find((f) => f.id === 'partner-in-germany')!.input, { date: FIXTURE_DATE }), PARTNERSHIP_RULES],
  ['co-financing', 'share-49-99-percent', checkCoFinancing(coFinancingFixtures.find((f) => f.id === 'share-49-99-percent')!.input, { date: FIXTURE_DATE }), CO_FINANCING_RULES],
] as const;

describe.each(['sv', 'en'] as const)('%s', (locale) => {
  test.each(cases)('%s %s: every test of the trace, in order, with its flag, rule and source link', (_check, _id, verdict: Verdict<unknown>, rules) => {
    if (verdict.kind === 'invalid') throw new Error('invalid fixture');
    const links = { rulesHref: RULES_HREF, sources: ruleSources(rules, locale), rulesVersion: 'sha256:abc' };
    const { container } = render(
      <VerdictPanel locale={locale} id="v" kind={verdict.kind} findings={[]} applied={rulesApplied(verdict.trace, ruleMessages[locale], links, FIXTURE_DATE)} />,
    );
    const details = container.querySelector('details[data-why]')!;
    expect(details).not.toBeNull();
    const entries = [...details.querySelectorAll('[data-why-test]')];
    expect(entries.map((e) => [e.getAttribute('data-why-test'), e.getAttribute('data-why-rule'), e.getAttribute('data-held')])).toEqual(
      verdict.trace.map((s) => [s.test, s.rule, String(s.held)]),
    );
    for (const entry of entries) {
      // The values in words, and the held state in words beside the mark (never colour alone).
      expect(entry.querySelector('.kit-why__rule')!.textContent!.length).toBeGreaterThan(10);
      expect(entry.querySelector('em')!.textContent!.trim()).not.toBe('');
      expect(entry.querySelector('a')!.getAttribute('href')).toBe(`${RULES_HREF}#rule-${entry.getAttribute('data-why-rule')}`);
    }
    const quotes = [...details.querySelectorAll('blockquote[lang="sv"]')].map((q) => q.textContent);
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(details.querySelector('[data-rules-version]')!.getAttribute('data-as-of')).toBe(FIXTURE_DATE);
  });

  test('held and not held read differently, in words', () => {
    const [, , verdict] = cases[1];
    if (verdict.kind === 'invalid') throw new Error('invalid fixture');
    const { container } = render(
      <VerdictPanel locale={locale} id="v" kind={verdict.kind} findings={[]} applied={rulesApplied(verdict.trace, ruleMessages[locale], {}, FIXTURE_DATE)} />,
    );
    const word = (held: string) => container.querySelector(`[data-held="${held}"] em`)!.textContent;
    expect(word('true')).not.toBe(word('false'));
  });

  test('no trace, no "Why?"', () => {
    const { container } = render(<VerdictPanel locale={locale} id="v" kind="eligible" findings={[]} applied={{ asOf: FIXTURE_DATE, dated: true, trace: [] }} />);
    expect(container.querySelector('[data-why]')).toBeNull();
  });
});
