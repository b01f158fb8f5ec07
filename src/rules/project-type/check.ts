/**
 * The project-type check: which kind of application (nytt projekt,
 * fördjupningsprojekt) or which other programme fits the answers given.
 */
import { validate } from '../validate.ts';
import type { Verdict } from '../verdict.ts';
import { evaluateProjectType, type ProjectTypeResult } from './evaluate.ts';
import type { ProjectTypeRule } from './rules.ts';
import type { ProjectTypeTest } from './trace-tests.ts';
import { projectTypeAnswersSchema } from './schema.ts';

export type { ProjectTypeResult } from './evaluate.ts';

/**
 * Total: any input gives a verdict, never an exception. The input is
 * validated at this boundary; the verdict itself is evaluateProjectType's.
 */
export function checkProjectType(answers: unknown): Verdict<ProjectTypeResult, ProjectTypeRule, ProjectTypeTest> {
  const parsed = validate(projectTypeAnswersSchema, answers);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
  return evaluateProjectType(parsed.data);
}
