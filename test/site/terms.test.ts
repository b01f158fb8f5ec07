/**
 * One name and one term per concept. English pages: one English name and one
 * English term per concept (below that, the Swedish pages).
 * The programme keeps its proper name, Atlas partnerskap, explained once as
 * "the Atlas Partnership programme"; each term of art has the one English term
 * the guide chose, and the variants it did not choose do not appear (the
 * glossary may name the other one once, as the word other texts use). Read
 * from the built pages' visible text without Swedish passages (lang="sv").
 */
import { describe, expect, test } from 'vitest';
import { builtPages } from '../support/built-site.ts';

interface Concept {
  /** The Swedish term and the one English term the guide uses for it. */
  readonly sv: string;
  readonly en: string;
  /** Variants the guide does not use. */
  readonly not: RegExp;
}

export const CONCEPTS: readonly Concept[] = [
  { sv: 'Atlas partnerskap', en: 'Atlas partnerskap', not: /Atlas Partnership(?! programme)/ },
  { sv: 'egenfinansiering', en: 'own contribution', not: /\bco-?financ|\bself-financ|\bown (?:financing|funding)\b|\bmatch(?:ed|ing) fund/i },
  { sv: 'schablon', en: 'flat rate', not: /\blump[- ]sums?\b|\bstandard (?:rate|amount)s?\b|\bflat fees?\b|\bfixed rates?\b/i },
  { sv: 'handläggare', en: 'case officer', not: /\bcase ?workers?\b|\bcase handlers?\b|\bprogramme officers?\b|\bhandling officers?\b/i },
  { sv: 'skolenhet', en: 'school unit', not: /\bschool entit(?:y|ies)\b/i },
  { sv: 'fördjupningsprojekt', en: 'deepening project', not: /\b(?:in-depth|follow-up|continuation|deepened|advanced) projects?\b/i },
  { sv: 'partnerskola', en: 'partner school', not: /\bpartner-schools?\b|\btwin schools?\b|\bpartner institutions?\b/i },
  { sv: 'EU/ESS', en: 'EU/EEA', not: /\bEU\/E[ES]S\b|\bEU\/EAA\b|\bEEA\/EU\b/ },
  { sv: 'APL', en: 'work placement', not: /\binternships?\b|\bwork experience placements?\b/i },
  { sv: 'Universitets- och högskolerådet', en: 'the Swedish Council for Higher Education (UHR)', not: /\bSwedish Higher Education Council\b/i },
];

/**
 * Widget strings another part of the site owns that still use a variant (a
 * ratchet: each entry must still occur on at least one of its pages, so it is
 * removed when it is fixed, and nothing may be added). Pages, concept and the
 * words.
 */
const PENDING: readonly { readonly url: RegExp; readonly en: string; readonly words: string }[] = [
  // src/i18n/widgets/partner-checker.ts, the checker's intro
  // (and on the checker's embed page, which shows the same widget, intro included: no new wording)
  { url: /^\/en\/(?:project-structure|self-check|embed\/partnership)\/$/, en: 'Atlas partnerskap', words: 'Atlas partnerskap (Atlas Partnership)' },
];

/** The glossary names the word other texts use for a term once, in the term's own entry. */
const GLOSSARY_ALTERNATE = /Other English texts may call it co-financing; this guide says own contribution\./;

function englishText(doc: Document): string {
  const body = doc.body.cloneNode(true) as HTMLElement;
  for (const el of body.querySelectorAll('script, style, template, [lang="sv"]')) el.remove();
  return `${doc.title}\n${body.textContent ?? ''}`.replace(/\s+/g, ' ');
}

const pages = builtPages().filter((p) => p.url.startsWith('/en/'));

test('there are English pages, and the check can fail', () => {
  expect(pages.length).toBeGreaterThan(10);
  const sample = 'the Atlas Partnership grant, your co-financing, a lump sum, the caseworker, a follow-up project';
  expect(CONCEPTS.filter((c) => c.not.test(sample)).map((c) => c.sv)).toEqual([
    'Atlas partnerskap',
    'egenfinansiering',
    'schablon',
    'handläggare',
    'fördjupningsprojekt',
  ]);
  expect(CONCEPTS.some((c) => c.not.test('the Atlas Partnership programme'))).toBe(false);
});

test('every pending widget string still occurs on one of its pages (else remove it from the list)', () => {
  for (const pending of PENDING) {
    const on = pages.filter((p) => pending.url.test(p.url) && englishText(p.doc).includes(pending.words));
    expect(on.length, pending.words).toBeGreaterThan(0);
  }
});

test('the programme’s name is explained once, on the start page, and stands in the glossary', () => {
  for (const url of ['/en/', '/en/glossary/']) {
    const page = pages.find((p) => p.url === url);
    expect(englishText(page!.doc), url).toContain('Atlas partnerskap (the Atlas Partnership programme)');
  }
});

/** A bracket inside a bracket, or two brackets in a row: “work placement (APL-vistelse) (APL, …)”. */
const DOUBLE_BRACKETS = /\([^()]*\([^()]*\)[^()]*\)|\)\s*\(/;

test('the bracket check can fail', () => {
  expect(DOUBLE_BRACKETS.test('a work placement (APL-vistelse) (APL, workplace-based learning)')).toBe(true);
  expect(DOUBLE_BRACKETS.test('outside the EU/EEA (utanför EU/ESS (the EEA))')).toBe(true);
  expect(DOUBLE_BRACKETS.test('a partner school (partnerskola) abroad (in another country)')).toBe(false);
});

describe.each(pages.map((p) => [p.url, p] as const))('%s', (url, page) => {
  test('has no bracket inside a bracket and no two brackets in a row', () => {
    // With the Swedish terms in: the brackets a Swedish term adds are the ones that nest.
    const body = page.doc.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('script, style, template')) el.remove();
    const text = `${page.doc.title}\n${body.textContent ?? ''}`.replace(/\s+/g, ' ');
    const m = DOUBLE_BRACKETS.exec(text);
    expect(m ? text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20) : null).toBeNull();
  });

  test('uses one English term per concept', () => {
    let text = englishText(page.doc);
    if (url === '/en/glossary/') text = text.replace(GLOSSARY_ALTERNATE, '');
    for (const pending of PENDING.filter((p) => p.url.test(url))) text = text.split(pending.words).join(pending.en);
    const hits = CONCEPTS.flatMap((c) => {
      const m = c.not.exec(text);
      return m ? [`${c.sv}: says “${m[0]}”, the guide says “${c.en}” (…${text.slice(Math.max(0, m.index - 40), m.index + 60)}…)`] : [];
    });
    expect(hits).toEqual([]);
  });
});

/**
 * Swedish pages: the administrator's terms and plain Swedish. The guide's own
 * readings are "tolkning" ("vi tolkar", "vår tolkning"), never the anglicism
 * "guiden läser"; a term of art has one Swedish word (the seeds' own).
 */
const SV_CONCEPTS: readonly { readonly term: string; readonly not: RegExp }[] = [
  { term: 'vår tolkning / vi tolkar', not: /\b(?:guiden|vi) läser\b|\bläser (?:guiden|vi) (?:det|uppgifterna|texterna)\b/i },
  { term: 'handläggare', not: /\bhandledare\b|\bkontaktpersone?n?\b|\bärendehandläggare\b/i },
  { term: 'schablon', not: /\bschablon(?:ersättning|bidrag)\w*|\bklumpsumm\w*|\bengångsbelopp\w*/i },
  { term: 'partnerskola', not: /\bvänskol\w*|\bpartnerskol(?:e)?institution\w*/i },
  { term: 'skolenhet', not: /\bskolentitet\w*/i },
  { term: 'EU/ESS', not: /\bEU\/EES\b|\bEU\/EEA\b/ },
  { term: 'egenfinansiering', not: /\bsamfinansiering\w*|\bmedfinansiering\w*/i },
];

function swedishText(doc: Document): string {
  const body = doc.body.cloneNode(true) as HTMLElement;
  for (const el of body.querySelectorAll('script, style, template, [lang="en"]')) el.remove();
  return `${doc.title}\n${body.textContent ?? ''}`.replace(/\s+/g, ' ');
}

const svPages = builtPages().filter((p) => p.url.startsWith('/sv/'));

test('there are Swedish pages, and the Swedish check can fail', () => {
  expect(svPages.length).toBeGreaterThan(10);
  expect(SV_CONCEPTS.filter((c) => c.not.test('Den här guiden läser uppgifterna tillsammans, EU/EES')).map((c) => c.term)).toEqual([
    'vår tolkning / vi tolkar',
    'EU/ESS',
  ]);
});

describe.each(svPages.map((p) => [p.url, p] as const))('%s', (_url, page) => {
  test('uses the administrator’s terms and the guide’s own word for a reading', () => {
    const text = swedishText(page.doc);
    const hits = SV_CONCEPTS.flatMap((c) => {
      const m = c.not.exec(text);
      return m ? [`${c.term}: says “${m[0]}” (…${text.slice(Math.max(0, m.index - 40), m.index + 60)}…)`] : [];
    });
    expect(hits).toEqual([]);
  });
});
