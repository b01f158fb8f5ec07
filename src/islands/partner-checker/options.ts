/**
 * The choices the partner checker offers, all from src/rules' parameters so
 * that the form and the check cannot disagree. Nothing here decides
 * eligibility.
 *
 * Straight from the parameter modules, not the index or the schema module:
 * either would bring the check's validator (zod) into the up-front script,
 * which the URL codec and the form reading are part of.
 */
import { current } from '../../rules/parameter.ts';
import { exchangeTypes } from '../../rules/params/participants.ts';
import { maxForeignSchools, maxSwedishSchools } from '../../rules/params/schools.ts';
import type { ExchangeType } from '../../rules/partnership/schema.ts';
import { SCHOOL_LEVELS } from '../../rules/school-levels.ts';
import type { RowCap } from './form-state.ts';

export { SCHOOL_LEVELS };

/**
 * The exchange types as the check's schema reads them (every dated value of
 * the parameter). src/rules names this list EXCHANGE_TYPES in its schema
 * module, which the up-front script cannot import; a unit test holds the two
 * equal (test/components/partner-checker/state.test.ts).
 */
export const EXCHANGE_TYPE_CHOICES: readonly ExchangeType[] = [...new Set(exchangeTypes.values.flatMap((v) => v.value))];

/**
 * How many rows the form lets a reader add: one more than the programme allows,
 * so that "four schools abroad" can be entered and reported as a finding
 * rather than being impossible to say. The Swedish count includes the
 * applicant's own row.
 */
export const ROW_CAP: RowCap = {
  swedish: current(maxSwedishSchools) + 1,
  foreign: current(maxForeignSchools) + 1,
};
