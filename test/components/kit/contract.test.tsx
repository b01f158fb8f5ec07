// @vitest-environment happy-dom
/**
 * The widget contract's pieces (docs/adr/0006) on their own: history entries,
 * the language switch carrying the answers, a `//` address, what was typed
 * before hydration, a failed on-use load that can be retried, the page's date,
 * and the one finding view.
 */
import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { asOfIn } from '../../../src/islands/kit/as-of.ts';
import { ruleMessages } from '../../../src/i18n/rules/index.ts';
import { findingViews } from '../../../src/islands/kit/finding-views.ts';
import { ruleSources } from '../../../src/components/widgets/rule-sources.ts';
import { typedBeforeHydration } from '../../../src/islands/kit/typed-before-hydration.ts';
import { useOnUse, type OnUse } from '../../../src/islands/kit/use-on-use.ts';
import { clearUrlState, writeUrlState } from '../../../src/islands/kit/url-state.ts';
import { checkPartnership, RULE_KEYS } from '../../../src/rules/index.ts';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

describe('URL writing', () => {
  test('push adds a history entry, replace does not', () => {
    history.replaceState(null, '', '/sv/x/');
    const before = history.length;
    writeUrlState('q', { a: 'yes' }, 'push');
    expect(history.length).toBe(before + 1);
    writeUrlState('q', { b: 'no' });
    expect(history.length).toBe(before + 1);
    expect(location.search).toBe('?q-a=yes&q-b=no');
  });

  test('an address whose path starts with a double slash stays on this origin', () => {
    history.replaceState(null, '', `${location.origin}//sv/x/`);
    expect(() => writeUrlState('c', { rest: 10 })).not.toThrow();
    expect(location.pathname).toBe('//sv/x/');
    expect(location.search).toBe('?c-rest=10');
  });

  test('every write and clear lets the language switch carry the query, to the same other-language page', () => {
    history.replaceState(null, '', '/sv/ekonomi/');
    document.body.innerHTML = '<a data-lang-switch href="/en/economy/">English</a>';
    const link = document.querySelector('a')!;
    writeUrlState('c', { rest: 10 });
    expect(new URL(link.href).pathname).toBe('/en/economy/');
    expect(new URL(link.href).searchParams.get('c-rest')).toBe('10');
    clearUrlState('c');
    expect([...new URL(link.href).searchParams.keys()].filter((key) => key.startsWith('c-'))).toEqual([]);
  });

  test.each([
    ['?asOf=2026-03-01', '2026-03-01'],
    ['?asOf=2026-02-30', null],
    ['?asOf=%3Cscript%3E', null],
    ['', null],
  ])('the day the address asks for (%s) goes along when it is a real date, and nothing else of it', (search, carried) => {
    history.replaceState(null, '', `/sv/ekonomi/${search}`);
    document.body.innerHTML = '<a data-lang-switch href="/en/economy/">English</a>';
    writeUrlState('c', { rest: 10 });
    const target = new URL(document.querySelector('a')!.href);
    expect(target.searchParams.get('asOf')).toBe(carried);
    expect(target.searchParams.get('c-rest')).toBe('10');
  });
});

describe('typedBeforeHydration', () => {
  test('reports only controls that differ from what the server rendered', () => {
    document.body.innerHTML = `<form>
      <input name="c-rest" value=""><input name="c-rate" value="22 000">
      <input type="radio" name="q-a" value="yes"><input type="radio" name="q-a" value="no">
      <input value="unnamed">
    </form>`;
    const form = document.querySelector('form')!;
    expect(typedBeforeHydration(form)).toEqual(new Map());
    form.querySelector<HTMLInputElement>('[name="c-rest"]')!.value = '12';
    form.querySelector<HTMLInputElement>('[value="no"]')!.checked = true;
    expect(typedBeforeHydration(form)).toEqual(new Map([['c-rest', '12'], ['q-a', 'no']]));
  });
});

describe('useOnUse', () => {
  function Harness({ importer, out }: { importer: () => Promise<string>; out: { current?: OnUse<string> } }) {
    out.current = useOnUse(importer);
    return <p data-status={out.current.status}>{out.current.module}</p>;
  }

  test('a failed load is not remembered: the next load asks again and can succeed', async () => {
    let calls = 0;
    const importer = () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('part'));
    const out: { current?: OnUse<string> } = {};
    const { container } = render(<Harness importer={importer} out={out} />);
    await act(async () => {
      expect(await out.current!.load()).toBeNull();
    });
    expect(container.querySelector('p')!.getAttribute('data-status')).toBe('failed');
    await act(async () => {
      expect(await out.current!.load()).toBe('part');
    });
    expect(container.querySelector('p')!.getAttribute('data-status')).toBe('ready');
    expect(calls).toBe(2);
    // Loaded once: later calls do not import again.
    await act(async () => void (await out.current!.load()));
    expect(calls).toBe(2);
  });
});

describe('as-of date', () => {
  test.each([
    ['', '2026-12-03'],
    ['?asOf=2025-01-01', '2025-01-01'],
    ['?asOf=2026-02-30', '2026-12-03'],
    ['?asOf=<script>', '2026-12-03'],
    ['?asOf=20260101', '2026-12-03'],
  ])('%j → %s', (search, expected) => {
    expect(asOfIn(search, '2026-12-03').asOf).toBe(expected);
  });
});

describe('the one finding view', () => {
  const verdict = checkPartnership({
    participants: 2,
    exchangeType: 'teachers-only',
    swedishSchools: [{ level: 'upper-secondary' }],
    foreignSchools: [{ country: 'DE', level: 'upper-secondary' }],
    fundedVisitsToSweden: false,
  });

  test.each(['sv', 'en'] as const)('every finding gets its sentence, its sources and a link to its rule (%s)', (locale) => {
    if (verdict.kind === 'invalid') throw new Error('fixture input is valid');
    const views = findingViews(verdict.findings, ruleMessages[locale], {
      rulesHref: '/rules/',
      sources: ruleSources(RULE_KEYS, locale),
      guideHrefs: { 'partnership.too-few-participants': '/guide/#structure' },
    });
    expect(views.map((v) => v.rule)).toEqual(verdict.findings.map((f) => f.rule));
    for (const view of views) {
      expect(view.sentence).not.toBe(view.rule);
      expect(view.source).toBeTruthy();
      expect(view.sourceHref).toBe(`/rules/#rule-${view.rule}`);
    }
    expect(views.find((v) => v.rule === 'partnership.too-few-participants')?.href).toBe('/guide/#structure');
  });

  test('ruleSources names a source for every rule that has one', () => {
    const sources = ruleSources(RULE_KEYS, 'sv');
    for (const rule of RULE_KEYS.filter((r) => r !== 'project-type.incomplete')) expect(sources[rule]?.text, rule).toBeTruthy();
  });
});

describe('asOfIn: what the address asks for', () => {
  test.each([
    ['', { asOf: '2026-12-03', asked: false, valid: true }],
    ['?asOf=2025-01-01', { asOf: '2025-01-01', asked: true, valid: true }],
    ['?asOf=2026-02-30', { asOf: '2026-12-03', asked: true, valid: false }],
    ['?asOf=%3Cscript%3E', { asOf: '2026-12-03', asked: true, valid: false }],
  ])('%j', (search, expected) => {
    expect(asOfIn(search, '2026-12-03')).toEqual(expected);
  });
});
