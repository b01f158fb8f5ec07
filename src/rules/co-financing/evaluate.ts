/**
 * The co-financing verdict for input that is already valid: grant from flat
 * rates (schabloner), own contribution (egenfinansiering) from working time
 * and costs, and whether the own share reaches the minimum. Exact integer
 * arithmetic in öre; BigInt where a product could pass 2^53.
 *
 * Pure and free of zod, so the calculator runs it in the browser on input its
 * own parsers have bounded; checkCoFinancing (check.ts) validates untrusted
 * input at the boundary first, then asks this.
 */
import { inForceOn, type InForce } from '../as-of.ts';
import type { IsoDate } from '../parameter.ts';
import { flatRateEuropeOutsideEuEea, flatRateRestOfWorld, minOwnContributionPercent } from '../params/financing.ts';
import { finding } from '../finding.ts';
import { tracer, type TraceStep } from '../trace.ts';
import { kindOf, type Finding, type Verdict } from '../verdict.ts';
import { PLAUSIBLE_RATE_FACTOR, isPlausibleRate } from './plausibility.ts';
import type { CoFinancingResult, FlatRateOrigin } from './result.ts';
import { staffCostMissingOf } from './staff-cost.ts';
import { coFinancingRuleKinds } from './rule-kinds.ts';
import type { CoFinancingRule } from './rules.ts';
import type { CoFinancingTest } from './trace-tests.ts';
import type { CoFinancingInput } from './schema.ts';
import { ZONES, type Zone } from './zones.ts';

export interface CheckOptions {
  /** The day whose parameter values apply (default: today). */
  readonly date?: IsoDate;
}

/** Every parameter the check reads; all must be in force on the day asked about (as-of.ts). */
export const PARAMETERS = {
  europeOutsideEuEea: flatRateEuropeOutsideEuEea,
  restOfWorld: flatRateRestOfWorld,
  minOwnContributionPercent,
};
type Values = Extract<InForce<typeof PARAMETERS>, { ok: true }>['values'];

/** ⌈a / b⌉ for non-negative BigInts, b > 0. */
const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/** -0 (from -0 in the input, which the schema lets through as ≥ 0) as 0, so no figure shows "−0 kr". */
const plain = (n: number): number => n + 0;

const perZone = <T>(f: (zone: Zone) => T): Record<Zone, T> =>
  ({ europeOutsideEuEea: f('europeOutsideEuEea'), restOfWorld: f('restOfWorld') });

type Step = TraceStep<CoFinancingTest, CoFinancingRule>;

/**
 * The figures and the tests made on them, in order: each zone's flat rate,
 * the staff cost, the own share. The result's flags come from those tests
 * (one comparison each), and so do the findings (findingsFor).
 */
function measure(input: CoFinancingInput, p: Values): { result: CoFinancingResult; steps: Step[] } {
  const t = tracer<CoFinancingTest, CoFinancingRule>();
  const parameterRate = perZone((zone) => p[zone] * 100);
  const flatRatesOre = perZone((zone) => plain(input.flatRatesOre?.[zone] ?? parameterRate[zone]));
  const flatRateOrigin = perZone<FlatRateOrigin>((zone) =>
    input.flatRatesOre?.[zone] === undefined ? 'parameter' : 'entered',
  );
  const grantByZoneOre = perZone((zone) => plain(flatRatesOre[zone] * input.participants[zone]));
  const grantOre = plain(grantByZoneOre.europeOutsideEuEea + grantByZoneOre.restOfWorld);

  // An entered rate of 0 kr, or one far from the parameter, is a question, never a figure to pass on.
  const questionableRateZones = ZONES.filter((zone) => {
    const participants = input.participants[zone];
    if (participants === 0) return false;
    const rateOre = flatRatesOre[zone];
    const grant = { zone, participants, grantOre: grantByZoneOre[zone] };
    if (flatRateOrigin[zone] === 'parameter') {
      t.test('co-financing.flat-rate', 'co-financing.flat-rate-check-call', 'computed', { rateOre, ...grant }, true);
      return false;
    }
    const plausible = rateOre !== 0 && isPlausibleRate(rateOre, parameterRate[zone]);
    const rule = plausible ? 'co-financing.flat-rate-entered' : rateOre === 0 ? 'co-financing.flat-rate-zero' : 'co-financing.flat-rate-implausible';
    const values = { rateOre, parameterOre: parameterRate[zone], factor: PLAUSIBLE_RATE_FACTOR, ...grant };
    return !t.test('co-financing.entered-rate', rule, 'within', values, plausible);
  });

  // Hours carry at most two decimals (the schema checks), so hundredths are whole.
  const hundredthHours = BigInt(Math.round(input.staffHours * 100));
  const hourly = BigInt(input.hourlyCostOre);
  // A fraction of an öre cannot be booked: round the staff cost half up.
  const staffCostOre = Number((hundredthHours * hourly + 50n) / 100n);
  const staffCostMissing = staffCostMissingOf(input);
  const staff = { staffHours: input.staffHours, hourlyCostOre: input.hourlyCostOre, staffCostOre };
  t.test('co-financing.staff-cost', 'co-financing.staff-cost-incomplete', 'both-or-neither', staff, staffCostMissing === null);
  const ownContributionOre = plain(staffCostOre + input.adminCostsOre + input.otherOwnCostsOre);
  const totalOre = plain(grantOre + ownContributionOre);

  // own ≥ p % of (grant + own)  ⇔  own × (100 − p) ≥ p × grant; at p = 50 that is own ≥ grant.
  const minOwnSharePercent = p.minOwnContributionPercent;
  const share = BigInt(minOwnSharePercent);
  const minOwnContributionOre = Number(ceilDiv(share * BigInt(grantOre), 100n - share));
  const ownShareBasisPoints = totalOre === 0 ? null : Number((BigInt(ownContributionOre) * 10_000n) / BigInt(totalOre));
  const reachesMinimum = ownContributionOre >= minOwnContributionOre;
  t.test('co-financing.own-share', reachesMinimum ? 'co-financing.own-share-met' : 'co-financing.own-share-too-low', 'at-least', {
    ownContributionOre,
    minOwnContributionOre,
    ...(ownShareBasisPoints === null ? {} : { ownShareBasisPoints }),
    minOwnSharePercent,
    grantOre,
    totalOre,
  }, reachesMinimum);
  const shortfallOre = reachesMinimum ? 0 : minOwnContributionOre - ownContributionOre;

  // Figures with an open question cannot pass, however they add up.
  const meetsMinimum = reachesMinimum && staffCostMissing === null && questionableRateZones.length === 0;

  // The fewest extra hundredths of an hour h with round((H + h) × hourly / 100) ≥ staff cost + shortfall,
  // i.e. (H + h) × hourly ≥ 100 × target − 50 (half-up rounding gives the last half öre).
  let staffHoursToCover: number | null;
  if (shortfallOre === 0) staffHoursToCover = 0;
  else if (hourly === 0n) staffHoursToCover = null;
  else {
    const target = BigInt(staffCostOre + shortfallOre);
    const missing = target * 100n - 50n - hundredthHours * hourly;
    staffHoursToCover = Number(ceilDiv(missing > 0n ? missing : 0n, hourly)) / 100;
  }

  const result = {
    flatRatesOre,
    flatRateOrigin,
    grantByZoneOre,
    grantOre,
    staffCostOre,
    ownContributionOre,
    totalOre,
    ownShareBasisPoints,
    minOwnSharePercent,
    minOwnContributionOre,
    meetsMinimum,
    staffCostMissing,
    questionableRateZones,
    shortfallOre,
    staffHoursToCover,
  };
  return { result, steps: t.steps };
}

/**
 * The figures, from valid input. Exported for the calculator's live bar. Not a
 * check: on a date when no flat rate or minimum share is in force it throws a
 * RangeError (checkCoFinancing answers that with an `asOf` field error instead).
 */
export function computeCoFinancing(input: CoFinancingInput, options: CheckOptions = {}): CoFinancingResult {
  const values = inForceOn(PARAMETERS, options.date);
  if (!values.ok) throw new RangeError(`No co-financing parameters in force on ${String(options.date)}: ${values.error.message}`);
  return measure(input, values.values).result;
}

/** The findings, each from the outcome of its test (the steps of measure, in their order). */
function findingsFor(r: CoFinancingResult, steps: readonly Step[]): Finding<CoFinancingRule>[] {
  const f = (rule: CoFinancingRule, params?: Finding['params']) => finding(coFinancingRuleKinds, rule, params);
  const zonesOf = (rule: CoFinancingRule) => steps.filter((s) => s.rule === rule).map((s) => String(s.values['zone']));
  const out: Finding<CoFinancingRule>[] = [];
  const share = r.ownShareBasisPoints ?? 0;
  const ownShare = steps.find((s) => s.test === 'co-financing.own-share');
  if (ownShare?.held && r.meetsMinimum) {
    out.push(f('co-financing.own-share-met', { ownShareBasisPoints: share, minOwnSharePercent: r.minOwnSharePercent }));
  } else if (ownShare && !ownShare.held) {
    // Short on the figures so far (an open question below may be why, and the reader sees both).
    out.push(
      f('co-financing.own-share-too-low', {
        ownShareBasisPoints: share,
        minOwnSharePercent: r.minOwnSharePercent,
        shortfallOre: r.shortfallOre,
        ...(r.staffHoursToCover === null ? {} : { staffHoursToCover: r.staffHoursToCover }),
      }),
    );
  }
  // Enough on the figures, but with an open question: no share finding; the questions say why not yet.
  if (steps.some((s) => s.test === 'co-financing.staff-cost' && !s.held)) {
    out.push(f('co-financing.staff-cost-incomplete', { missing: r.staffCostMissing ?? '' }));
  }
  const zero = zonesOf('co-financing.flat-rate-zero');
  const implausible = zonesOf('co-financing.flat-rate-implausible');
  if (zero.length > 0) out.push(f('co-financing.flat-rate-zero', { zones: zero }));
  if (implausible.length > 0) {
    out.push(f('co-financing.flat-rate-implausible', { zones: implausible, factor: PLAUSIBLE_RATE_FACTOR }));
  }
  const fromParameters = zonesOf('co-financing.flat-rate-check-call');
  if (fromParameters.length > 0) out.push(f('co-financing.flat-rate-check-call', { zones: fromParameters }));
  // An entered rate that differs from the parameter, plausible or not: the grant is the reader's figure.
  const entered = steps
    .filter((s) => s.test === 'co-financing.entered-rate' && s.values['rateOre'] !== s.values['parameterOre'])
    .map((s) => String(s.values['zone']));
  if (entered.length > 0) out.push(f('co-financing.flat-rate-entered', { zones: entered }));
  return out;
}

/**
 * Total for valid input on any date: the figures and the findings, or — when
 * no value of a parameter it needs is in force on the day — an invalid verdict
 * with the `asOf` field error.
 */
export function evaluateCoFinancing(
  input: CoFinancingInput,
  options: CheckOptions = {},
): Verdict<CoFinancingResult, CoFinancingRule, CoFinancingTest> {
  const values = inForceOn(PARAMETERS, options.date);
  if (!values.ok) return { kind: 'invalid', errors: [values.error] };
  const { result, steps } = measure(input, values.values);
  // No participants: nothing to apply for, so the check stops at its first test.
  const t = tracer<CoFinancingTest, CoFinancingRule>();
  const participants = input.participants.europeOutsideEuEea + input.participants.restOfWorld;
  if (!t.test('co-financing.participants', 'co-financing.no-participants', 'some', { participants }, participants > 0)) {
    const findings = [finding(coFinancingRuleKinds, 'co-financing.no-participants')];
    return { kind: kindOf(findings), findings, result, trace: t.steps };
  }
  const findings = findingsFor(result, steps);
  return { kind: kindOf(findings), findings, result, trace: [...t.steps, ...steps] };
}
