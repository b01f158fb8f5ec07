/**
 * The reader's answers → the rules module's verdict, or the fields its schema
 * refused (a count beyond its bounds, say). The verdict itself is entirely
 * src/rules' (checkPartnership); this only maps the check's field errors back
 * onto the form. Loaded on use, with the rest of the result part.
 */
import { checkPartnership } from '../../rules/partnership/check.ts';
import type { Finding, VerdictKind } from '../../rules/verdict.ts';
import type { FormState } from './form-state.ts';
import { errorsFromPaths, type FormError, type PartnershipAnswers } from './read-form.ts';

export type Evaluation =
  | { readonly ok: false; readonly errors: readonly FormError[] }
  | { readonly ok: true; readonly kind: Exclude<VerdictKind, 'invalid'>; readonly findings: readonly Finding[] };

export function evaluate(answers: PartnershipAnswers, form: FormState): Evaluation {
  const verdict = checkPartnership(answers);
  if (verdict.kind === 'invalid') {
    return { ok: false, errors: errorsFromPaths(verdict.errors.map((e) => e.path), form) };
  }
  return { ok: true, kind: verdict.kind, findings: verdict.findings };
}
