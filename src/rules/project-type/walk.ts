/**
 * Walks the decision graph from its start with the answers given, and stops at
 * an outcome or at the first question without an answer. Answers off the path
 * are ignored (a reader who goes back and changes an early answer keeps the
 * later ones in the URL, harmlessly).
 */
import { isOutcomeId, type Answer, type AnswerId, type OutcomeId, type ProjectTypeGraph, type QuestionId } from './graph.ts';

export interface Step {
  readonly question: QuestionId;
  readonly answer: AnswerId;
}

export interface Walk {
  readonly path: readonly Step[];
  /** The question to ask next; null once an outcome is reached. */
  readonly nextQuestion: QuestionId | null;
  readonly outcome: OutcomeId | null;
}

/** Answers as the walk reads them: any question id to any string; unknown answers stop the walk. */
export type AnswerMap = { readonly [Q in QuestionId]?: string | undefined };

export function walk(graph: ProjectTypeGraph, answers: AnswerMap): Walk {
  const path: Step[] = [];
  let node: QuestionId | OutcomeId = graph.start;
  // The graph is acyclic (a test proves it); the bound keeps a bad graph from looping.
  for (let guard = 0; guard <= Object.keys(graph.questions).length; guard++) {
    if (isOutcomeId(node)) return { path, nextQuestion: null, outcome: node };
    const question: QuestionId = node;
    const chosen: string | undefined = answers[question];
    const offered: readonly Answer<AnswerId>[] = graph.questions[question].answers;
    const answer: Answer<AnswerId> | undefined = offered.find((a) => a.id === chosen);
    if (!answer) return { path, nextQuestion: question, outcome: null };
    path.push({ question, answer: answer.id });
    node = answer.next;
  }
  throw new Error('projectTypeGraph has a cycle');
}
