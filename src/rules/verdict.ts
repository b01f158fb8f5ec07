/**
 * What every check returns. Verdicts carry reasons, not prose: a rule key and
 * the parameters it used. src/i18n turns each key into a sentence per language,
 * and tests assert keys and kinds, never wording.
 */
import type { TraceStep } from './trace.ts';

/** The overall answer of a check. */
export type VerdictKind = 'eligible' | 'not-eligible' | 'needs-attention' | 'invalid';

/**
 * - `blocker`: the situation cannot be funded as described (→ not-eligible).
 * - `warning`: fundable only in part, or something to check (→ needs-attention).
 * - `info`: worth knowing; changes nothing.
 */
export type Severity = 'blocker' | 'warning' | 'info';

export type FindingParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

export interface Finding<Rule extends string = string> {
  /** Stable rule key, e.g. `partnership.too-few-participants`. */
  readonly rule: Rule;
  readonly severity: Severity;
  /** The figures the message needs, and `parameters`: the keys of src/rules parameters it rests on. */
  readonly params: FindingParams;
}

/**
 * Message keys for a bad field. src/i18n/rules has a sentence for each; the
 * order here is the order the rules page lists them.
 */
export const FIELD_ERROR_MESSAGES = [
  'required',
  'object.expected',
  'list.expected',
  'boolean.expected',
  'number.not-a-number',
  'number.not-integer',
  'number.negative',
  'number.too-large',
  'number.too-many-decimals',
  'enum.unknown',
  'country.unknown',
  'list.too-long',
  'unknown-key',
  // The day asked about (`asOf`): not a calendar date, or before (or after) every value of a parameter the check needs.
  'date.not-a-date',
  'date.no-value-in-force',
] as const;

export type FieldErrorMessage = (typeof FIELD_ERROR_MESSAGES)[number];

/**
 * One bad field of the input: its path (`foreignSchools.1.country`; `''` for
 * the input as a whole) and a message key.
 */
export interface FieldError {
  readonly path: string;
  readonly message: FieldErrorMessage;
}

export type Verdict<Result, Rule extends string = string, Test extends string = string> =
  | { readonly kind: 'invalid'; readonly errors: readonly FieldError[] }
  | {
      readonly kind: Exclude<VerdictKind, 'invalid'>;
      readonly findings: readonly Finding<Rule>[];
      readonly result: Result;
      /** Every test the check made, in order, with the values it compared (trace.ts): the "Why?" of the answer. */
      readonly trace: readonly TraceStep<Test, Rule>[];
    };

/** The kind that a list of findings adds up to: any blocker → not-eligible; any warning → needs-attention. */
export function kindOf(findings: readonly Finding[]): Exclude<VerdictKind, 'invalid'> {
  if (findings.some((f) => f.severity === 'blocker')) return 'not-eligible';
  if (findings.some((f) => f.severity === 'warning')) return 'needs-attention';
  return 'eligible';
}
