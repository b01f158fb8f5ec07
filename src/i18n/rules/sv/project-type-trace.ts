/**
 * Swedish lines of the quiz's "Why?" trace. A file of its own: the quiz's page
 * words them at build time, and the widgets' on-use rule messages
 * (rule-messages.ts) must not import the full terms, which would pull the
 * terms module into the chunk they share with the partner checker's words.
 */
import { QUESTION_IDS, type QuestionId } from '../../../rules/project-type/graph.ts';
import { testOf, type ProjectTypeTest } from '../../../rules/project-type/trace-tests.ts';
import { termsSv } from '../../terms/sv.ts';
import type { CheckTraceMessages, TraceMessage } from '../types.ts';

/** The quiz's trace is its path: each question as the quiz asked it, with the answer given (the quiz's own terms). */
const step = (q: QuestionId): TraceMessage => ({
  name: termsSv.questions[q].text,
  text: (v) => (termsSv.answers[q] as Readonly<Record<string, string>>)[String(v['answer'])] ?? String(v['answer']),
});

export const projectTypeTraceSv: CheckTraceMessages<ProjectTypeTest> = Object.fromEntries(
  QUESTION_IDS.map((q) => [testOf(q), step(q)]),
) as Record<ProjectTypeTest, TraceMessage>;
