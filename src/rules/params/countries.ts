import { defineParameter } from '../parameter.ts';
import { fact } from '../source.ts';
import { SOURCES_READ_ON } from './read-on.ts';

const LISTS = 'Country lists (for the rules module, as dated data)';

/** EU member states, ISO 3166-1 alpha-2 (official, europa.eu). Greece is GR, not EL. */
export const euCountries = defineParameter('euCountries', 'country-list', [
  {
    value: [
      'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
      'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
    ] as const,
    // The UK left on 2020-01-31; the 27 apply from the next day.
    validFrom: '2020-02-01',
    readOn: SOURCES_READ_ON,
    source: fact(LISTS, 'official', 'official (europa.eu): **EU, 27**'),
  },
]);

/** EEA = the EU plus Iceland, Liechtenstein and Norway. Switzerland is in neither. */
export const eeaCountries = defineParameter('eeaCountries', 'country-list', [
  {
    value: [...euCountries.values[0]!.value, 'IS', 'LI', 'NO'] as const,
    validFrom: '2020-02-01',
    readOn: SOURCES_READ_ON,
    source: fact(LISTS, 'derived', '**EEA** = EU 27 + IS LI NO. Switzerland is in neither.'),
  },
]);

/** OECD members (38 since Costa Rica joined on 2021-05-25). Derived: re-check yearly. */
export const oecdCountries = defineParameter('oecdCountries', 'country-list', [
  {
    value: [
      'AU', 'AT', 'BE', 'CA', 'CL', 'CO', 'CR', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR',
      'HU', 'IS', 'IE', 'IL', 'IT', 'JP', 'KR', 'LV', 'LT', 'LU', 'MX', 'NL', 'NZ', 'NO',
      'PL', 'PT', 'SK', 'SI', 'ES', 'SE', 'CH', 'TR', 'GB', 'US',
    ] as const,
    validFrom: '2021-05-25',
    readOn: SOURCES_READ_ON,
    source: fact(LISTS, 'derived', '**OECD, 38 members** (as of 2021-05-25, Costa Rica the 38th'),
  },
]);
