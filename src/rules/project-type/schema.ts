/**
 * Input of the project-type check: the answers given so far, question id →
 * answer id. Every question is optional (an unfinished quiz is not invalid);
 * an answer id the question does not offer is a field error, and so is a
 * question id the graph does not have.
 */
import * as z from 'zod/mini';
import { ANSWER_IDS, type QuestionId } from './graph.ts';

const answer = <Q extends QuestionId>(q: Q) => z.optional(z.enum(ANSWER_IDS[q]));

export const projectTypeAnswersSchema = z.strictObject({
  activity: answer('activity'),
  'placement-location': answer('placement-location'),
  'has-partner': answer('has-partner'),
  'partner-location': answer('partner-location'),
  'granted-before': answer('granted-before'),
  'same-partner': answer('same-partner'),
  'replacing-partner': answer('replacing-partner'),
});

export type ProjectTypeAnswers = z.infer<typeof projectTypeAnswersSchema>;
