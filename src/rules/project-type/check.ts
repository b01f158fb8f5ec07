/**
 * The project-type check: which kind of application (nytt projekt,
 * fördjupningsprojekt) or which other programme fits the answers given.
 */
import { finding } from '../finding.ts';
import { validate } from '../validate.ts';
import { kindOf, type Finding, type Verdict } from '../verdict.ts';
import { projectTypeGraph, type ProjectTypeGraph, type Programme } from './graph.ts';
import { projectTypeRules, type ProjectTypeRule } from './rules.ts';
import { projectTypeAnswersSchema } from './schema.ts';
import { walk, type Walk } from './walk.ts';

export interface ProjectTypeResult extends Walk {
  /** The programme the outcome points to; null until there is an outcome. */
  readonly programme: Programme | null;
}

function findingsFor(graph: ProjectTypeGraph, w: Walk): Finding<ProjectTypeRule>[] {
  if (w.outcome === null) {
    return [finding(projectTypeRules, 'project-type.incomplete', { nextQuestion: w.nextQuestion ?? '' })];
  }
  const rules: ProjectTypeRule[] = [];
  for (const step of w.path) {
    const answer = graph.questions[step.question].answers.find((a) => a.id === step.answer);
    rules.push(...(answer?.rules ?? []));
  }
  rules.push(...graph.outcomes[w.outcome].rules);
  const outcome = w.outcome;
  return [...new Set(rules)].map((rule) => finding(projectTypeRules, rule, { outcome }));
}

/**
 * Total: any input gives a verdict, never an exception. Unfinished answers
 * give `needs-attention` with the next question; an outcome for Atlas
 * partnerskap gives `eligible`, another programme `not-eligible`.
 */
export function checkProjectType(answers: unknown): Verdict<ProjectTypeResult, ProjectTypeRule> {
  const parsed = validate(projectTypeAnswersSchema, answers);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
  const w = walk(projectTypeGraph, parsed.data);
  const findings = findingsFor(projectTypeGraph, w);
  const programme = w.outcome === null ? null : projectTypeGraph.outcomes[w.outcome].programme;
  return { kind: kindOf(findings), findings, result: { ...w, programme } };
}
