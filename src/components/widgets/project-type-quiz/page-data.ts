/**
 * Everything the quiz shows that the page can work out at build time: the
 * questions and answers in one language, the outcome headings and where to
 * read on (the shape: the island's page-data.ts). The wrapper (.astro) hands
 * this to the island as props, so the words travel as HTML data rather than
 * in the island's JavaScript (both languages would otherwise be bundled).
 *
 * The verdict is worked out in the browser (evaluateProjectType); the words
 * of its findings come from the kit's findingViews, asked here once per rule.
 * Asking it in the browser would ship every check's messages in both
 * languages and the whole rules catalogue (about 9 kB gzip, past the page's
 * budget); the project-type messages take nothing from a finding's params,
 * and a test holds the views built here equal to findingViews over the
 * browser's own findings on every path of the graph.
 */
import type { Locale } from '../../../i18n/locales.ts';
import { terms } from '../../../i18n/terms/index.ts';
import { projectTypeQuizStrings } from '../../../i18n/widgets/project-type-quiz.ts';
import { finding } from '../../../rules/finding.ts';
import { ANSWER_IDS, OUTCOME_IDS, QUESTION_IDS, projectTypeGraph, type OutcomeId, type QuestionId } from '../../../rules/project-type/graph.ts';
import { PROJECT_TYPE_RULES, projectTypeRules, type ProjectTypeRule } from '../../../rules/project-type/rules.ts';
import { answerStep, testOf } from '../../../rules/project-type/trace-tests.ts';
import { ruleMessages } from '../../../i18n/rules/index.ts';
import { findingViews, traceViews, type FindingLinks } from '../../../islands/kit/finding-views.ts';
import type { FindingView, TraceView } from '../../../islands/kit/VerdictPanel.tsx';
import type { GuideLink, OutcomeView, QuestionView, QuizPageData } from '../../../islands/project-type-quiz/page-data.ts';
import { GUIDES_BY_OUTCOME, type GuideKey } from './guide-links.ts';

/** Guidance pages by key, as the page registry gives them: `{ economy: { href, title } }`. */
export type GuideUrls = Readonly<Partial<Record<string, GuideLink>>>;

const record = <K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> =>
  Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;

function questionView(q: QuestionId, locale: Locale): QuestionView {
  const t = projectTypeQuizStrings[locale];
  const words = terms[locale];
  const labels: Readonly<Record<string, string>> = words.answers[q];
  const hints: Readonly<Record<string, string | undefined>> = t.answerHints[q] ?? {};
  const hint = words.questions[q].hint ?? t.questionHints[q];
  return {
    text: words.questions[q].text,
    ...(hint ? { hint } : {}),
    answers: ANSWER_IDS[q].map((id) => {
      const answerHint = hints[id];
      return { id, label: labels[id] ?? id, ...(answerHint ? { hint: answerHint } : {}) };
    }),
  };
}

function outcomeView(o: OutcomeId, locale: Locale, guides: GuideUrls): OutcomeView {
  const programme = projectTypeGraph.outcomes[o].programme;
  return {
    heading: projectTypeQuizStrings[locale].outcomeHeadings[o],
    ...(programme === 'atlas-partnerskap' ? {} : { otherProgramme: terms[locale].programmes[programme] }),
    guides: GUIDES_BY_OUTCOME[o].flatMap((key: GuideKey) => guides[key] ?? []),
  };
}

/** The rule's finding as the kit words it. */
export const ruleFindingView = (rule: ProjectTypeRule, locale: Locale, links: FindingLinks): FindingView =>
  findingViews([finding(projectTypeRules, rule)], ruleMessages[locale], links)[0]!;

/** Every answer's step of the trace in words, by test and answer: the browser looks up the steps of its own path. */
const stepViews = (locale: Locale, links: FindingLinks): Record<string, Record<string, TraceView>> =>
  Object.fromEntries(
    QUESTION_IDS.map((q) => [
      testOf(q),
      Object.fromEntries(projectTypeGraph.questions[q].answers.map((a) => [a.id, traceViews([answerStep(q, a)], ruleMessages[locale], links)[0]!])),
    ]),
  );

export interface QuizPageOptions {
  readonly guides: GuideUrls;
  readonly links: FindingLinks;
  readonly administratorUrl: string;
}

export function quizPageData(locale: Locale, { guides, links, administratorUrl }: QuizPageOptions): QuizPageData {
  return {
    strings: projectTypeQuizStrings[locale],
    questions: record(QUESTION_IDS, (q) => questionView(q, locale)),
    outcomes: record(OUTCOME_IDS, (o) => outcomeView(o, locale, guides)),
    findings: record(PROJECT_TYPE_RULES, (r) => ruleFindingView(r, locale, links)),
    steps: stepViews(locale, links),
    ...(links.rulesVersion ? { rulesVersion: links.rulesVersion } : {}),
    administratorUrl,
  };
}
