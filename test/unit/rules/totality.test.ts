/**
 * Property tests: every check is total. For any value at all, and for valid
 * input with fields broken in the ways a URL or a careless caller breaks them
 * (text for numbers, negatives, fractions, NaN, ±Infinity, 10^20, unknown
 * codes, extra keys, null, missing), the check returns a well-formed verdict
 * and never throws; broken input is `invalid` and names every broken field.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { coFinancingFixtures, partnershipFixtures, projectTypeFixtures } from '../../../src/rules/fixtures/index.ts';
import {
  FIELD_ERROR_MESSAGES,
  QUESTION_IDS,
  checkCoFinancing,
  checkPartnership,
  checkProjectType,
  isCountryCode,
  kindOf,
  rulesCatalogue,
  type RuleKey,
  type Verdict,
} from '../../../src/rules/index.ts';

const RUNS = 10_000;
// The machine is shared; the limit guards against a hang, not against slowness.
const TIMEOUT = 60_000;

const KINDS = new Set(['eligible', 'not-eligible', 'needs-attention', 'invalid']);
const MESSAGES = new Set<string>(FIELD_ERROR_MESSAGES);
const sameList = (a: unknown, b: readonly string[]) =>
  Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * What is wrong with a verdict's shape, or null when it is well formed. Plain
 * checks rather than expect() so that 10 000 runs stay fast; the property
 * turns a problem into a failure with the reason.
 */
function problemWith(v: Verdict<unknown, RuleKey>): string | null {
  if (!KINDS.has(v.kind)) return `unknown kind ${String(v.kind)}`;
  if (v.kind === 'invalid') {
    if (v.errors.length === 0) return 'invalid without errors';
    const paths = v.errors.map((e) => e.path);
    if (new Set(paths).size !== paths.length) return 'the same path twice';
    const bad = v.errors.find((e) => typeof e.path !== 'string' || !MESSAGES.has(e.message));
    return bad ? `bad error ${JSON.stringify(bad)}` : null;
  }
  const rules = v.findings.map((f) => f.rule);
  if (new Set(rules).size !== rules.length) return 'the same rule twice';
  for (const f of v.findings) {
    const def = rulesCatalogue[f.rule];
    if (!def) return `unknown rule ${f.rule}`;
    if (f.severity !== def.severity) return `severity of ${f.rule}`;
    if (!sameList(f.params['parameters'], def.parameters)) return `parameters of ${f.rule}`;
  }
  if (v.kind !== kindOf(v.findings)) return 'kind does not match the findings';
  // Results travel into URLs, JSON and postMessage: they must survive a JSON round trip.
  if (JSON.stringify(JSON.parse(JSON.stringify(v.result))) !== JSON.stringify(v.result)) return 'result is not plain JSON';
  return null;
}

function assertWellFormed(v: Verdict<unknown, RuleKey>): void {
  const problem = problemWith(v);
  if (problem !== null) throw new Error(`${problem}: ${JSON.stringify(v)}`);
}

const anyValue = fc.anything({
  maxDepth: 2,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

const badInt = fc.constantFrom<unknown>('4', '', -1, 0.5, -0.5, Number.NaN, Infinity, -Infinity, 1e20, null, true, {}, [], '1e3');
const badHours = fc.constantFrom<unknown>('4', -1, 0.001, 12.345, Number.NaN, Infinity, -Infinity, 1e20, null, false);
const badBool = fc.constantFrom<unknown>('true', 'false', 1, 0, null, 'yes', []);
const unknownText = (known: readonly string[]) =>
  fc.oneof(
    fc.string({ maxLength: 12 }).filter((s) => !known.includes(s)),
    fc.constantFrom<unknown>(null, 5, '<script>', '"><img src=x onerror=alert(1)>'),
  );
const badCountry = fc.oneof(
  fc.string({ maxLength: 4 }).filter((s) => !isCountryCode(s)),
  fc.constantFrom<unknown>('UK', 'EU', 'se', 'SWE', null, 46),
);
// Dots would be read as path separators by breakAt above; '__proto__' would not be an own key.
const extraKey = fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/).filter((k) => k !== '__proto__');

/** A broken copy: each chosen path set to its bad value, or removed when the value is `MISSING`. */
const MISSING = Symbol('missing');
function breakAt(input: unknown, breaks: readonly (readonly [string, unknown])[]): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  for (const [path, value] of breaks) {
    const keys = path.split('.');
    let target = copy as Record<string, unknown>;
    for (const k of keys.slice(0, -1)) {
      target[k] ??= {};
      target = target[k] as Record<string, unknown>;
    }
    const last = keys.at(-1) ?? '';
    if (value === MISSING) delete target[last];
    else Object.defineProperty(target, last, { value, enumerable: true, configurable: true, writable: true });
  }
  return copy;
}

type Breaker = fc.Arbitrary<readonly [string, unknown]>;

function checkTotality(name: string, check: (input: unknown) => Verdict<unknown, RuleKey>, valid: fc.Arbitrary<unknown>, breakers: readonly Breaker[], topKeys: readonly string[]) {
  describe(name, () => {
    test(`${RUNS} arbitrary values give a well-formed verdict`, () => {
      fc.assert(
        fc.property(anyValue, (value) => {
          assertWellFormed(check(value));
        }),
        { numRuns: RUNS },
      );
    }, TIMEOUT);

    test(`${RUNS} broken near-valid inputs are invalid and name each broken field`, () => {
      const breaks = fc.uniqueArray(fc.oneof(...breakers), { minLength: 1, maxLength: 4, selector: ([p]) => p });
      const extras = fc.uniqueArray(extraKey.filter((k) => !topKeys.includes(k)), { maxLength: 2 });
      fc.assert(
        fc.property(valid, breaks, extras, (input, broken, extra) => {
          const all = [...broken, ...extra.map((k) => [k, 'x'] as const)];
          const v = check(breakAt(input, all));
          assertWellFormed(v);
          if (v.kind !== 'invalid') throw new Error(`not invalid: ${JSON.stringify(v)}`);
          const paths = new Set(v.errors.map((e) => e.path));
          const unnamed = all.filter(([path]) => !paths.has(path));
          if (unnamed.length > 0) throw new Error(`not named: ${unnamed.map(([p]) => p).join(', ')} in ${JSON.stringify(v.errors)}`);
          for (const k of extra) {
            if (!v.errors.some((e) => e.path === k && e.message === 'unknown-key')) throw new Error(`extra key ${k} not reported`);
          }
        }),
        { numRuns: RUNS },
      );
    }, TIMEOUT);

    test('anything but an object is invalid at the root', () => {
      for (const value of [null, [], 'x', 42, true]) {
        expect(check(value)).toEqual({ kind: 'invalid', errors: [{ path: '', message: 'object.expected' }] });
      }
      expect(check(undefined)).toEqual({ kind: 'invalid', errors: [{ path: '', message: 'required' }] });
    });
  });
}

checkTotality(
  'co-financing',
  checkCoFinancing,
  fc.constantFrom(...coFinancingFixtures.map((f) => f.input)),
  [
    fc.tuple(fc.constantFrom('participants.europeOutsideEuEea', 'participants.restOfWorld', 'hourlyCostOre', 'adminCostsOre', 'otherOwnCostsOre', 'flatRatesOre.restOfWorld'), badInt),
    fc.tuple(fc.constant('staffHours'), badHours),
    fc.tuple(fc.constantFrom('participants.restOfWorld', 'staffHours', 'hourlyCostOre', 'adminCostsOre'), fc.constant(MISSING)),
  ],
  ['participants', 'flatRatesOre', 'staffHours', 'hourlyCostOre', 'adminCostsOre', 'otherOwnCostsOre'],
);

checkTotality(
  'partnership',
  checkPartnership,
  // Fixtures with at least one school on each side, so the row paths below exist.
  fc.constantFrom(...partnershipFixtures.filter((f) => f.input.swedishSchools.length > 0 && f.input.foreignSchools.length > 0).map((f) => f.input)),
  [
    fc.tuple(fc.constant('participants'), badInt),
    fc.tuple(fc.constant('exchangeType'), unknownText(['teachers-only', 'teachers-and-pupils'])),
    fc.tuple(fc.constant('fundedVisitsToSweden'), badBool),
    fc.tuple(fc.constant('foreignSchools.0.country'), badCountry),
    fc.tuple(fc.constantFrom('foreignSchools.0.level', 'swedishSchools.0.level'), unknownText(['preschool', 'compulsory', 'upper-secondary', 'adult-upper-secondary', 'higher-education', 'no-formal-education'])),
    fc.tuple(fc.constantFrom('participants', 'exchangeType', 'foreignSchools.0.country', 'fundedVisitsToSweden'), fc.constant(MISSING)),
  ],
  ['participants', 'exchangeType', 'swedishSchools', 'foreignSchools', 'fundedVisitsToSweden'],
);

checkTotality(
  'project type',
  checkProjectType,
  fc.constantFrom(...projectTypeFixtures.map((f) => f.input)),
  [fc.tuple(fc.constantFrom(...QUESTION_IDS), unknownText(['exchange', 'work-placement', 'planning-visit', 'outside-eu-eea', 'inside-eu-eea', 'yes', 'no', 'only-atlas-planering']))],
  [...QUESTION_IDS],
);

describe('any date is total too', () => {
  const anyDate = fc.oneof(
    fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'NaN' : d.toISOString().slice(0, 10))),
    fc.string({ maxLength: 12 }),
    fc.constantFrom<unknown>('2026-02-30', '1999-12-31', '2026-11-22', '9999-12-31', '', null, 20261122, {}),
  );
  test.each([
    ['co-financing', checkCoFinancing, coFinancingFixtures.map((f) => f.input)],
    ['partnership', checkPartnership, partnershipFixtures.map((f) => f.input)],
  ] as const)('%s: a verdict for every date, invalid at asOf when no value applies', (_name, check, inputs) => {
    fc.assert(
      fc.property(fc.constantFrom(...inputs), anyDate, (input, date) => {
        const v = (check as (i: unknown, o: { date?: unknown }) => Verdict<unknown, RuleKey>)(input, { date });
        assertWellFormed(v);
        if (v.kind === 'invalid') {
          if (!v.errors.every((e) => e.path === 'asOf')) throw new Error(`not a date error: ${JSON.stringify(v.errors)}`);
        }
      }),
      { numRuns: 2000 },
    );
  }, TIMEOUT);
});
