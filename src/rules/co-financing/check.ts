/**
 * The co-financing check at the boundary: untrusted input is validated with
 * its zod/mini schema, then the pure evaluation (evaluate.ts) gives the figures
 * and findings.
 */
import { inForceOn } from '../as-of.ts';
import { validate } from '../validate.ts';
import type { FieldError, Verdict } from '../verdict.ts';
import { PARAMETERS, evaluateCoFinancing, type CheckOptions } from './evaluate.ts';
import type { CoFinancingResult } from './result.ts';
import type { CoFinancingRule } from './rules.ts';
import type { CoFinancingTest } from './trace-tests.ts';
import { coFinancingInputSchema } from './schema.ts';

export { computeCoFinancing, evaluateCoFinancing, type CheckOptions } from './evaluate.ts';

/**
 * Total: any input, on any date, gives a verdict, never an exception. Invalid
 * input lists each bad field (and `asOf` when no parameter value applies on the
 * date); valid input gives the figures and the findings.
 */
export function checkCoFinancing(
  input: unknown,
  options: CheckOptions = {},
): Verdict<CoFinancingResult, CoFinancingRule, CoFinancingTest> {
  const parsed = validate(coFinancingInputSchema, input);
  const values = inForceOn(PARAMETERS, options.date);
  // Both kinds of problem at once: the reader fixes the fields and the date in one go.
  const errors: FieldError[] = [...(parsed.ok ? [] : parsed.errors), ...(values.ok ? [] : [values.error])];
  if (!parsed.ok || !values.ok) return { kind: 'invalid', errors };
  return evaluateCoFinancing(parsed.data, options);
}
