/**
 * The quiz's state and its place in the address, for the kit's
 * useWidgetState (docs/adr/0006), prefix `q`:
 * `?q-activity=exchange&q-has-partner=yes` means "these two answered, the
 * next question is shown".
 *
 * The address holds the answers on the path up to the step shown, so the
 * step is a function of the address: walking the decision graph with them
 * gives the next unanswered question, or the outcome. Each Continue pushes a
 * history entry, so the browser's Back and Forward move between steps, and a
 * reload or a shared link lands on the same step.
 *
 * Every key is read with a parser that accepts only the answer ids the graph
 * offers for that question: unknown questions are never read and a hostile
 * answer drops alone. A workshop preset is a link with these keys
 * (preset.ts), so it passes the same checks.
 */
import { ANSWER_IDS, QUESTION_IDS, isQuestionId, projectTypeGraph, type QuestionId } from '../../rules/project-type/graph.ts';
import type { ProjectTypeAnswers } from '../../rules/project-type/schema.ts';
import { walk, type Step, type Walk } from '../../rules/project-type/walk.ts';
import { hasUrlState, oneOf, readUrlState, type FieldParser } from '../kit/url-state.ts';
import type { WidgetStateSpec } from '../kit/use-widget-state.ts';

export const URL_PREFIX = 'q';

export type Answers = ProjectTypeAnswers;

export interface QuizState {
  /** The answers as the address gave them (answers off the path included, until the next write drops them). */
  readonly answers: Answers;
  /**
   * A choice on a question before Continue, when it matters for where the
   * reader is: one made before the script arrived sets the step back to the
   * question it was made on.
   */
  readonly chosen?: Step;
}

const parsers = Object.fromEntries(QUESTION_IDS.map((q) => [q, oneOf(ANSWER_IDS[q])])) as Record<QuestionId, FieldParser<string>>;

export const answersOf = (steps: readonly Step[]): Answers => Object.fromEntries(steps.map((s) => [s.question, s.answer]));

/** The answers that place the reader: the path as far as the address carries it, stopping before a pending choice's question. */
export function placed(state: QuizState): Answers {
  const path = walk(projectTypeGraph, state.answers).path;
  const stop = state.chosen ? path.findIndex((s) => s.question === state.chosen!.question) : -1;
  return answersOf(stop < 0 ? path : path.slice(0, stop));
}

/** Where the reader is: the path walked so far, and the question to ask or the outcome. */
export const where = (state: QuizState): Walk => walk(projectTypeGraph, placed(state));

/** The path extended as far as answers the reader gave earlier carry it (Continue after "Change"). */
export const carriedOn = (answers: Answers, kept: Answers): Answers => answersOf(walk(projectTypeGraph, { ...kept, ...answers }).path);

export const quizStateSpec: WidgetStateSpec<QuizState> = {
  prefix: URL_PREFIX,
  empty: () => ({ answers: {} }),
  fromUrl: (search) => (hasUrlState(URL_PREFIX, search) ? { answers: readUrlState(URL_PREFIX, parsers, search) as Answers } : null),
  // Only the server-rendered question can have been answered early: its choice is kept, on that question.
  withTyped: (state, typed) => {
    for (const [name, value] of typed) {
      const question = name.slice(URL_PREFIX.length + 1);
      if (!name.startsWith(`${URL_PREFIX}-`) || !isQuestionId(question) || parsers[question](value) === undefined) continue;
      return { answers: state.answers, chosen: { question, answer: value } as Step };
    }
    return null;
  },
  toUrl: (state) => {
    const on = placed(state);
    return Object.fromEntries(QUESTION_IDS.map((q) => [q, on[q]]));
  },
};
