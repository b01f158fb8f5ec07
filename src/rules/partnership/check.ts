/**
 * The partnership check: is the project built as the programme requires
 * (participants, parties, number and level of partner schools, partner
 * countries, funded visits to Sweden)?
 */
import { current, type IsoDate } from '../parameter.ts';
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
import { NO_FORMAL_EDUCATION } from '../school-levels.ts';
import { finding } from '../finding.ts';
import { validate } from '../validate.ts';
import { kindOf, type Finding, type FindingParams, type Verdict } from '../verdict.ts';
import { partnershipRules, type PartnershipRule } from './rules.ts';
import { partnershipInputSchema, type PartnershipInput } from './schema.ts';

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
  /** Partner countries inside the EU/EEA (Sweden excluded: it has its own finding). */
  readonly euEeaPartnerCountries: readonly string[];
  /** Partner countries outside the EU/EEA that are OECD members. */
  readonly oecdPartnerCountries: readonly string[];
  /** Partner countries whose visits to Sweden the grant may pay for (outside the EU/EEA and the OECD). */
  readonly visitFundableCountries: readonly string[];
}

const distinct = (codes: readonly string[]): string[] => [...new Set(codes)];

function findingsFor(input: PartnershipInput, date: IsoDate | undefined): {
  findings: Finding<PartnershipRule>[];
  result: PartnershipResult;
} {
  const out: Finding<PartnershipRule>[] = [];
  const f = (rule: PartnershipRule, params?: FindingParams) => out.push(finding(partnershipRules, rule, params));
  const sweden = input.swedishSchools.length;
  const abroad = input.foreignSchools.length;

  const min = current(minParticipants, date);
  if (input.participants < min) f('partnership.too-few-participants', { participants: input.participants, min });

  const minAllParties = current(minParties, date);
  if (sweden < current(minSwedishSchools, date)) f('partnership.no-swedish-school', { minParties: minAllParties });
  if (abroad < current(minForeignSchools, date)) f('partnership.no-foreign-school', { minParties: minAllParties });

  const maxSweden = current(maxSwedishSchools, date);
  const maxAbroad = current(maxForeignSchools, date);
  const maxAll = current(maxPartnerSchools, date);
  if (sweden > maxSweden) f('partnership.too-many-swedish-schools', { count: sweden, max: maxSweden });
  if (abroad > maxAbroad) f('partnership.too-many-foreign-schools', { count: abroad, max: maxAbroad });
  if (sweden + abroad > maxAll) f('partnership.too-many-schools', { count: sweden + abroad, max: maxAll });

  // One finding per rule, listing every school it concerns (`paths` point at the input rows), so
  // a verdict never holds the same rule twice and a widget can mark each row.
  const allowed: readonly string[] = current(allowedSchoolLevels, date);
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

  const eu: readonly string[] = current(euCountries, date);
  const eea: readonly string[] = current(eeaCountries, date);
  const oecd: readonly string[] = current(oecdCountries, date);
  const swedenPaths: string[] = [];
  const euEeaPaths: string[] = [];
  const euEea: string[] = [];
  const outside: string[] = [];
  input.foreignSchools.forEach((school, index) => {
    const path = `foreignSchools.${index}`;
    if (school.country === SWEDEN) swedenPaths.push(path);
    else if (eea.includes(school.country)) {
      euEeaPaths.push(path);
      euEea.push(school.country);
    } else outside.push(school.country);
  });
  if (swedenPaths.length > 0) f('partnership.sweden-as-foreign', { paths: swedenPaths, count: swedenPaths.length });
  const euEeaCountries = distinct(euEea);
  if (euEeaCountries.length > 0) {
    f('partnership.partner-in-eu-eea', {
      paths: euEeaPaths,
      countries: euEeaCountries,
      // EEA members outside the EU (Norway, Iceland, Liechtenstein): the message names both unions.
      eeaOnlyCountries: euEeaCountries.filter((c) => !eu.includes(c)),
    });
  }
  const outsideCountries = distinct(outside);
  const oecdPartners = outsideCountries.filter((c) => oecd.includes(c));
  const fundable = outsideCountries.filter((c) => !oecd.includes(c));

  if (input.fundedVisitsToSweden) {
    if (oecdPartners.length > 0) {
      f('partnership.funded-visits-oecd', { countries: oecdPartners, allPartnersInOecd: fundable.length === 0 });
    }
    if (fundable.length > 0) f('partnership.funded-visits-outside-oecd', { countries: fundable });
  }

  // The reminder to confirm the level concerns partners that could otherwise be funded.
  const atAllowedLevel = input.foreignSchools.filter(
    (s) => s.country !== SWEDEN && !eea.includes(s.country) && allowed.includes(s.level),
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
      oecdPartnerCountries: oecdPartners,
      visitFundableCountries: fundable,
    },
  };
}

/** Total: any input gives a verdict, never an exception. */
export function checkPartnership(input: unknown, options: CheckOptions = {}): Verdict<PartnershipResult, PartnershipRule> {
  const parsed = validate(partnershipInputSchema, input);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
  const { findings, result } = findingsFor(parsed.data, options.date);
  return { kind: kindOf(findings), findings, result };
}
