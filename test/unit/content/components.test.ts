/**
 * The content components render their figures from src/rules and mark what the
 * reader must know (secondary grade, Swedish words). Asserts attributes and
 * structure, plus the figures themselves, which are the components' purpose.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, test } from 'vitest';
import CountryList from '../../../src/components/content/CountryList.astro';
import ParamYear from '../../../src/components/content/ParamYear.astro';
import Secondary from '../../../src/components/content/Secondary.astro';
import SourcesReadOn from '../../../src/components/content/SourcesReadOn.astro';
import Term from '../../../src/components/content/Term.astro';
import WorkedExample from '../../../src/components/content/WorkedExample.astro';
import Param from '../../../src/components/Param.astro';
import { formatSek } from '../../../src/i18n/format.ts';
import { current, valueAt } from '../../../src/rules/parameter.ts';
import { parameters, SOURCES_READ_ON } from '../../../src/rules/params/index.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

// Node environment (Astro's compiler needs it); happy-dom only parses the output.
const parser = new new Window().DOMParser();
const doc = (html: string) => parser.parseFromString(`<body>${html}</body>`, 'text/html');
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/gu, ' ').trim();

describe('Param', () => {
  test('renders the current value with its key', async () => {
    const html = await container.renderToString(Param, { props: { name: 'minOwnContributionPercent' } });
    const span = doc(html).querySelector('[data-param="minOwnContributionPercent"]');
    expect(fold(span?.textContent)).toBe(fold(`${current(parameters.minOwnContributionPercent)} %`));
  });

  test('writes a small count as a word only when asked', async () => {
    const digits = await container.renderToString(Param, { props: { name: 'minParticipants' } });
    const words = await container.renderToString(Param, { props: { name: 'minParticipants', words: true } });
    expect(fold(doc(digits).body.textContent)).toBe(String(current(parameters.minParticipants)));
    expect(fold(doc(words).body.textContent)).toMatch(/^\p{L}+$/u);
  });

  test('keeps digits for money even when words are asked', async () => {
    const html = await container.renderToString(Param, { props: { name: 'flatRateRestOfWorld', words: true } });
    expect(fold(doc(html).body.textContent)).toBe(fold(formatSek(current(parameters.flatRateRestOfWorld), 'sv')));
  });
});

describe('CountryList', () => {
  test('lists every member, each once', async () => {
    const html = await container.renderToString(CountryList, { props: { name: 'euCountries' } });
    const codes = [...doc(html).querySelectorAll('li[data-country]')].map((li) => li.getAttribute('data-country'));
    expect([...codes].sort()).toEqual([...current(parameters.euCountries)].sort());
  });

  test('leaves out the members of the excepted lists', async () => {
    const html = await container.renderToString(CountryList, { props: { name: 'oecdCountries', except: ['eeaCountries'] } });
    const codes = new Set([...doc(html).querySelectorAll('li[data-country]')].map((li) => li.getAttribute('data-country')));
    const eea = new Set<string>(current(parameters.eeaCountries));
    const expected = current(parameters.oecdCountries).filter((code) => !eea.has(code));
    expect([...codes].sort()).toEqual([...expected].sort());
    expect(codes.has('SE')).toBe(false);
  });

  test('shows names, not codes', async () => {
    const html = await container.renderToString(CountryList, { props: { name: 'euCountries' } });
    const se = doc(html).querySelector('li[data-country="SE"]');
    expect(fold(se?.textContent)).not.toBe('SE');
  });
});

describe('WorkedExample', () => {
  test('derives the grant, own contribution and total from the parameters', async () => {
    const html = await container.renderToString(WorkedExample, { props: { participants: 10, rate: 'flatRateRestOfWorld' } });
    const page = doc(html);
    const rate = current(parameters.flatRateRestOfWorld);
    const p = current(parameters.minOwnContributionPercent);
    const grant = 10 * rate;
    const own = Math.ceil((grant * p) / (100 - p));
    expect(page.querySelector('table caption')).not.toBeNull();
    expect(fold(page.querySelector('[data-figure="grant"]')?.textContent)).toBe(fold(formatSek(grant, 'sv')));
    expect(fold(page.querySelector('[data-figure="own"]')?.textContent)).toBe(fold(formatSek(own, 'sv')));
    expect(fold(page.querySelector('[data-figure="total"]')?.textContent)).toBe(fold(formatSek(grant + own, 'sv')));
    expect(page.querySelectorAll('tbody th[scope="row"]').length).toBe(3);
  });
});

describe('Secondary', () => {
  test('is a visible note marked secondary around its content', async () => {
    const html = await container.renderToString(Secondary, { slots: { default: '<p id="inner">x</p>' } });
    const note = doc(html).querySelector('[role="note"][data-grade="secondary"]');
    expect(note).not.toBeNull();
    expect(note?.querySelector('#inner')).not.toBeNull();
    expect(fold(note?.querySelector('strong')?.textContent).length).toBeGreaterThan(0);
  });

  test('a brief note keeps the label and says less', async () => {
    const full = doc(await container.renderToString(Secondary)).querySelector('[role="note"] p');
    const brief = doc(await container.renderToString(Secondary, { props: { brief: true } })).querySelector('[role="note"] p');
    expect(brief?.querySelector('strong')?.textContent).toBe(full?.querySelector('strong')?.textContent);
    expect(fold(brief?.textContent).length).toBeLessThan(fold(full?.textContent).length);
  });
});

describe('Term', () => {
  test('marks the Swedish term as Swedish', async () => {
    const html = await container.renderToString(Term, { props: { sv: 'fördjupningsprojekt' }, slots: { default: 'deepening project' } });
    const sv = doc(html).querySelector('[lang="sv"]');
    expect(sv?.textContent).toBe('fördjupningsprojekt');
  });
});

describe('dates', () => {
  test('SourcesReadOn gives the reading day as a machine-readable date', async () => {
    const html = await container.renderToString(SourcesReadOn);
    expect(doc(html).querySelector('time')?.getAttribute('datetime')).toBe(SOURCES_READ_ON);
  });

  test('ParamYear gives the year the current value applies from', async () => {
    const html = await container.renderToString(ParamYear, { props: { name: 'flatRateRestOfWorld' } });
    expect(fold(doc(html).body.textContent)).toBe(valueAt(parameters.flatRateRestOfWorld).validFrom?.slice(0, 4));
  });
});
