/**
 * The country codes: ISO 3166-1 alpha-2 has 249 officially assigned codes;
 * every code the programme's lists use is among them; XK is the one accepted
 * extra. Cross-checked against the platform's region names (CLDR via Intl).
 */
import { expect, test } from 'vitest';
import {
  COUNTRY_CODES,
  EXTRA_COUNTRY_CODES,
  ISO_3166_1_ALPHA_2,
  current,
  eeaCountries,
  euCountries,
  isCountryCode,
  oecdCountries,
} from '../../../src/rules/index.ts';

test('ISO 3166-1 alpha-2 has 249 distinct, well-formed codes in order', () => {
  expect(ISO_3166_1_ALPHA_2.length).toBe(249);
  expect(new Set(ISO_3166_1_ALPHA_2).size).toBe(249);
  for (const code of ISO_3166_1_ALPHA_2) expect(code).toMatch(/^[A-Z]{2}$/);
  expect([...ISO_3166_1_ALPHA_2]).toEqual([...ISO_3166_1_ALPHA_2].sort());
});

test('no reserved or transitional code slipped in', () => {
  for (const code of ['UK', 'EU', 'EL', 'SU', 'YU', 'CS', 'AN', 'TP', 'ZR', 'XK', 'ZZ']) {
    expect(ISO_3166_1_ALPHA_2 as readonly string[]).not.toContain(code);
  }
});

test('every code has a region name on this platform', () => {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const code of COUNTRY_CODES) expect(names.of(code), code).not.toBe(code);
});

test('every EU, EEA and OECD code of every dated value is a country code', () => {
  for (const parameter of [euCountries, eeaCountries, oecdCountries]) {
    for (const v of parameter.values) for (const code of v.value) expect(isCountryCode(code), code).toBe(true);
  }
});

test('the lists have the sizes their sources state', () => {
  expect(new Set(current(euCountries, '2026-11-22')).size).toBe(27);
  expect(new Set(current(eeaCountries, '2026-11-22')).size).toBe(30);
  expect(new Set(current(oecdCountries, '2026-11-22')).size).toBe(38);
});

test('XK is the only extra, and it is not in any programme list', () => {
  expect([...EXTRA_COUNTRY_CODES]).toEqual(['XK']);
  expect(COUNTRY_CODES.length).toBe(250);
  expect(current(eeaCountries) as readonly string[]).not.toContain('XK');
  expect(current(oecdCountries) as readonly string[]).not.toContain('XK');
});

test('isCountryCode wants an upper-case code', () => {
  expect(isCountryCode('KE')).toBe(true);
  for (const v of ['ke', 'KEN', 'UK', '', ' KE', null, 42, undefined]) expect(isCountryCode(v)).toBe(false);
});
