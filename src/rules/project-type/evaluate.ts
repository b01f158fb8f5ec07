/**
 * The project-type verdict for answers that are already known to be answer
 * ids (the quiz reads them through its own parsers): the walk over the graph
 * and the findings its path and outcome give. Pure and free of zod, so the
 * quiz runs it in the browser; checkProjectType (check.ts) validates untrusted
 * input first and then asks this.
 */
import { finding } from '../finding.ts';
import { kindOf, type Finding, type Verdict } from '../verdict.ts';
import type { TraceStep } from '../trace.ts';
import { projectTypeGraph, type Answer, type ProjectTypeGraph, type Programme } from './graph.ts';
import { projectTypeRuleKinds } from './rule-kinds.ts';
import type { ProjectTypeRule } from './rules.ts';
import { answerStep, type ProjectTypeTest } from './trace-tests.ts';
import { walk, type AnswerMap, type Walk } from './walk.ts';

export interface ProjectTypeResult extends Walk {
  /** The programme the outcome points to; null until there is an outcome. */
  readonly programme: Programme | null;
}

export type ProjectTypeVerdict = Exclude<Verdict<ProjectTypeResult, ProjectTypeRule, ProjectTypeTest>, { kind: 'invalid' }>;

/** The path as the trace: each answer given, and whether Atlas partnerskap could still follow it. */
function traceOf(graph: ProjectTypeGraph, w: Walk): TraceStep<ProjectTypeTest, ProjectTypeRule>[] {
  return w.path.flatMap((step) => {
    const answers: readonly Answer[] = graph.questions[step.question].answers;
    const answer = answers.find((a) => a.id === step.answer);
    return answer ? [answerStep(step.question, answer)] : [];
  });
}

function findingsFor(graph: ProjectTypeGraph, w: Walk): Finding<ProjectTypeRule>[] {
  if (w.outcome === null) {
    return [finding(projectTypeRuleKinds, 'project-type.incomplete', { nextQuestion: w.nextQuestion ?? '' })];
  }
  const rules: ProjectTypeRule[] = [];
  for (const step of w.path) {
    const answer = graph.questions[step.question].answers.find((a) => a.id === step.answer);
    rules.push(...(answer?.rules ?? []));
  }
  rules.push(...graph.outcomes[w.outcome].rules);
  const outcome = w.outcome;
  return [...new Set(rules)].map((rule) => finding(projectTypeRuleKinds, rule, { outcome }));
}

/**
 * Unfinished answers give `needs-attention` with the next question; an outcome
 * for Atlas partnerskap gives `eligible`, another programme `not-eligible`.
 * Answers off the path, or not offered by the graph, stop the walk harmlessly.
 */
export function evaluateProjectType(answers: AnswerMap): ProjectTypeVerdict {
  const w = walk(projectTypeGraph, answers);
  const findings = findingsFor(projectTypeGraph, w);
  const programme = w.outcome === null ? null : projectTypeGraph.outcomes[w.outcome].programme;
  return { kind: kindOf(findings), findings, result: { ...w, programme }, trace: traceOf(projectTypeGraph, w) };
}
