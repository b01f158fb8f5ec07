/**
 * TEMPORARY: a short list of ISO 3166-1 alpha-2 codes until src/rules exports
 * the full list (the rules helper is adding it); then this file re-exports it.
 */
import { current } from '../../rules/parameter.ts';
import { eeaCountries, oecdCountries } from '../../rules/params/index.ts';

const extra = ['KE', 'TZ', 'ZA', 'IN', 'CN', 'VN', 'BR', 'UA', 'RS', 'GH', 'NP', 'PE'];

export const COUNTRY_CODES: readonly string[] = [
  ...new Set([...current(eeaCountries), ...current(oecdCountries), ...extra]),
];
