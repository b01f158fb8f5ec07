/**
 * "Your answers": each answered question on the path with its answer and a
 * Change link to that question (GOV.UK's summary list). A link because it is
 * one: its address is the step it opens (the answers before that question),
 * and following it adds a history entry, so the browser's Back returns here.
 * The printout lists the answers through the kit's PrintSummary instead.
 */
import type { ProjectTypeQuizStrings } from '../../i18n/widgets/project-type-quiz.ts';
import type { QuestionId } from '../../rules/project-type/graph.ts';
import type { Step } from '../../rules/project-type/walk.ts';
import { fill } from '../kit/fill.ts';
import type { QuestionView } from './page-data.ts';

export interface AnswerSummaryProps {
  readonly t: ProjectTypeQuizStrings;
  readonly steps: readonly Step[];
  readonly questions: Readonly<Record<QuestionId, QuestionView>>;
  /** The address of the step that asks `question` again. */
  readonly hrefFor: (question: QuestionId) => string;
  readonly onChange: (question: QuestionId, event: MouseEvent) => void;
}

export const answerLabel = (view: QuestionView, answer: string): string =>
  view.answers.find((a) => a.id === answer)?.label ?? '';

export function AnswerSummary({ t, steps, questions, hrefFor, onChange }: AnswerSummaryProps) {
  if (steps.length === 0) return null;
  return (
    <section class="pq-summary kit-no-print" aria-labelledby="pq-summary-heading">
      <h3 id="pq-summary-heading">{t.answersHeading}</h3>
      <dl class="pq-summary__list">
        {steps.map((step) => {
          const view = questions[step.question];
          return (
            <div class="pq-summary__row" key={step.question} data-answer-row={step.question} data-answer={step.answer}>
              <dt>{view.text}</dt>
              <dd>{answerLabel(view, step.answer)}</dd>
              <dd class="pq-summary__action">
                <a href={hrefFor(step.question)} data-change={step.question} onClick={(event) => onChange(step.question, event)}>
                  {t.change}
                  <span class="kit-visually-hidden"> {fill(t.changeWhat, { question: view.text })}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
