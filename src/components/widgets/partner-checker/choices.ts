/**
 * What the partner checker's form offers, worked out at build time from
 * src/rules' parameters and handed to the island as props (FormChoices): the
 * levels and exchange types the check's schema accepts, how many rows a reader
 * may add, and the country codes with their names for the page's <datalist>.
 */
import { countryName } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { COUNTRY_CODES } from '../../../rules/countries/codes.ts';
import { current } from '../../../rules/parameter.ts';
import { maxForeignSchools, maxSwedishSchools } from '../../../rules/params/schools.ts';
import { EXCHANGE_TYPES } from '../../../rules/partnership/exchange-types.ts';
import { SCHOOL_LEVELS } from '../../../rules/school-levels.ts';
import type { FormChoices } from '../../../islands/partner-checker/form-state.ts';

export const formChoices = (): FormChoices => ({
  levels: SCHOOL_LEVELS,
  exchangeTypes: EXCHANGE_TYPES,
  /*
   * One row more than the programme allows, so that "four schools abroad" can
   * be entered and reported as a finding rather than being impossible to say.
   * The Swedish count includes the applicant's own row.
   */
  rowCap: { swedish: current(maxSwedishSchools) + 1, foreign: current(maxForeignSchools) + 1 },
  countries: COUNTRY_CODES,
});

export interface CountryOption {
  readonly code: string;
  readonly name: string;
}

/** Every country, named in `locale`, sorted as that language sorts: the page's <datalist>. */
export function countryOptions(locale: Locale): readonly CountryOption[] {
  const collator = new Intl.Collator(locale);
  return (
    COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) }))
      // A platform without a name for a code would show the bare code; leave it out.
      .filter((o) => o.name !== o.code)
      .sort((a, b) => collator.compare(a.name, b.name))
  );
}
