/**
 * The partnership check at the boundary: untrusted input is validated with
 * its zod/mini schema, then the pure evaluation (evaluate.ts) gives the
 * findings and figures.
 */
import { inForceOn } from '../as-of.ts';
import { validate } from '../validate.ts';
import type { FieldError, Verdict } from '../verdict.ts';
import { PARAMETERS, evaluatePartnership, type CheckOptions, type PartnershipResult } from './evaluate.ts';
import type { PartnershipRule } from './rules.ts';
import type { PartnershipTest } from './trace-tests.ts';
import { partnershipInputSchema } from './schema.ts';

export { SWEDEN, evaluatePartnership, type CheckOptions, type PartnershipResult } from './evaluate.ts';

/** Total: any input gives a verdict, never an exception. */
export function checkPartnership(
  input: unknown,
  options: CheckOptions = {},
): Verdict<PartnershipResult, PartnershipRule, PartnershipTest> {
  const parsed = validate(partnershipInputSchema, input);
  const values = inForceOn(PARAMETERS, options.date);
  const errors: FieldError[] = [...(parsed.ok ? [] : parsed.errors), ...(values.ok ? [] : [values.error])];
  if (!parsed.ok || !values.ok) return { kind: 'invalid', errors };
  return evaluatePartnership(parsed.data, options);
}
