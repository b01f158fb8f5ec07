/**
 * The form → the rules module's verdict, or the fields to fix first. The
 * verdict itself is entirely src/rules' (checkPartnership); this only reads
 * the form and maps the check's own field errors back onto it.
 */
import type { Locale } from '../../i18n/locales.ts';
import { checkPartnership } from '../../rules/partnership/check.ts';
import type { Finding, VerdictKind } from '../../rules/verdict.ts';
import type { FormState } from './form-state.ts';
import { errorsFromPaths, readForm, type FormError } from './read-form.ts';

export type Evaluation =
  | { readonly ok: false; readonly errors: readonly FormError[] }
  | { readonly ok: true; readonly kind: Exclude<VerdictKind, 'invalid'>; readonly findings: readonly Finding[] };

export function evaluate(form: FormState, locale: Locale): Evaluation {
  const read = readForm(form, locale);
  if (!read.ok) return read;
  const verdict = checkPartnership(read.answers);
  if (verdict.kind === 'invalid') {
    return { ok: false, errors: errorsFromPaths(verdict.errors.map((e) => e.path), form) };
  }
  return { ok: true, kind: verdict.kind, findings: verdict.findings };
}
