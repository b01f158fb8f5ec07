/**
 * The shape of what the page hands the quiz as props: the questions and
 * answers in one language, the outcome headings, where to read on and each
 * rule's finding in words. The page works it out at build time
 * (src/components/widgets/project-type-quiz/page-data.ts), so the words travel
 * as HTML data rather than in the island's JavaScript; the island only reads it.
 */
import type { ProjectTypeQuizStrings } from '../../i18n/widgets/project-type-quiz.ts';
import type { OutcomeId, QuestionId } from '../../rules/project-type/graph.ts';
import type { ProjectTypeRule } from '../../rules/project-type/rules.ts';
import type { FindingView, TraceView } from '../kit/VerdictPanel.tsx';

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
  /** Set when the outcome lies in another programme: that programme's name. */
  readonly otherProgramme?: string;
  readonly guides: readonly GuideLink[];
}

export interface QuizPageData {
  readonly strings: ProjectTypeQuizStrings;
  readonly questions: Readonly<Record<QuestionId, QuestionView>>;
  readonly outcomes: Readonly<Record<OutcomeId, OutcomeView>>;
  /** Each rule's finding in words (the kit's findingViews), by rule key. */
  readonly findings: Readonly<Record<ProjectTypeRule, FindingView>>;
  /** Each answer's step of the "Why?" trace in words (the kit's traceViews), by test key and answer. */
  readonly steps: Readonly<Partial<Record<string, Readonly<Partial<Record<string, TraceView>>>>>>;
  /** The administrator's site, where an outcome in another programme sends the reader (the shell knows the address). */
  readonly administratorUrl: string;
  /** The rules' version, named in the outcome's "Why?" (from the page's FindingLinks). */
  readonly rulesVersion?: string;
}
