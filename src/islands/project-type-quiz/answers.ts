/**
 * The quiz's answers (question id → answer id) and their place in the query
 * string under the prefix `q`: `?q-activity=exchange&q-partner-location=outside-eu-eea`.
 *
 * Every key is read through the kit's readUrlState with a parser that accepts
 * only the answer ids the rules module's graph offers for that question, so an
 * unknown question id is never read and an unknown or hostile answer drops
 * alone. Answers that lie off the current path (after the reader changed an
 * earlier answer) are kept, in memory and in the URL: the rules module ignores
 * them until a change brings their question back onto the path.
 */
import { ANSWER_IDS, QUESTION_IDS, type ProjectTypeAnswers, type QuestionId } from '../../rules/index.ts';
import { oneOf, readUrlState, type FieldParsers, type UrlValue } from '../kit/url-state.ts';

export const URL_PREFIX = 'q';

export type Answers = ProjectTypeAnswers;

const parsers = Object.fromEntries(QUESTION_IDS.map((q) => [q, oneOf(ANSWER_IDS[q])])) as FieldParsers<Required<Answers>>;

/** The answers a query string gives, valid ones only. */
export const readAnswers = (search?: string): Answers => readUrlState(URL_PREFIX, parsers, search);

/**
 * Answers from anywhere else (a preset, a test), checked the same way as the
 * URL's: anything that is not a known answer to a known question is dropped.
 */
export function validAnswers(input: unknown): Answers {
  if (typeof input !== 'object' || input === null) return {};
  const source = input as Readonly<Record<string, unknown>>;
  const answers: Record<string, string> = {};
  for (const q of QUESTION_IDS) {
    const raw = Object.hasOwn(source, q) ? source[q] : undefined;
    const value = typeof raw === 'string' ? parsers[q](raw) : undefined;
    if (value !== undefined) answers[q] = value;
  }
  return answers as Answers;
}

/** Every question's URL value; unanswered ones are empty, so writing them removes stale keys. */
export const answersToUrl = (answers: Answers): Record<QuestionId, UrlValue> =>
  Object.fromEntries(QUESTION_IDS.map((q) => [q, answers[q]])) as Record<QuestionId, UrlValue>;

/** The answers with `question` set to `answer`, if the graph offers that answer; unchanged otherwise. */
export function withAnswer(answers: Answers, question: QuestionId, answer: string): Answers {
  const value = parsers[question](answer);
  return value === undefined ? answers : { ...answers, [question]: value };
}
