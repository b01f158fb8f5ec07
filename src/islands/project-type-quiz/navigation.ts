/**
 * Where the reader is in the quiz, worked out from the rules module's walk
 * (path, next question, outcome) and from which question the reader has gone
 * back to. No rule here: the order of questions and the outcome come from
 * checkProjectType; this only moves along the path it returns.
 *
 * - Without a revisited question, the quiz shows the next unanswered question
 *   on the path, or the outcome once there is one. So a reload or a shared
 *   link lands on the same step or outcome.
 * - "Back" revisits the question before; "Continue" there moves one step on,
 *   showing the later questions with their kept answers chosen.
 * - "Change" revisits one question from the summary; "Continue" there goes
 *   straight on to the first unanswered question, or back to the outcome.
 */
import type { OutcomeId, QuestionId } from '../../rules/index.ts';
import type { Looked } from './verdict-table.ts';

export type View =
  | { readonly kind: 'question'; readonly question: QuestionId }
  | { readonly kind: 'outcome'; readonly outcome: OutcomeId };

/** A question the reader has gone back to, and how they got there. */
export interface Revisit {
  readonly question: QuestionId;
  /** `change`: from the answers summary, so Continue returns to the end. */
  readonly via: 'back' | 'change';
}

type Walked = Pick<Looked, 'path' | 'nextQuestion' | 'outcome'>;

/** The questions on the path in order, the unanswered next one included. */
export const questionsOnPath = (walk: Walked): QuestionId[] => [
  ...walk.path.map((step) => step.question),
  ...(walk.nextQuestion ? [walk.nextQuestion] : []),
];

export function currentView(walk: Walked, revisit: Revisit | null): View {
  if (revisit && questionsOnPath(walk).includes(revisit.question)) return { kind: 'question', question: revisit.question };
  if (walk.outcome) return { kind: 'outcome', outcome: walk.outcome };
  // Every verdict without an outcome names its next question (the table is built so).
  return { kind: 'question', question: walk.nextQuestion! };
}

/** The question "Back" leads to, or null on the first question. */
export function previousQuestion(walk: Walked, view: View): QuestionId | null {
  const questions = questionsOnPath(walk);
  if (view.kind === 'outcome') return questions.at(-1) ?? null;
  const i = questions.indexOf(view.question);
  return i > 0 ? (questions[i - 1] ?? null) : null;
}

/**
 * After Continue on `answered` (with the new answer already in `walk`): the
 * question to revisit next, or null to show the next unanswered question or
 * the outcome.
 */
export function revisitAfterContinue(walk: Walked, answered: QuestionId, via: Revisit['via'] | null): Revisit | null {
  if (via !== 'back') return null;
  const questions = questionsOnPath(walk);
  const next = questions[questions.indexOf(answered) + 1];
  // The next question is only worth revisiting if it already has an answer to show.
  return next && next !== walk.nextQuestion ? { question: next, via: 'back' } : null;
}

/** The 1-based position of a question on the path (for "Question 2"). */
export const questionNumber = (walk: Walked, question: QuestionId): number => questionsOnPath(walk).indexOf(question) + 1;

/** The answered steps to list under "Your answers": those before the question shown, or all at the outcome. */
export function stepsBefore(walk: Walked, view: View): Walked['path'] {
  if (view.kind === 'outcome') return walk.path;
  const i = walk.path.findIndex((step) => step.question === view.question);
  return i < 0 ? walk.path : walk.path.slice(0, i);
}
