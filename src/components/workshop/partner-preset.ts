/**
 * A partnership check input (a fixture) as the partner checker's query string.
 * The partner checker encodes its *form* (encodeForm), not a rules input, so
 * this adapter fills the form as a reader would — rows in order, each country
 * by its name in the page's language — and hands it to the checker's own
 * encoder. A unit test reads the result back with the checker's own reader.
 */
import { countryName } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { withUrlState } from '../../islands/kit/url-state.ts';
import type { FormState, SwedishRow } from '../../islands/partner-checker/form-state.ts';
import { URL_PREFIX, encodeForm } from '../../islands/partner-checker/url-codec.ts';
import type { PartnershipInput } from '../../rules/partnership/schema.ts';
import { formChoices } from '../widgets/partner-checker/choices.ts';

export function partnerPresetSearch(input: PartnershipInput, locale: Locale, search = ''): string {
  const [applicant, ...others] = input.swedishSchools;
  // The form always has the applicant's row; an input without a Swedish school cannot be a preset.
  if (!applicant) throw new Error('A partner-checker preset needs at least one Swedish school (the applicant)');
  let id = 0;
  const swedish: [SwedishRow, ...SwedishRow[]] = [
    { id: id++, level: applicant.level },
    ...others.map((s) => ({ id: id++, level: s.level })),
  ];
  const form: FormState = {
    participants: String(input.participants),
    exchangeType: input.exchangeType,
    swedish,
    foreign: input.foreignSchools.map((f) => ({ id: id++, countryText: countryName(f.country, locale), level: f.level })),
    visits: input.fundedVisitsToSweden ? 'yes' : 'no',
    nextId: id,
  };
  return withUrlState(URL_PREFIX, encodeForm(form, locale, formChoices()), search);
}
