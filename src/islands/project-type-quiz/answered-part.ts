/**
 * What the quiz shows only once the reader has answered something: the
 * outcome (the rules module's check, the kit's verdict panel), "Your
 * answers" and the printout. The island loads it with the first answer (or
 * at once when the address brings answers), so the first question is all a
 * reader downloads before they start; the self-check page carries three
 * widgets' first steps within one budget.
 */
export { AnswerSummary } from './AnswerSummary.tsx';
export { AnswersPrint } from './AnswersPrint.tsx';
export { OutcomePanel } from './OutcomePanel.tsx';
