/**
 * Public pages speak to readers: no page shows, as text a reader sees, the
 * name of an internal file (the facts compilation, a source file), a heading
 * of the facts compilation, a rule key, a parameter key, an id of the quiz's
 * questions or outcomes, or a shell command. Keys may stay in attributes (ids,
 * data-*) and in /rules.json; this test reads the built pages' visible text
 * only: the <title> and the body without scripts, styles and templates, in
 * both languages.
 */
import { describe, expect, test } from 'vitest';
import { OUTCOME_IDS, QUESTION_IDS, RULE_KEYS, parameters, rulesCatalogue } from '../../src/rules/index.ts';
import type { Source } from '../../src/rules/source.ts';
import { builtPages } from '../support/built-site.ts';

function visibleText(doc: Document): string {
  const body = doc.body.cloneNode(true) as HTMLElement;
  for (const el of body.querySelectorAll('script, style, template')) el.remove();
  return `${doc.title}\n${body.textContent ?? ''}`.replace(/\s+/g, ' ');
}

const sources: Source[] = [
  ...Object.values(parameters).flatMap((p) => p.values.map((v) => v.source)),
  ...RULE_KEYS.flatMap((key) => rulesCatalogue[key].sources),
];
const factSections = [...new Set(sources.flatMap((s) => (s.kind === 'facts' ? [s.section] : [])))];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (s: string) => new RegExp(`(?<![\\w-])${escape(s)}(?![\\w-])`);

/** What must not stand in a page's visible text, each with why. */
const FORBIDDEN: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'the facts compilation by its file name', pattern: /FACTS/ },
  { what: 'a Markdown file name', pattern: /\b[\w-]+\.md\b/i },
  { what: 'a source or data file name', pattern: /\b[\w-]+\.(?:ts|tsx|astro|mdx|mjs|json)\b/ },
  { what: 'a shell command', pattern: /\b(?:npm (?:run|start|test|install|ci)|npx|pnpm|yarn (?:add|install)|git (?:clone|pull|checkout))\b/ },
  ...factSections.map((section) => ({ what: `the compilation’s heading “${section}”`, pattern: new RegExp(escape(section)) })),
  ...RULE_KEYS.map((key) => ({ what: `the rule key ${key}`, pattern: word(key) })),
  ...Object.keys(parameters).map((key) => ({ what: `the parameter key ${key}`, pattern: word(key) })),
  ...[...QUESTION_IDS, ...OUTCOME_IDS]
    .filter((id) => id.includes('-'))
    .map((id) => ({ what: `the quiz id ${id}`, pattern: word(id) })),
];

const pages = builtPages();

test('there are pages in both languages, and the list of forbidden words is not empty', () => {
  expect(pages.some((p) => p.url.startsWith('/sv/'))).toBe(true);
  expect(pages.some((p) => p.url.startsWith('/en/'))).toBe(true);
  expect(factSections.length).toBeGreaterThan(0);
  expect(FORBIDDEN.length).toBeGreaterThan(RULE_KEYS.length);
});

test('the check finds internal text where it stands (the test can fail)', () => {
  const sample = 'Ur FACTS.md: partnership.too-few-participants, minParticipants; kör npm start.';
  const hits = FORBIDDEN.filter((f) => f.pattern.test(sample)).map((f) => f.what);
  expect(hits).toEqual(
    expect.arrayContaining([
      'the facts compilation by its file name',
      'a Markdown file name',
      'a shell command',
      'the rule key partnership.too-few-participants',
      'the parameter key minParticipants',
    ]),
  );
  // Reader words are not caught: a parameter key inside a longer word, or the site's own address.
  expect(FORBIDDEN.filter((f) => f.pattern.test('Uppgifter ur annat offentligt material, utbyten.se, europa.eu'))).toEqual([]);
});

describe.each(pages.map((p) => [p.url, p] as const))('%s', (_url, page) => {
  test('shows no internal names, keys or commands', () => {
    const text = visibleText(page.doc);
    const hits = FORBIDDEN.flatMap((f) => {
      const m = f.pattern.exec(text);
      return m ? [`${f.what}: “…${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)}…”`] : [];
    });
    expect(hits).toEqual([]);
  });
});
