/**
 * Every source the rules module carries is said in reader words: seeds by the
 * administrator's page and the day read, facts by where they were read, with a
 * specific origin for each section and grade in use (never the fallback), and
 * "check the current call" exactly for secondary facts. No wording names the
 * internal compilation. Every rule has a name on the rules page in both
 * languages, so no rule key has to stand in for one.
 */
import { describe, expect, test } from 'vitest';
import { kitStrings } from '../../../src/i18n/widgets/kit.ts';
import { en } from '../../../src/i18n/ui/en.ts';
import { FACT_ORIGINS, factOriginKey, readOnWords, sourceWords } from '../../../src/i18n/ui/source-words.ts';
import { sv } from '../../../src/i18n/ui/sv.ts';
import { sourceLabel } from '../../../src/components/widgets/source-label.ts';
import { RULE_KEYS, parameters, rulesCatalogue } from '../../../src/rules/index.ts';
import type { Source } from '../../../src/rules/source.ts';

const allSources: Source[] = [
  ...Object.values(parameters).flatMap((p) => p.values.map((v) => v.source)),
  ...RULE_KEYS.flatMap((key) => rulesCatalogue[key].sources),
];
const facts = allSources.filter((s) => s.kind === 'facts');
const INTERNAL = /FACTS|\.md\b|reconciling|for routing|for the rules module|\bsecondary\b(?! information)|\bderived\b/;

test('the rules module carries sources of both kinds', () => {
  expect(allSources.some((s) => s.kind === 'seed')).toBe(true);
  expect(facts.length).toBeGreaterThan(0);
});

describe.each(['sv', 'en'] as const)('%s', (locale) => {
  test('every fact in use has an origin of its own (not the fallback by grade)', () => {
    const missing = [...new Set(facts.map((f) => factOriginKey(f.section, f.grade)))].filter((k) => !(k in FACT_ORIGINS));
    expect(missing).toEqual([]);
  });

  test('no source is worded with the compilation’s file, headings or grade words', () => {
    for (const source of allSources) {
      const words = sourceWords(source, locale);
      expect(words.text, words.text).not.toMatch(INTERNAL);
      expect(words.text.length).toBeGreaterThan(10);
    }
  });

  test('the administrator’s texts are named with their site and the day they were read', () => {
    for (const source of allSources.filter((s) => s.kind === 'seed')) {
      const words = sourceWords(source, locale);
      expect(words.text).toContain('utbyten.se');
      expect(words.text).toContain(readOnWords(locale));
      expect(words.ours).toBe(false);
    }
  });

  test('"check the current call" goes with every secondary fact and nothing else', () => {
    for (const source of allSources) {
      expect(sourceWords(source, locale).checkCurrentCall).toBe(source.kind === 'facts' && source.grade === 'secondary');
    }
  });

  test('the widgets’ source lines say the same, in the kit strings’ language', () => {
    for (const source of allSources) {
      expect(sourceLabel(source, kitStrings[locale])).toEqual({
        text: sourceWords(source, locale).text,
        checkCurrentCall: sourceWords(source, locale).checkCurrentCall,
      });
    }
  });

  test('every rule has a name for the rules page', () => {
    const titles = (locale === 'sv' ? sv : en).rulesPage.ruleTitles;
    for (const key of RULE_KEYS) expect(titles[key]?.trim().length ?? 0, key).toBeGreaterThan(3);
    expect(Object.keys(titles).sort()).toEqual([...RULE_KEYS].sort());
  });
});
