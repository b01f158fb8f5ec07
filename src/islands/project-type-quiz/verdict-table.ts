/**
 * The rules module's verdict for every point of the quiz, worked out at build
 * time and handed to the island as data (page-data.ts builds it by calling
 * checkProjectType once per reachable set of answers). The island then only
 * looks verdicts up; it ships neither the check nor zod, which keeps the page
 * within its JavaScript budget, and it still holds no rule: which question
 * comes next, which outcome is reached and why all come from checkProjectType.
 *
 * A table key is the path so far, `question=answer` pairs joined by `&` in the
 * order asked (`''` before the first answer).
 */
import type { AnswerMap, OutcomeId, ProjectTypeRule, QuestionId, Severity, Step } from '../../rules/index.ts';

/** A finding without params: the project-type findings carry none the words need. */
export interface TableFinding {
  readonly rule: ProjectTypeRule;
  readonly severity: Severity;
}

/** checkProjectType's verdict for one path. */
export interface StepVerdict {
  readonly kind: 'eligible' | 'not-eligible' | 'needs-attention';
  readonly nextQuestion: QuestionId | null;
  readonly outcome: OutcomeId | null;
  readonly findings: readonly TableFinding[];
}

export type VerdictTable = Readonly<Record<string, StepVerdict>>;

export interface Looked extends StepVerdict {
  readonly path: readonly Step[];
}

export const tableKey = (path: readonly Step[]): string => path.map((s) => `${s.question}=${s.answer}`).join('&');

/**
 * Follows the answers through the table from the start: as long as the
 * verdict asks a question the reader has answered, and the table knows that
 * answer, it moves on. Answers off the path are never looked at.
 */
export function lookUp(table: VerdictTable, answers: AnswerMap): Looked {
  const path: Step[] = [];
  let verdict = table[''];
  if (!verdict) throw new Error('The verdict table has no start');
  for (;;) {
    const question = verdict.nextQuestion;
    const answer = question ? answers[question] : undefined;
    if (!question || answer === undefined) return { ...verdict, path };
    const step = { question, answer } as Step;
    const key = tableKey([...path, step]);
    const next = Object.hasOwn(table, key) ? table[key] : undefined;
    if (!next) return { ...verdict, path };
    path.push(step);
    verdict = next;
  }
}
