/**
 * The quiz's findings are worded once per rule by the page (page-data.ts asks
 * the kit's findingViews at build time, so the browser need not ship every
 * check's messages). That is only right while a project-type finding's words
 * do not depend on its params: this asks findingViews about the browser's
 * own findings on every path through the graph, in both languages, and
 * holds the page's views equal to them.
 */
import { describe, expect, test } from 'vitest';
import { ruleMessages } from '../../../src/i18n/rules/index.ts';
import { findingViews, traceViews } from '../../../src/islands/kit/finding-views.ts';
import { ruleSources } from '../../../src/components/widgets/rule-sources.ts';
import { quizPageData } from '../../../src/components/widgets/project-type-quiz/page-data.ts';
import { ANSWER_IDS, type QuestionId } from '../../../src/rules/project-type/graph.ts';
import { evaluateProjectType } from '../../../src/rules/project-type/evaluate.ts';
import { PROJECT_TYPE_RULES } from '../../../src/rules/project-type/rules.ts';
import type { AnswerMap } from '../../../src/rules/project-type/walk.ts';

/** Every set of answers the quiz can reach, unfinished ones included. */
function everyPath(): AnswerMap[] {
  const found: AnswerMap[] = [];
  const visit = (answers: AnswerMap) => {
    found.push(answers);
    const next = evaluateProjectType(answers).result.nextQuestion as QuestionId | null;
    if (next) for (const a of ANSWER_IDS[next]) visit({ ...answers, [next]: a });
  };
  visit({});
  return found;
}

const linksIn = (locale: 'sv' | 'en') => ({
  guideHrefs: { 'project-type.new-project': '/sv/nytt-projekt-eller-fordjupning/' },
  rulesHref: '/sv/regler-och-kallor/',
  sources: ruleSources(PROJECT_TYPE_RULES, locale),
});

describe.each(['sv', 'en'] as const)('%s', (locale) => {
  const links = linksIn(locale);
  const data = quizPageData(locale, { guides: {}, links, administratorUrl: 'https://www.utbyten.se/' });
  const paths = everyPath();

  test('the walk above is real: outcomes on many paths, and findings with a source', () => {
    expect(paths.filter((a) => evaluateProjectType(a).result.outcome !== null).length).toBeGreaterThan(8);
    expect(Object.values(data.findings).filter((v) => v.source && v.sourceHref).length).toBeGreaterThan(8);
  });

  test.each(paths.map((a) => [JSON.stringify(a), a] as const))('%s: the page’s words are findingViews’ own', (_name, answers) => {
    const { findings } = evaluateProjectType(answers);
    expect(findings.map((f) => ({ ...data.findings[f.rule], severity: f.severity }))).toEqual(findingViews(findings, ruleMessages[locale], links));
  });
});

describe.each(['sv', 'en'] as const)('the trace steps (%s)', (locale) => {
  const links = linksIn(locale);
  const data = quizPageData(locale, { guides: {}, links, administratorUrl: 'https://www.utbyten.se/' });
  // The island looks up its path's steps in the page's table (OutcomePanel); each must be traceViews' own.
  test.each(everyPath().map((a) => [JSON.stringify(a), a] as const))('%s: the page’s steps are traceViews’ own', (_name, answers) => {
    const { trace } = evaluateProjectType(answers);
    expect(trace.map((s) => data.steps[s.test]?.[String(s.values['answer'])])).toEqual(traceViews(trace, ruleMessages[locale], links));
  });
});
