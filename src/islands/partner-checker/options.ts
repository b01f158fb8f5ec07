/**
 * The choices the partner checker offers, all read from src/rules so that the
 * form and the check cannot disagree. Nothing here decides eligibility.
 */
import { current } from '../../rules/parameter.ts';
import { allowedSchoolLevels, exchangeTypes, maxForeignSchools, maxSwedishSchools } from '../../rules/params/index.ts';

export type ExchangeType = (typeof exchangeTypes.values)[number]['value'][number];
export const EXCHANGE_TYPES: readonly ExchangeType[] = current(exchangeTypes);

/**
 * Levels a school can have. The allowed ones come from the parameter; the two
 * beyond it are offered so that a reader can enter a partner the programme
 * does not fund and be told why (formell utbildning motsvarande högst
 * gymnasial nivå).
 */
export const SCHOOL_LEVELS = [...current(allowedSchoolLevels), 'higher-education', 'no-formal-education'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export const isSchoolLevel = (v: unknown): v is SchoolLevel =>
  typeof v === 'string' && (SCHOOL_LEVELS as readonly string[]).includes(v);
export const isExchangeType = (v: unknown): v is ExchangeType =>
  typeof v === 'string' && (EXCHANGE_TYPES as readonly string[]).includes(v);

/**
 * How many rows the form lets a reader add: one more than the programme allows,
 * so that "four schools abroad" can be entered and reported as a finding
 * rather than being impossible to say. The Swedish count includes the
 * applicant's own row.
 */
export const ROW_CAP = {
  swedish: current(maxSwedishSchools) + 1,
  foreign: current(maxForeignSchools) + 1,
} as const;
