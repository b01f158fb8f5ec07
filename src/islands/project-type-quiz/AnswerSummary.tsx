/**
 * "Your answers": each answered question on the path with its answer and a
 * Change button that goes back to that question (GOV.UK's summary list). A
 * button, not a link: it changes the quiz's state, not the page. The
 * printout lists the answers through the kit's PrintSummary instead.
 */
import type { ProjectTypeQuizStrings } from '../../i18n/widgets/project-type-quiz.ts';
import type { QuestionId, Step } from '../../rules/index.ts';
import { fill } from '../kit/fill.ts';
import type { QuestionView } from './page-data.ts';

export interface AnswerSummaryProps {
  readonly t: ProjectTypeQuizStrings;
  readonly steps: readonly Step[];
  readonly questions: Readonly<Record<QuestionId, QuestionView>>;
  readonly onChange: (question: QuestionId) => void;
}

export const answerLabel = (view: QuestionView, answer: string): string =>
  view.answers.find((a) => a.id === answer)?.label ?? '';

export function AnswerSummary({ t, steps, questions, onChange }: AnswerSummaryProps) {
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
                <button type="button" class="pq-link-button" data-change={step.question} onClick={() => onChange(step.question)}>
                  {t.change}
                  <span class="kit-visually-hidden"> {fill(t.changeWhat, { question: view.text })}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
