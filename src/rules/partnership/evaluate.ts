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
import { kindOf, type Finding, type FindingParams, type Verdict } from '../verdict.ts';
import { partnershipRules, type PartnershipRule } from './rules.ts';
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
} {
  const out: Finding<PartnershipRule>[] = [];
  const f = (rule: PartnershipRule, params?: FindingParams) => out.push(finding(partnershipRules, rule, params));
  const sweden = input.swedishSchools.length;
  const abroad = input.foreignSchools.length;

  const min = p.minParticipants;
  if (input.participants < min) f('partnership.too-few-participants', { participants: input.participants, min });

  const minAllParties = p.minParties;
  if (sweden < p.minSwedishSchools) f('partnership.no-swedish-school', { minParties: minAllParties });
  if (abroad < p.minForeignSchools) f('partnership.no-foreign-school', { minParties: minAllParties });

  const maxSweden = p.maxSwedishSchools;
  const maxAbroad = p.maxForeignSchools;
  const maxAll = p.maxPartnerSchools;
  if (sweden > maxSweden) f('partnership.too-many-swedish-schools', { count: sweden, max: maxSweden });
  if (abroad > maxAbroad) f('partnership.too-many-foreign-schools', { count: abroad, max: maxAbroad });
  if (sweden + abroad > maxAll) f('partnership.too-many-schools', { count: sweden + abroad, max: maxAll });

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
  if (tooHigh.length > 0) f('partnership.school-level-too-high', { paths: tooHigh, count: tooHigh.length });
  if (notFormal.length > 0) f('partnership.school-not-formal-education', { paths: notFormal, count: notFormal.length });

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
  if (swedenPaths.length > 0) f('partnership.sweden-as-foreign', { paths: swedenPaths, count: swedenPaths.length });
  const euEeaCountries = distinct(euEea.map((x) => x.code));
  if (euEeaCountries.length > 0) {
    f('partnership.partner-in-eu-eea', {
      paths: euEeaPaths,
      countries: euEeaCountries,
      // EEA members outside the EU (Norway, Iceland, Liechtenstein): the message names both unions.
      eeaOnlyCountries: distinct(euEea.filter((x) => x.status === 'eea').map((x) => x.code)),
    });
  }
  const territoryCountries = distinct(territories.map((x) => x.code));
  if (territoryCountries.length > 0) {
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

  if (input.fundedVisitsToSweden) {
    if (oecdPartners.length > 0) {
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
export function evaluatePartnership(input: PartnershipInput, options: CheckOptions = {}): Verdict<PartnershipResult, PartnershipRule> {
  const values = inForceOn(PARAMETERS, options.date);
  if (!values.ok) return { kind: 'invalid', errors: [values.error] };
  const { findings, result } = findingsFor(input, values.values);
  return { kind: kindOf(findings), findings, result };
}
