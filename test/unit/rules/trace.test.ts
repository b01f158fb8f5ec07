/**
 * The "Why?" trace (issue 14): every check returns each test it made, in
 * order, with whether it held and the values it compared. Held here against
 * the fixtures at the boundaries (3 vs 4 participants, 49,99 % vs 50 % own
 * share, an EU/EEA partner), the quiz's path, and for every fixture: each
 * test's flag agrees with its own values, and the findings come from the
 * tests (every failed test gives its rule's finding; every blocker or warning
 * comes from a failed test), so the trace cannot drift from the verdict.
 * Keys, flags and values only; no wording.
 */
import { describe, expect, test } from 'vitest';
import { coFinancingFixtures, FIXTURE_DATE, partnershipFixtures, projectTypeFixtures } from '../../../src/rules/fixtures/index.ts';
import {
  TRACE_TESTS,
  checkCoFinancing,
  checkPartnership,
  checkProjectType,
  current,
  minOwnContributionPercent,
  minParticipants,
  rulesCatalogue,
  traceTests,
  type RuleKey,
  type TraceStep,
  type Verdict,
} from '../../../src/rules/index.ts';

type Decided = Exclude<Verdict<unknown>, { kind: 'invalid' }>;
const decided = (v: Verdict<unknown>): Decided => {
  if (v.kind === 'invalid') throw new Error(JSON.stringify(v.errors));
  return v;
};
const partnership = (id: string) => decided(checkPartnership(partnershipFixtures.find((f) => f.id === id)!.input, { date: FIXTURE_DATE }));
const coFinancing = (id: string) => decided(checkCoFinancing(coFinancingFixtures.find((f) => f.id === id)!.input, { date: FIXTURE_DATE }));
const stepOf = (v: Decided, test: string): TraceStep => {
  const steps = v.trace.filter((s) => s.test === test);
  expect(steps, test).toHaveLength(1);
  return steps[0]!;
};
const MIN = current(minParticipants, FIXTURE_DATE);
const MIN_SHARE = current(minOwnContributionPercent, FIXTURE_DATE);

describe('partnership', () => {
  test('4 participants hold the minimum, 3 do not; the values are what was compared', () => {
    expect(MIN).toBe(4);
    expect(stepOf(partnership('four-participants'), 'partnership.participants')).toStrictEqual({
      test: 'partnership.participants',
      rule: 'partnership.too-few-participants',
      held: true,
      relation: 'at-least',
      values: { participants: 4, min: MIN },
    });
    const three = stepOf(partnership('three-participants'), 'partnership.participants');
    expect([three.held, three.values]).toStrictEqual([false, { participants: 3, min: MIN }]);
  });

  test('an eligible answer lists every test it passed, in the check’s order', () => {
    const v = partnership('four-participants');
    expect(v.kind).toBe('eligible');
    expect(v.trace.map((s) => [s.test, s.held])).toStrictEqual([
      ['partnership.participants', true],
      ['partnership.swedish-school', true],
      ['partnership.foreign-school', true],
      ['partnership.swedish-schools-max', true],
      ['partnership.foreign-schools-max', true],
      ['partnership.schools-max', true],
      ['partnership.level-upper-secondary', true],
      ['partnership.level-formal', true],
      ['partnership.partner-abroad', true],
      ['partnership.partner-outside-eu-eea', true],
      ['partnership.partner-not-territory', true],
    ]);
  });

  test('an EU/EEA partner fails the EU/EEA test with the country it found; Kenya passes it', () => {
    const germany = stepOf(partnership('partner-in-germany'), 'partnership.partner-outside-eu-eea');
    expect([germany.held, germany.relation, germany.values]).toStrictEqual([false, 'none', { countries: ['DE'], inside: ['DE'] }]);
    const kenya = stepOf(partnership('kenya-upper-secondary'), 'partnership.partner-outside-eu-eea');
    expect([kenya.held, kenya.values]).toStrictEqual([true, { countries: ['KE'], inside: [] }]);
    // Funded visits are tested against the OECD list only when they are planned.
    expect(stepOf(partnership('kenya-upper-secondary'), 'partnership.visits-outside-oecd').values).toStrictEqual({ countries: ['KE'], inOecd: [] });
    expect(partnership('four-participants').trace.some((s) => s.test === 'partnership.visits-outside-oecd')).toBe(false);
  });

  test('a check with no partner school abroad makes no test of partner countries', () => {
    const v = partnership('no-partner-school-yet');
    expect(stepOf(v, 'partnership.foreign-school').held).toBe(false);
    expect(v.trace.filter((s) => s.test.startsWith('partnership.partner-'))).toEqual([]);
  });
});

describe('co-financing', () => {
  test('exactly 50 % holds, 49,99 % does not; the comparison is own contribution against the minimum, in öre', () => {
    const half = stepOf(coFinancing('worked-example-exactly-half'), 'co-financing.own-share');
    expect(half).toStrictEqual({
      test: 'co-financing.own-share',
      rule: 'co-financing.own-share-met',
      held: true,
      relation: 'at-least',
      values: {
        ownContributionOre: 22_000_000,
        minOwnContributionOre: 22_000_000,
        ownShareBasisPoints: 5000,
        minOwnSharePercent: MIN_SHARE,
        grantOre: 22_000_000,
        totalOre: 44_000_000,
      },
    });
    const short = stepOf(coFinancing('share-49-99-percent'), 'co-financing.own-share');
    expect([short.held, short.rule, short.values['ownShareBasisPoints'], short.values['ownContributionOre'], short.values['minOwnContributionOre']]).toStrictEqual([
      false,
      'co-financing.own-share-too-low',
      4999,
      49_990_000,
      50_010_000,
    ]);
  });

  test('the grant per zone from the parameter’s flat rate, and an entered one, are steps with their figures', () => {
    const half = coFinancing('worked-example-exactly-half');
    expect(half.trace.map((s) => s.test)).toStrictEqual(['co-financing.participants', 'co-financing.flat-rate', 'co-financing.staff-cost', 'co-financing.own-share']);
    expect(stepOf(half, 'co-financing.flat-rate').values).toStrictEqual({ rateOre: 2_200_000, zone: 'restOfWorld', participants: 10, grantOre: 22_000_000 });
    expect(stepOf(half, 'co-financing.staff-cost').values).toStrictEqual({ staffHours: 400, hourlyCostOre: 40_000, staffCostOre: 16_000_000 });
    const entered = stepOf(coFinancing('share-49-99-percent'), 'co-financing.entered-rate');
    expect([entered.held, entered.rule, entered.values['rateOre'], entered.values['grantOre']]).toStrictEqual([true, 'co-financing.flat-rate-entered', 5_001_000, 50_010_000]);
  });

  test('a flat rate of 0 kr and a half-given staff cost fail their tests', () => {
    const zero = stepOf(coFinancing('flat-rate-zero'), 'co-financing.entered-rate');
    expect([zero.held, zero.rule, zero.values['rateOre']]).toStrictEqual([false, 'co-financing.flat-rate-zero', 0]);
    expect(stepOf(coFinancing('hours-without-hourly-cost'), 'co-financing.staff-cost').held).toBe(false);
  });

  test('no participants: the check stops at its first test', () => {
    expect(coFinancing('no-participants-yet').trace).toStrictEqual([
      { test: 'co-financing.participants', rule: 'co-financing.no-participants', held: false, relation: 'some', values: { participants: 0 } },
    ]);
  });
});

describe('project type', () => {
  const quiz = (id: string) => decided(checkProjectType(projectTypeFixtures.find((f) => f.id === id)!.input));

  test('the trace is the path walked, each answer a step that held while Atlas partnerskap could follow', () => {
    expect(quiz('first-application-kenya').trace.map((s) => [s.test, s.values['answer'], s.held, s.rule])).toStrictEqual([
      ['project-type.activity', 'exchange', true, 'project-type.route-atlas-praktik'],
      ['project-type.has-partner', 'yes', true, 'project-type.route-atlas-planering'],
      ['project-type.partner-location', 'outside-eu-eea', true, 'project-type.route-erasmus-nordplus'],
      ['project-type.granted-before', 'no', true, 'project-type.new-project'],
    ]);
    expect(quiz('partner-in-germany').trace.at(-1)).toMatchObject({ test: 'project-type.partner-location', held: false, rule: 'project-type.route-erasmus-nordplus' });
    expect(quiz('partner-left-running-project').trace.at(-1)).toMatchObject({ test: 'project-type.replacing-partner', held: false, rule: 'project-type.cannot-move-partner' });
    expect(quiz('not-started').trace).toEqual([]);
  });
});

const verdicts: [string, Decided][] = [
  ...projectTypeFixtures.map((f) => [`project-type/${f.id}`, checkProjectType(f.input)] as const),
  ...coFinancingFixtures.map((f) => [`co-financing/${f.id}`, checkCoFinancing(f.input, { date: FIXTURE_DATE })] as const),
  ...partnershipFixtures.map((f) => [`partnership/${f.id}`, checkPartnership(f.input, { date: FIXTURE_DATE })] as const),
].flatMap(([id, v]) => (v.kind === 'invalid' ? [] : [[id, v] as [string, Decided]]));

describe.each(verdicts)('%s: the trace and the verdict agree', (id, v) => {
  test('every test is a known key, citing one of its rules, and JSON-safe', () => {
    for (const s of v.trace) {
      expect(TRACE_TESTS).toContain(s.test);
      expect(traceTests[s.test as (typeof TRACE_TESTS)[number]].rules).toContain(s.rule);
      expect(JSON.parse(JSON.stringify(s))).toStrictEqual(s);
    }
  });

  test('each flag is its own values’ comparison', () => {
    for (const s of v.trace) {
      const [a, b] = Object.values(s.values);
      if (s.relation === 'at-least') expect(s.held, s.test).toBe((a as number) >= (b as number));
      if (s.relation === 'at-most') expect(s.held, s.test).toBe((a as number) <= (b as number));
      if (s.relation === 'none') expect(s.held, s.test).toBe((b as readonly string[]).length === 0);
      if (s.relation === 'some') expect(s.held, s.test).toBe((a as number) > 0);
      if (s.relation === 'both-or-neither') expect(s.held, s.test).toBe((a as number) > 0 === (b as number) > 0);
      if (s.relation === 'computed') expect(s.held, s.test).toBe(true);
    }
  });

  test('the findings come from the tests', () => {
    const rules = new Set<RuleKey>(v.findings.map((f) => f.rule as RuleKey));
    const failed = new Set(v.trace.filter((s) => !s.held).map((s) => s.rule));
    // A quiz answer that leads away from the programme cites what its question asks about (APL is Atlas
    // praktik's); the route the outcome gives is the last step's rule.
    const givesFinding = id.startsWith('project-type/') ? v.trace.slice(-1).filter((s) => !s.held).map((s) => s.rule) : [...failed];
    for (const rule of givesFinding) expect(rules, rule).toContain(rule);
    for (const f of v.findings) {
      if (f.severity === 'info' || f.rule === 'project-type.incomplete') continue;
      expect(failed, f.rule).toContain(f.rule);
    }
    if (v.kind === 'eligible') expect(v.trace.every((s) => s.held)).toBe(true);
    expect(v.trace.filter((s) => !s.held).every((s) => rulesCatalogue[s.rule as RuleKey].severity !== 'info')).toBe(true);
  });
});
