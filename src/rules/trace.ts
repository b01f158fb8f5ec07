/**
 * The why-trace of a verdict (issue 14): every test a check made, in the
 * order it made them, whether it held, and the values it compared, as data.
 * Like OpenFisca's trace: the view only renders it (src/i18n/rules words each
 * test per language), and tests assert keys, flags and values, not wording.
 *
 * A check records each test through a Tracer and takes its findings from the
 * test's outcome (`if (!t.test(...)) finding(...)`), so the trace is what the
 * evaluation compared, never a second computation beside it.
 */

/** A value a test compared: a count, öre, basis points, a code, or a list of codes or row paths. */
export type TraceValue = number | string | boolean | readonly string[];
export type TraceValues = Readonly<Record<string, TraceValue>>;

/**
 * How a test's values relate (the first two values, in the order given):
 * - `at-least` / `at-most`: the first number against the second, the limit;
 * - `none`: the first names what was tested (a count or list), the second
 *   lists those that break the rule; it holds when that list is empty;
 * - `some`: a count above zero;
 * - `both-or-neither`: two numbers, both above zero or both zero;
 * - `within`: an entered figure within a factor of the parameter's (plausibility.ts);
 * - `computed`: a figure the rules define (flat rate × participants); it always holds;
 * - `answer`: a quiz answer; it holds while the path can still end in Atlas partnerskap.
 */
export type Relation = 'at-least' | 'at-most' | 'none' | 'some' | 'both-or-neither' | 'within' | 'computed' | 'answer';

export interface TraceStep<Test extends string = string, Rule extends string = string> {
  /** Stable test key, e.g. `partnership.participants`. */
  readonly test: Test;
  /** The rule the test applies: its sources are the rule's, and a test that fails gives its finding. */
  readonly rule: Rule;
  readonly held: boolean;
  readonly relation: Relation;
  readonly values: TraceValues;
}

export interface Tracer<Test extends string, Rule extends string> {
  readonly steps: TraceStep<Test, Rule>[];
  /** Records a test as made and returns whether it held. */
  test(test: Test, rule: Rule, relation: Relation, values: TraceValues, held: boolean): boolean;
}

export function tracer<Test extends string, Rule extends string>(): Tracer<Test, Rule> {
  const steps: TraceStep<Test, Rule>[] = [];
  return {
    steps,
    test(test, rule, relation, values, held) {
      steps.push({ test, rule, held, relation, values });
      return held;
    },
  };
}
