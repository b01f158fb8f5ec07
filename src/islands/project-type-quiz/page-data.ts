/**
 * Everything the quiz shows that the page can work out at build time: the
 * questions and answers in one language, the outcome headings, each rule's
 * sentence, reason and source, and the guidance links. The wrapper (.astro)
 * hands this to the island as props, so the words travel as HTML data rather
 * than in the island's JavaScript (both languages and every quote would
 * otherwise be bundled).
 *
 * The project-type rule messages take no figures from a finding's params (they
 * state the rule, not an amount), so they can be worded here once per rule.
 */
import type { Locale } from '../../i18n/locales.ts';
import { ruleSentence, ruleWhy } from '../../i18n/rules/index.ts';
import { terms } from '../../i18n/terms/index.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import { projectTypeQuizStrings, type ProjectTypeQuizStrings } from '../../i18n/widgets/project-type-quiz.ts';
import {
  ANSWER_IDS,
  OUTCOME_IDS,
  PROJECT_TYPE_RULES,
  QUESTION_IDS,
  checkProjectType,
  projectTypeGraph,
  projectTypeRules,
  type OutcomeId,
  type ProjectTypeRule,
  type QuestionId,
  type Step,
} from '../../rules/index.ts';
import { sourceLabel } from '../kit/source-label.ts';
import { GUIDES_BY_OUTCOME, GUIDE_BY_RULE, type GuideKey } from './guide-links.ts';
import { tableKey, type StepVerdict, type VerdictTable } from './verdict-table.ts';

export interface AnswerView {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
}

export interface QuestionView {
  readonly text: string;
  readonly hint?: string;
  readonly answers: readonly AnswerView[];
}

export interface GuideLink {
  readonly href: string;
  readonly title: string;
}

export interface OutcomeView {
  readonly heading: string;
  /** The outcome's short name (the summary, the printout). */
  readonly name: string;
  /** Set when the outcome lies in another programme: that programme's name. */
  readonly otherProgramme?: string;
  readonly guides: readonly GuideLink[];
}

export interface RuleView {
  readonly sentence: string;
  readonly why: string;
  readonly source?: string;
  readonly checkCurrentCall: boolean;
  readonly href?: string;
}

export interface QuizPageData {
  readonly strings: ProjectTypeQuizStrings;
  /** checkProjectType's verdict for every reachable path (see verdict-table.ts). */
  readonly table: VerdictTable;
  readonly questions: Readonly<Record<QuestionId, QuestionView>>;
  readonly outcomes: Readonly<Record<OutcomeId, OutcomeView>>;
  readonly rules: Readonly<Record<ProjectTypeRule, RuleView>>;
}

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
    name: terms[locale].outcomes[o],
    ...(programme === 'atlas-partnerskap' ? {} : { otherProgramme: terms[locale].programmes[programme] }),
    guides: GUIDES_BY_OUTCOME[o].flatMap((key: GuideKey) => guides[key] ?? []),
  };
}

function ruleView(rule: ProjectTypeRule, locale: Locale, guides: GuideUrls): RuleView {
  const labels = projectTypeRules[rule].sources.map((s) => sourceLabel(s, kitStrings[locale]));
  const source = [...new Set(labels.map((l) => l.text))].join('; ');
  const guideKey = GUIDE_BY_RULE[rule];
  const href = guideKey ? guides[guideKey]?.href : undefined;
  const finding = { rule, params: {} };
  return {
    sentence: ruleSentence(finding, locale),
    why: ruleWhy(finding, locale),
    ...(source ? { source } : {}),
    checkCurrentCall: labels.some((l) => l.checkCurrentCall),
    ...(href ? { href } : {}),
  };
}

/**
 * Asks checkProjectType about every path a reader can take: from each
 * verdict's next question, every answer the graph offers, until an outcome.
 */
export function verdictTable(): VerdictTable {
  const table: Record<string, StepVerdict> = {};
  const visit = (path: readonly Step[]) => {
    const answers = Object.fromEntries(path.map((s) => [s.question, s.answer]));
    const verdict = checkProjectType(answers);
    if (verdict.kind === 'invalid') throw new Error(`checkProjectType refused the path ${tableKey(path)}`);
    const { nextQuestion, outcome } = verdict.result;
    if (verdict.result.path.length !== path.length) throw new Error(`checkProjectType left answers of ${tableKey(path)} off the path`);
    table[tableKey(path)] = {
      kind: verdict.kind,
      nextQuestion,
      outcome,
      findings: verdict.findings.map((f) => ({ rule: f.rule, severity: f.severity })),
    };
    if (nextQuestion) for (const answer of ANSWER_IDS[nextQuestion]) visit([...path, { question: nextQuestion, answer }]);
  };
  visit([]);
  return table;
}

export function quizPageData(locale: Locale, guides: GuideUrls = {}): QuizPageData {
  return {
    strings: projectTypeQuizStrings[locale],
    table: verdictTable(),
    questions: record(QUESTION_IDS, (q) => questionView(q, locale)),
    outcomes: record(OUTCOME_IDS, (o) => outcomeView(o, locale, guides)),
    rules: record(PROJECT_TYPE_RULES, (r) => ruleView(r, locale, guides)),
  };
}
