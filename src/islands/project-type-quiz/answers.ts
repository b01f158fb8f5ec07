/**
 * The quiz's answers (question id → answer id) and their place in the query
 * string under the prefix `q`: `?q-activity=exchange&q-partner-location=outside-eu-eea`.
 *
 * Every key is read through the kit's readUrlState with a parser that accepts
 * only the answer ids the decision graph offers for that question (as the
 * page data lists them), so an unknown question id is never read and an
 * unknown or hostile answer drops alone. Answers that lie off the current path
 * (after the reader changed an earlier answer) are kept, in memory and in the
 * URL: the verdicts ignore them until a change brings their question back
 * onto the path.
 *
 * A workshop preset is a link with these keys (presetSearch), so it passes
 * through the same checks as any other URL.
 */
import type { ProjectTypeAnswers, QuestionId } from '../../rules/index.ts';
import { oneOf, readUrlState, type FieldParser, type UrlValue } from '../kit/url-state.ts';
import type { QuestionView } from './page-data.ts';

export const URL_PREFIX = 'q';

export type Answers = ProjectTypeAnswers;

export type Questions = Readonly<Record<QuestionId, QuestionView>>;

const questionIds = (questions: Questions) => Object.keys(questions) as QuestionId[];

function parsersFor(questions: Questions): Record<string, FieldParser<string>> {
  return Object.fromEntries(questionIds(questions).map((q) => [q, oneOf(questions[q].answers.map((a) => a.id))]));
}

/** The answers a query string gives, valid ones only. */
export const readAnswers = (questions: Questions, search?: string): Answers =>
  readUrlState(URL_PREFIX, parsersFor(questions), search) as Answers;

/** Every question's URL value; unanswered ones are empty, so writing them removes stale keys. */
export const answersToUrl = (questions: Questions, answers: Answers): Record<string, UrlValue> =>
  Object.fromEntries(questionIds(questions).map((q) => [q, answers[q]]));
