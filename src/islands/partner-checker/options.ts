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
import { maxForeignSchools, maxSwedishSchools } from '../../rules/params/schools.ts';
import { EXCHANGE_TYPES } from '../../rules/partnership/exchange-types.ts';
import { SCHOOL_LEVELS } from '../../rules/school-levels.ts';
import type { RowCap } from './form-state.ts';

export { SCHOOL_LEVELS };

/** The exchange types: the list the check's schema accepts (src/rules/partnership/exchange-types.ts, free of zod). */
export { EXCHANGE_TYPES };

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
