/**
 * The partnership verdict for input that is already valid: is the project
 * built as the programme requires (participants, parties, number and level of
 * partner schools, partner countries, funded visits to Sweden)?
 *
 * Pure and free of zod, so the partner checker runs it in the browser on
 * input its own form reader has bounded; checkPartnership (check.ts)
 * validates untrusted input at the boundary first, then asks this.
 */
import { inForceOn, type InForce } from '../as-of.ts';
import type { IsoDate } from '../parameter.ts';
import { eeaCountries, euCountries, oecdCountries } from '../params/countries.ts';
import { minParticipants } from '../params/participants.ts';
import {
  allowedSchoolLevels,
  maxForeignSchools,
  maxPartnerSchools,
  maxSwedishSchools,
  minForeignSchools,
  minParties,
  minSwedishSchools,
} from '../params/schools.ts';
import { NORDIC_STATES, isTerritoryOfEuEeaState, oecdMemberCode, placeIn, type Place } from '../places/place.ts';
import { NO_FORMAL_EDUCATION } from '../school-levels.ts';
import { finding } from '../finding.ts';
import { tracer, type Relation, type TraceStep, type TraceValues } from '../trace.ts';
import { kindOf, type Finding, type FindingParams, type Verdict } from '../verdict.ts';
import { partnershipRuleKinds } from './rule-kinds.ts';
import type { PartnershipRule } from './rules.ts';
import { PARTNERSHIP_TESTS, type PartnershipTest } from './trace-tests.ts';
import type { PartnershipInput } from './schema.ts';

/** Every parameter the check reads; all must be in force on the day asked about. */
export const PARAMETERS = {
  minParticipants,
  minParties,
  minSwedishSchools,
  minForeignSchools,
  maxSwedishSchools,
  maxForeignSchools,
  maxPartnerSchools,
  allowedSchoolLevels,
  euCountries,
  eeaCountries,
  oecdCountries,
};
type Values = Extract<InForce<typeof PARAMETERS>, { ok: true }>['values'];

export interface CheckOptions {
  /** The day whose parameter values apply (default: today). */
  readonly date?: IsoDate;
}

/** Sweden: the applicant's side, never a partner country abroad. */
export const SWEDEN = 'SE';

export interface PartnershipResult {
  readonly participants: number;
  readonly swedishSchoolCount: number;
  readonly foreignSchoolCount: number;
  readonly schoolCount: number;
  /** Distinct partner countries, in the order given. */
  readonly partnerCountries: readonly string[];
  /**
   * Partner places inside the EU/EEA by their own status (Sweden excluded: it
   * has its own finding), territories such as Åland (AX) and Réunion (RE) included.
   */
  readonly euEeaPartnerCountries: readonly string[];
  /**
   * Partner territories that lie outside the EU/EEA but belong to an EU/EEA
   * state (Greenland GL, the Faroes FO, New Caledonia NC …): a question for the
   * administrator, never a plain "eligible".
   */
  readonly territoryPartnerCountries: readonly string[];
  /** Partner places outside the EU/EEA that are OECD members (a territory by its parent state). */
  readonly oecdPartnerCountries: readonly string[];
  /** Partner places whose visits to Sweden the grant may pay for (outside the EU/EEA and the OECD). */
  readonly visitFundableCountries: readonly string[];
}

const distinct = (codes: readonly string[]): string[] => [...new Set(codes)];

function findingsFor(input: PartnershipInput, p: Values): {
  findings: Finding<PartnershipRule>[];
  result: PartnershipResult;
  trace: TraceStep<PartnershipTest, PartnershipRule>[];
} {
  const out: Finding<PartnershipRule>[] = [];
  const f = (rule: PartnershipRule, params?: FindingParams) => out.push(finding(partnershipRuleKinds, rule, params));
  // Each test is recorded as made; a failed one gives its rule's finding from the same comparison.
  const t = tracer<PartnershipTest, PartnershipRule>();
  const test = (key: PartnershipTest, relation: Relation, values: TraceValues, held: boolean) =>
    t.test(key, PARTNERSHIP_TESTS[key][0], relation, values, held);
  const sweden = input.swedishSchools.length;
  const abroad = input.foreignSchools.length;

  const { participants } = input;
  const min = p.minParticipants;
  if (!test('partnership.participants', 'at-least', { participants, min }, participants >= min)) {
    f('partnership.too-few-participants', { participants, min });
  }

  const minParties = p.minParties;
  const minSweden = p.minSwedishSchools;
  const minAbroad = p.minForeignSchools;
  if (!test('partnership.swedish-school', 'at-least', { count: sweden, min: minSweden }, sweden >= minSweden)) {
    f('partnership.no-swedish-school', { minParties });
  }
  if (!test('partnership.foreign-school', 'at-least', { count: abroad, min: minAbroad }, abroad >= minAbroad)) {
    f('partnership.no-foreign-school', { minParties });
  }

  const maxSweden = p.maxSwedishSchools;
  const maxAbroad = p.maxForeignSchools;
  const maxAll = p.maxPartnerSchools;
  const all = sweden + abroad;
  if (!test('partnership.swedish-schools-max', 'at-most', { count: sweden, max: maxSweden }, sweden <= maxSweden)) {
    f('partnership.too-many-swedish-schools', { count: sweden, max: maxSweden });
  }
  if (!test('partnership.foreign-schools-max', 'at-most', { count: abroad, max: maxAbroad }, abroad <= maxAbroad)) {
    f('partnership.too-many-foreign-schools', { count: abroad, max: maxAbroad });
  }
  if (!test('partnership.schools-max', 'at-most', { count: all, max: maxAll }, all <= maxAll)) {
    f('partnership.too-many-schools', { count: all, max: maxAll });
  }

  // One finding per rule, listing every school it concerns (`paths` point at the input rows), so
  // a verdict never holds the same rule twice and a widget can mark each row.
  const allowed: readonly string[] = p.allowedSchoolLevels;
  const rows = [
    ...input.swedishSchools.map((s, index) => ({ path: `swedishSchools.${index}`, level: s.level })),
    ...input.foreignSchools.map((s, index) => ({ path: `foreignSchools.${index}`, level: s.level })),
  ];
  const notAllowed = rows.filter((row) => !allowed.includes(row.level));
  const notFormal = notAllowed.filter((row) => row.level === NO_FORMAL_EDUCATION).map((row) => row.path);
  // Higher education, or a level that a later parameter value no longer allows.
  const tooHigh = notAllowed.filter((row) => row.level !== NO_FORMAL_EDUCATION).map((row) => row.path);
  // A test over no schools tests nothing: the missing school has its own finding above.
  if (rows.length > 0) {
    if (!test('partnership.level-upper-secondary', 'none', { schools: rows.length, paths: tooHigh }, tooHigh.length === 0)) {
      f('partnership.school-level-too-high', { paths: tooHigh, count: tooHigh.length });
    }
    if (!test('partnership.level-formal', 'none', { schools: rows.length, paths: notFormal }, notFormal.length === 0)) {
      f('partnership.school-not-formal-education', { paths: notFormal, count: notFormal.length });
    }
  }

  // Each partner's place by its OWN status: Åland and the outermost regions are EU territory;
  // Greenland, the Faroes and the overseas countries and territories are not (places/territories.ts).
  const oecd: readonly string[] = p.oecdCountries;
  const places: Place[] = input.foreignSchools.map((school) => placeIn(school.country, p.euCountries, p.eeaCountries));
  const swedenPaths: string[] = [];
  const euEeaPaths: string[] = [];
  const euEea: Place[] = [];
  const territoryPaths: string[] = [];
  const territories: Place[] = [];
  const outside: Place[] = [];
  places.forEach((place, index) => {
    const path = `foreignSchools.${index}`;
    if (place.code === SWEDEN) swedenPaths.push(path);
    else if (place.status !== 'outside') {
      euEeaPaths.push(path);
      euEea.push(place);
    } else {
      if (isTerritoryOfEuEeaState(place)) {
        territoryPaths.push(path);
        territories.push(place);
      }
      outside.push(place);
    }
  });
  if (abroad > 0 && !test('partnership.partner-abroad', 'none', { schools: abroad, paths: swedenPaths }, swedenPaths.length === 0)) {
    f('partnership.sweden-as-foreign', { paths: swedenPaths, count: swedenPaths.length });
  }
  const euEeaCountries = distinct(euEea.map((x) => x.code));
  const placed = distinct([...euEea, ...outside].map((x) => x.code));
  if (placed.length > 0 && !test('partnership.partner-outside-eu-eea', 'none', { countries: placed, inside: euEeaCountries }, euEeaCountries.length === 0)) {
    f('partnership.partner-in-eu-eea', {
      paths: euEeaPaths,
      countries: euEeaCountries,
      // EEA members outside the EU (Norway, Iceland, Liechtenstein): the message names both unions.
      eeaOnlyCountries: distinct(euEea.filter((x) => x.status === 'eea').map((x) => x.code)),
    });
  }
  const territoryCountries = distinct(territories.map((x) => x.code));
  const outsideCountries = distinct(outside.map((x) => x.code));
  const territoryHeld =
    outside.length === 0 ||
    test('partnership.partner-not-territory', 'none', { countries: outsideCountries, territories: territoryCountries }, territoryCountries.length === 0);
  if (!territoryHeld) {
    // A warning, not a blocker: the territory lies outside the EU/EEA, so the programme may fund it,
    // but it belongs to an EU/EEA state, and Erasmus+ or (Nordic territories) Nordplus may be meant
    // instead. The administrator decides; the site never says a plain "eligible" (docs/adr/0002).
    f('partnership.partner-in-territory-of-eu-eea-state', {
      paths: territoryPaths,
      countries: territoryCountries,
      parentCountries: distinct(territories.map((x) => x.parent ?? x.code)),
      nordicCountries: distinct(territories.filter((x) => NORDIC_STATES.includes(x.parent ?? '')).map((x) => x.code)),
    });
  }
  const outsidePlaces = outside.filter((x, i) => outside.findIndex((y) => y.code === x.code) === i);
  const oecdPartners = outsidePlaces.filter((x) => oecd.includes(oecdMemberCode(x))).map((x) => x.code);
  const fundable = outsidePlaces.filter((x) => !oecd.includes(oecdMemberCode(x))).map((x) => x.code);

  // Only a plan to pay for visits to Sweden is tested against the OECD list.
  if (input.fundedVisitsToSweden && outsidePlaces.length > 0) {
    if (!test('partnership.visits-outside-oecd', 'none', { countries: outsideCountries, inOecd: oecdPartners }, oecdPartners.length === 0)) {
      // A territory counts with its parent state (our reading); the message says so for those rows.
      const viaParent = outsidePlaces.filter((x) => x.parent !== null && oecd.includes(x.parent));
      f('partnership.funded-visits-oecd', {
        countries: oecdPartners,
        allPartnersInOecd: fundable.length === 0,
        viaParent: viaParent.map((x) => x.code),
        viaParentStates: distinct(viaParent.map((x) => x.parent ?? x.code)),
      });
    }
    if (fundable.length > 0) f('partnership.funded-visits-outside-oecd', { countries: fundable });
  }

  // The reminder to confirm the level concerns partners that could otherwise be funded.
  const atAllowedLevel = input.foreignSchools.filter(
    (s, index) => places[index]?.code !== SWEDEN && places[index]?.status === 'outside' && allowed.includes(s.level),
  ).length;
  if (atAllowedLevel > 0) f('partnership.confirm-partner-level', { count: atAllowedLevel });

  return {
    findings: out,
    trace: t.steps,
    result: {
      participants: input.participants,
      swedishSchoolCount: sweden,
      foreignSchoolCount: abroad,
      schoolCount: sweden + abroad,
      partnerCountries: distinct(input.foreignSchools.map((s) => s.country)),
      euEeaPartnerCountries: euEeaCountries,
      territoryPartnerCountries: territoryCountries,
      oecdPartnerCountries: oecdPartners,
      visitFundableCountries: fundable,
    },
  };
}

/**
 * Total for valid input on any date: the findings and figures, or — when no
 * value of a parameter it needs is in force on the day — an invalid verdict
 * with the `asOf` field error.
 */
export function evaluatePartnership(
  input: PartnershipInput,
  options: CheckOptions = {},
): Verdict<PartnershipResult, PartnershipRule, PartnershipTest> {
  const values = inForceOn(PARAMETERS, options.date);
  if (!values.ok) return { kind: 'invalid', errors: [values.error] };
  const { findings, result, trace } = findingsFor(input, values.values);
  return { kind: kindOf(findings), findings, result, trace };
}
