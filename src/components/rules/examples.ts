/**
 * The rules module's fixtures as example cases for /rules.json: each with its
 * check, input, the day to ask about and the expected verdict (kind and rule
 * keys, or the bad fields), so another implementation of the rules can run
 * them and compare. The fixtures are the same cases the unit tests, widgets
 * and workshop presets use; nothing is added here but the day, and one case
 * made from them: the first co-financing fixture asked about the day before
 * the first flat rate the guide holds, which no value covers (a date with no
 * value in force is an invalid verdict, never a fallback).
 */
import {
  FIXTURE_DATE,
  coFinancingFixtures,
  invalidCoFinancingFixtures,
  invalidPartnershipFixtures,
  invalidProjectTypeFixtures,
  partnershipFixtures,
  projectTypeFixtures,
  type InvalidFixture,
  type Title,
} from '../../rules/fixtures/index.ts';
import {
  addDays,
  checkCoFinancing,
  checkPartnership,
  checkProjectType,
  flatRateRestOfWorld,
  type CheckName,
  type TraceStep,
} from '../../rules/index.ts';

/** The project-type check takes no date: none of its rules uses a dated parameter. */
export const TAKES_DATE: Readonly<Record<CheckName, boolean>> = { 'project-type': false, 'co-financing': true, partnership: true };

export interface ExampleCase {
  readonly id: string;
  readonly check: CheckName;
  readonly title: Title;
  readonly input: unknown;
  readonly asOf: string | null;
  readonly expected:
    | {
        readonly kind: 'eligible' | 'not-eligible' | 'needs-attention';
        readonly rules: readonly string[];
        readonly result: Record<string, unknown>;
        readonly trace: readonly TraceStep[];
      }
    | { readonly kind: 'invalid'; readonly errors: readonly { readonly path: string; readonly message: string }[] };
}

interface ValidFixture {
  readonly id: string;
  readonly title: Title;
  readonly input: unknown;
  readonly expected: { readonly kind: 'eligible' | 'not-eligible' | 'needs-attention'; readonly rules: readonly string[] };
}

const asOf = (check: CheckName) => (TAKES_DATE[check] ? FIXTURE_DATE : null);

/** The rules module's own trace of a case: every test in order, for another implementation to compare step by step. */
function traceOf(check: CheckName, input: unknown, day: string | null): readonly TraceStep[] {
  const options = day === null ? {} : { date: day };
  const verdict =
    check === 'project-type' ? checkProjectType(input) : check === 'co-financing' ? checkCoFinancing(input, options) : checkPartnership(input, options);
  if (verdict.kind === 'invalid') throw new Error(`Example ${check}/${JSON.stringify(input)} is invalid on ${String(day)}`);
  return verdict.trace;
}

function valid(check: CheckName, fixture: ValidFixture): ExampleCase {
  const { kind, rules, ...result } = fixture.expected;
  const day = asOf(check);
  const trace = traceOf(check, fixture.input, day);
  return { id: `${check}/${fixture.id}`, check, title: fixture.title, input: fixture.input, asOf: day, expected: { kind, rules, result, trace } };
}

const invalid = (check: CheckName, fixture: InvalidFixture): ExampleCase => ({
  id: `${check}/${fixture.id}`,
  check,
  title: fixture.title,
  input: fixture.input,
  asOf: asOf(check),
  expected: fixture.expected,
});

function beforeTheFlatRates(): ExampleCase {
  const first = coFinancingFixtures[0]!;
  const start = flatRateRestOfWorld.values[0]!.validFrom!;
  return {
    id: `co-financing/${first.id}-before-the-flat-rates`,
    check: 'co-financing',
    title: { sv: `${first.title.sv}, frågat om dagen före de första schablonerna`, en: `${first.title.en}, asked about the day before the first flat rates` },
    input: first.input,
    asOf: addDays(start, -1),
    expected: { kind: 'invalid', errors: [{ path: 'asOf', message: 'date.no-value-in-force' }] },
  };
}

export const exampleCases = (): ExampleCase[] => [
  ...projectTypeFixtures.map((f) => valid('project-type', f)),
  ...invalidProjectTypeFixtures.map((f) => invalid('project-type', f)),
  ...partnershipFixtures.map((f) => valid('partnership', f)),
  ...invalidPartnershipFixtures.map((f) => invalid('partnership', f)),
  ...coFinancingFixtures.map((f) => valid('co-financing', f)),
  ...invalidCoFinancingFixtures.map((f) => invalid('co-financing', f)),
  beforeTheFlatRates(),
];
