/**
 * The printout's answers and outcome heading, through the kit's PrintSummary:
 * each answered question on the path with its answer, the date, and a link
 * that reopens the same answers (built from the validated answers only).
 */
import type { Locale } from '../../i18n/locales.ts';
import type { OutcomeId } from '../../rules/project-type/graph.ts';
import type { Step } from '../../rules/project-type/walk.ts';
import { PrintSummary } from '../kit/PrintSummary.tsx';
import { answerLabel } from './AnswerSummary.tsx';
import type { QuizPageData } from './page-data.ts';

export interface AnswersPrintProps {
  readonly locale: Locale;
  readonly data: QuizPageData;
  readonly path: readonly Step[];
  readonly outcome: OutcomeId | null;
  readonly link: string | undefined;
}

export function AnswersPrint({ locale, data, path, outcome, link }: AnswersPrintProps) {
  const answers = path.map((step) => ({
    label: data.questions[step.question].text,
    value: answerLabel(data.questions[step.question], step.answer),
  }));
  return (
    <PrintSummary locale={locale} answers={answers} verdictHeading={outcome ? data.outcomes[outcome].heading : undefined} link={link} />
  );
}
