/**
 * The quiz's trace is the path walked through projectTypeGraph: one test per
 * question answered, `project-type.<question>`, with the answer as its value.
 * It holds while the path can still end in an Atlas partnerskap application
 * (an outcome of the programme without a blocker), which the graph decides.
 *
 * The rule a step cites: the answer's own rule (a planning trip does not
 * count), else the outcome it leads to, else the rule the question asks about
 * (QUESTION_RULES). Keys never change once published (ADR 0001).
 */
import { isOutcomeId, projectTypeGraph, QUESTION_IDS, type Answer, type OutcomeId, type QuestionId } from './graph.ts';
import type { TraceStep } from '../trace.ts';
import { projectTypeRuleKinds } from './rule-kinds.ts';
import type { ProjectTypeRule } from './rules.ts';

export type ProjectTypeTest = `project-type.${QuestionId}`;

/** What each question asks about: the rule whose sentences say why the answer matters. */
export const QUESTION_RULES: Readonly<Record<QuestionId, ProjectTypeRule>> = {
  activity: 'project-type.route-atlas-praktik',
  'placement-location': 'project-type.route-atlas-praktik',
  'has-partner': 'project-type.route-atlas-planering',
  'partner-location': 'project-type.route-erasmus-nordplus',
  'granted-before': 'project-type.new-project',
  'same-partner': 'project-type.deepening-project',
  'replacing-partner': 'project-type.cannot-move-partner',
};

export const testOf = (question: QuestionId): ProjectTypeTest => `project-type.${question}`;

/** Whether a path from `node` can still end in an Atlas partnerskap application. */
export function canStillApply(node: QuestionId | OutcomeId): boolean {
  if (isOutcomeId(node)) {
    const outcome = projectTypeGraph.outcomes[node];
    return outcome.programme === 'atlas-partnerskap' && outcome.rules.every((r) => projectTypeRuleKinds[r].severity !== 'blocker');
  }
  const answers: readonly Answer[] = projectTypeGraph.questions[node].answers;
  return answers.some((a) => canStillApply(a.next));
}

/** The rule a step of `question` answered with `answer` cites. */
export function ruleOf(question: QuestionId, answer: Answer): ProjectTypeRule {
  const own = answer.rules?.[0];
  if (own) return own;
  return isOutcomeId(answer.next) ? (projectTypeGraph.outcomes[answer.next].rules[0] ?? QUESTION_RULES[question]) : QUESTION_RULES[question];
}

/** The step the walk records for an answer: the answer, whether the programme can still follow, the rule it cites. */
export function answerStep(question: QuestionId, answer: Answer): TraceStep<ProjectTypeTest, ProjectTypeRule> {
  return { test: testOf(question), rule: ruleOf(question, answer), held: canStillApply(answer.next), relation: 'answer', values: { answer: answer.id } };
}

/** Each test with the rules its steps may cite (for the rules page and /rules.json). */
export const PROJECT_TYPE_TESTS: Readonly<Record<ProjectTypeTest, readonly ProjectTypeRule[]>> = Object.fromEntries(
  QUESTION_IDS.map((q) => {
    const answers: readonly Answer[] = projectTypeGraph.questions[q].answers;
    return [testOf(q), [...new Set([QUESTION_RULES[q], ...answers.map((a) => ruleOf(q, a))])]];
  }),
) as Readonly<Partial<Record<string, readonly ProjectTypeRule[]>>> as Record<ProjectTypeTest, readonly ProjectTypeRule[]>;
