/**
 * The co-financing check: grant from flat rates (schabloner), own contribution
 * (egenfinansiering) from working time and costs, and whether the own share
 * reaches the minimum. Exact integer arithmetic in öre; BigInt where a product
 * could pass 2^53.
 */
import { current, type IsoDate } from '../parameter.ts';
import { flatRateEuropeOutsideEuEea, flatRateRestOfWorld, minOwnContributionPercent } from '../params/financing.ts';
import { finding } from '../finding.ts';
import { validate } from '../validate.ts';
import { kindOf, type Finding, type Verdict } from '../verdict.ts';
import type { CoFinancingResult, FlatRateOrigin } from './result.ts';
import { coFinancingRules, type CoFinancingRule } from './rules.ts';
import { ZONES, coFinancingInputSchema, type CoFinancingInput, type Zone } from './schema.ts';

export interface CheckOptions {
  /** The day whose parameter values apply (default: today). */
  readonly date?: IsoDate;
}

const RATE_PARAMETER = { europeOutsideEuEea: flatRateEuropeOutsideEuEea, restOfWorld: flatRateRestOfWorld } as const;

/** ⌈a / b⌉ for non-negative BigInts, b > 0. */
const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

const perZone = <T>(f: (zone: Zone) => T): Record<Zone, T> =>
  ({ europeOutsideEuEea: f('europeOutsideEuEea'), restOfWorld: f('restOfWorld') });

/** The figures, from valid input. Exported for the calculator's live bar. */
export function computeCoFinancing(input: CoFinancingInput, options: CheckOptions = {}): CoFinancingResult {
  const parameterRate = perZone((zone) => current(RATE_PARAMETER[zone], options.date) * 100);
  const flatRatesOre = perZone((zone) => input.flatRatesOre?.[zone] ?? parameterRate[zone]);
  const flatRateOrigin = perZone<FlatRateOrigin>((zone) =>
    input.flatRatesOre?.[zone] === undefined ? 'parameter' : 'entered',
  );
  const grantByZoneOre = perZone((zone) => flatRatesOre[zone] * input.participants[zone]);
  const grantOre = grantByZoneOre.europeOutsideEuEea + grantByZoneOre.restOfWorld;

  // Hours carry at most two decimals (the schema checks), so hundredths are whole.
  const hundredthHours = BigInt(Math.round(input.staffHours * 100));
  const hourly = BigInt(input.hourlyCostOre);
  // A fraction of an öre cannot be booked: round the staff cost half up.
  const staffCostOre = Number((hundredthHours * hourly + 50n) / 100n);
  const ownContributionOre = staffCostOre + input.adminCostsOre + input.otherOwnCostsOre;
  const totalOre = grantOre + ownContributionOre;

  // own ≥ p % of (grant + own)  ⇔  own × (100 − p) ≥ p × grant; at p = 50 that is own ≥ grant.
  const minOwnSharePercent = current(minOwnContributionPercent, options.date);
  const p = BigInt(minOwnSharePercent);
  const minOwnContributionOre = Number(ceilDiv(p * BigInt(grantOre), 100n - p));
  const meetsMinimum = ownContributionOre >= minOwnContributionOre;
  const shortfallOre = meetsMinimum ? 0 : minOwnContributionOre - ownContributionOre;

  const ownShareBasisPoints = totalOre === 0 ? null : Number((BigInt(ownContributionOre) * 10_000n) / BigInt(totalOre));

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

  return {
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
    shortfallOre,
    staffHoursToCover,
  };
}

function findingsFor(input: CoFinancingInput, r: CoFinancingResult, options: CheckOptions): Finding<CoFinancingRule>[] {
  const f = (rule: CoFinancingRule, params?: Finding['params']) => finding(coFinancingRules, rule, params);
  const zonesWithParticipants = ZONES.filter((zone) => input.participants[zone] > 0);
  if (zonesWithParticipants.length === 0) return [f('co-financing.no-participants')];

  const out: Finding<CoFinancingRule>[] = [];
  const share = r.ownShareBasisPoints ?? 0;
  if (r.meetsMinimum) {
    out.push(f('co-financing.own-share-met', { ownShareBasisPoints: share, minOwnSharePercent: r.minOwnSharePercent }));
  } else {
    out.push(
      f('co-financing.own-share-too-low', {
        ownShareBasisPoints: share,
        minOwnSharePercent: r.minOwnSharePercent,
        shortfallOre: r.shortfallOre,
        ...(r.staffHoursToCover === null ? {} : { staffHoursToCover: r.staffHoursToCover }),
      }),
    );
  }
  const fromParameters = zonesWithParticipants.filter((zone) => r.flatRateOrigin[zone] === 'parameter');
  if (fromParameters.length > 0) out.push(f('co-financing.flat-rate-check-call', { zones: fromParameters }));
  const entered = zonesWithParticipants.filter(
    (zone) =>
      r.flatRateOrigin[zone] === 'entered' &&
      r.flatRatesOre[zone] !== current(RATE_PARAMETER[zone], options.date) * 100,
  );
  if (entered.length > 0) out.push(f('co-financing.flat-rate-entered', { zones: entered }));
  return out;
}

/**
 * Total: any input gives a verdict, never an exception. Invalid input lists
 * each bad field; valid input gives the figures and the findings.
 */
export function checkCoFinancing(input: unknown, options: CheckOptions = {}): Verdict<CoFinancingResult, CoFinancingRule> {
  const parsed = validate(coFinancingInputSchema, input);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
  const result = computeCoFinancing(parsed.data, options);
  const findings = findingsFor(parsed.data, result, options);
  return { kind: kindOf(findings), findings, result };
}
