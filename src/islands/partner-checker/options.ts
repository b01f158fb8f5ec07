/**
 * The choices the partner checker offers, all from src/rules so that the form
 * and the check cannot disagree. Nothing here decides eligibility.
 */
// Straight from the modules, not the index: the index would pull every check into the island.
import { current } from '../../rules/parameter.ts';
import { exchangeTypes } from '../../rules/params/participants.ts';
import { maxForeignSchools, maxSwedishSchools } from '../../rules/params/schools.ts';
import type { ExchangeType } from '../../rules/partnership/schema.ts';
import { SCHOOL_LEVELS, type SchoolLevel } from '../../rules/school-levels.ts';
import type { RowCap } from './form-state.ts';

export { SCHOOL_LEVELS, type ExchangeType, type SchoolLevel };

/**
 * The exchange types, read from the parameter as the check's schema reads
 * them (every dated value). Not imported from the schema module: that would
 * bring the validator into the form's up-front script.
 */
export const EXCHANGE_TYPES: readonly ExchangeType[] = [...new Set(exchangeTypes.values.flatMap((v) => v.value))];

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
export const ROW_CAP: RowCap = {
  swedish: current(maxSwedishSchools) + 1,
  foreign: current(maxForeignSchools) + 1,
};

/**
 * What the form offers, as the island's page hands it over (props, i.e. data
 * in the HTML): read here at build time, so the parameters and their source
 * quotes are not part of the script a page loads up front.
 */
export interface FormChoices {
  readonly exchangeTypes: readonly ExchangeType[];
  readonly levels: readonly SchoolLevel[];
  readonly rowCap: RowCap;
}

export const formChoices = (): FormChoices => ({ exchangeTypes: EXCHANGE_TYPES, levels: SCHOOL_LEVELS, rowCap: ROW_CAP });
