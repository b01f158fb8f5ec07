/**
 * One question of the quiz: a form with the question as the fieldset's legend
 * (a heading inside it, as GOV.UK asks one question per page), the answers as
 * radios with their hints, and Continue. Nothing is judged until Continue;
 * with no answer chosen, an error summary takes focus and the fieldset shows
 * the message inline.
 *
 * The radios are named `q-<question>` with the answer ids as values, so a
 * choice made before the script arrived is read on hydration (the kit's
 * typedBeforeHydration, through `formRef`). Until then Continue is disabled
 * (the kit's SubmitButton): pressing Enter cannot reload the page and lose
 * the choice.
 */
import { useState } from 'preact/hooks';
import type { ProjectTypeQuizStrings } from '../../i18n/widgets/project-type-quiz.ts';
import type { QuestionId } from '../../rules/project-type/graph.ts';
import { ErrorSummary } from '../kit/ErrorSummary.tsx';
import { fill } from '../kit/fill.ts';
import { Radios, radioId } from '../kit/Radios.tsx';
import { SubmitButton } from '../kit/SubmitButton.tsx';
import type { QuestionView } from './page-data.ts';

export interface QuestionStepProps {
  readonly t: ProjectTypeQuizStrings;
  readonly id: QuestionId;
  readonly view: QuestionView;
  /** 1-based position on the path. */
  readonly number: number;
  /** The answer chosen now (or kept from before, chosen when the step opens). */
  readonly chosen: string | undefined;
  readonly hydrated: boolean;
  readonly formRef: { current: HTMLFormElement | null };
  readonly onChoose: (answer: string) => void;
  readonly onContinue: (answer: string) => void;
}

export const questionHeadingId = (q: QuestionId): string => `q-${q}-heading`;
const fieldName = (q: QuestionId): string => `q-${q}`;

export function QuestionStep(props: QuestionStepProps) {
  const { t, id, view, chosen } = props;
  const [attempt, setAttempt] = useState(0);
  const missing = attempt > 0 && chosen === undefined;
  const firstAnswer = view.answers[0]?.id ?? '';
  const problems = missing ? [{ fieldId: radioId(fieldName(id), firstAnswer), label: view.text, message: t.chooseAnswer }] : [];

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (chosen === undefined) setAttempt((n) => n + 1);
    else props.onContinue(chosen);
  };

  return (
    <div class="pq-step" data-question={id}>
      <ErrorSummary id="pq-errors" errors={problems} attempt={attempt} />
      {/* autocomplete off: Firefox restores a radio's old state on reload, which the kit's hook would
          take for a choice made before hydration and so drop the address's answers. */}
      <form class="pq-form" method="get" noValidate autoComplete="off" onSubmit={onSubmit} ref={props.formRef}>
        <Radios
          name={fieldName(id)}
          legend={
            <h3 class="pq-question" id={questionHeadingId(id)} tabIndex={-1}>
              <span class="pq-caption">{fill(t.questionNumber, { n: props.number })}</span> {view.text}
            </h3>
          }
          hint={view.hint}
          error={missing ? t.chooseAnswer : undefined}
          options={view.answers.map((a) => ({ value: a.id, label: a.label, ...(a.hint ? { hint: a.hint } : {}) }))}
          value={chosen}
          onChange={props.onChoose}
        />
        <SubmitButton hydrated={props.hydrated}>
          {t.continue}
        </SubmitButton>
      </form>
    </div>
  );
}
