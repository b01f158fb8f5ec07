/**
 * The parts of the quiz that only matter once the reader has answered
 * something: the outcome, the "your answers" summary and the printout. The
 * island loads them with one dynamic import after the first answer (or at
 * once when the URL brings answers), so the first question is all a reader
 * downloads until they start.
 */
export { AnswerSummary } from './AnswerSummary.tsx';
export { AnswersPrint } from './AnswersPrint.tsx';
export { OutcomePanel } from './OutcomePanel.tsx';
