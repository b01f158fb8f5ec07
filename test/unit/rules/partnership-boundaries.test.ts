/**
 * Partnership at its edges, with the limits read from the parameters:
 * participants at and below the minimum, schools at and above each maximum,
 * each kind of partner country, and funded visits with OECD and non-OECD
 * partners.
 */
import { describe, expect, test } from 'vitest';
import {
  INPUT_LIMITS,
  checkPartnership,
  current,
  maxForeignSchools,
  maxPartnerSchools,
  maxSwedishSchools,
  minParticipants,
  type PartnershipInput,
} from '../../../src/rules/index.ts';

const DATE = '2026-11-22';
const base: PartnershipInput = {
  participants: current(minParticipants, DATE),
  exchangeType: 'teachers-only',
  swedishSchools: [{ level: 'compulsory' }],
  foreignSchools: [{ country: 'KE', level: 'compulsory' }],
  fundedVisitsToSweden: false,
};

const rulesOf = (input: unknown) => {
  const v = checkPartnership(input, { date: DATE });
  if (v.kind === 'invalid') throw new Error(JSON.stringify(v.errors));
  return v.findings.map((f) => f.rule);
};
const schools = (n: number, country = 'KE') => Array.from({ length: n }, () => ({ country, level: 'compulsory' as const }));
const swedish = (n: number) => Array.from({ length: n }, () => ({ level: 'compulsory' as const }));

test('the base case is eligible', () => {
  expect(checkPartnership(base, { date: DATE }).kind).toBe('eligible');
});

test('participants: the minimum passes, one fewer does not', () => {
  const min = current(minParticipants, DATE);
  expect(rulesOf({ ...base, participants: min })).not.toContain('partnership.too-few-participants');
  expect(rulesOf({ ...base, participants: min - 1 })).toContain('partnership.too-few-participants');
  expect(rulesOf({ ...base, participants: 0 })).toContain('partnership.too-few-participants');
});

describe('number of schools', () => {
  const maxSe = current(maxSwedishSchools, DATE);
  const maxAbroad = current(maxForeignSchools, DATE);
  const maxAll = current(maxPartnerSchools, DATE);

  test('the maximum on each side passes, one more does not', () => {
    expect(rulesOf({ ...base, swedishSchools: swedish(maxSe) })).not.toContain('partnership.too-many-swedish-schools');
    expect(rulesOf({ ...base, swedishSchools: swedish(maxSe + 1) })).toContain('partnership.too-many-swedish-schools');
    expect(rulesOf({ ...base, foreignSchools: schools(maxAbroad) })).not.toContain('partnership.too-many-foreign-schools');
    expect(rulesOf({ ...base, foreignSchools: schools(maxAbroad + 1) })).toContain('partnership.too-many-foreign-schools');
  });

  test('the maximum in all passes, one more does not', () => {
    const all = { ...base, swedishSchools: swedish(maxSe), foreignSchools: schools(maxAll - maxSe) };
    expect(rulesOf(all)).not.toContain('partnership.too-many-schools');
    expect(rulesOf({ ...all, foreignSchools: schools(maxAll - maxSe + 1) })).toContain('partnership.too-many-schools');
  });

  test('none on a side', () => {
    expect(rulesOf({ ...base, swedishSchools: [] })).toContain('partnership.no-swedish-school');
    expect(rulesOf({ ...base, foreignSchools: [] })).toContain('partnership.no-foreign-school');
  });

  test('the input bound is a field error, above the programme maximum', () => {
    expect(INPUT_LIMITS.maxSchoolsPerSide).toBeGreaterThan(maxAll);
    expect(checkPartnership({ ...base, foreignSchools: schools(INPUT_LIMITS.maxSchoolsPerSide) }).kind).not.toBe('invalid');
    expect(checkPartnership({ ...base, foreignSchools: schools(INPUT_LIMITS.maxSchoolsPerSide + 1) })).toEqual({
      kind: 'invalid',
      errors: [{ path: 'foreignSchools', message: 'list.too-long' }],
    });
  });
});

describe('partner countries', () => {
  test.each([
    ['DE', 'eu', ['partnership.partner-in-eu-eea']],
    ['NO', 'eea only', ['partnership.partner-in-eu-eea']],
    ['IS', 'eea only', ['partnership.partner-in-eu-eea']],
    ['SE', 'Sweden', ['partnership.sweden-as-foreign']],
    ['CH', 'outside, OECD', ['partnership.confirm-partner-level']],
    ['GB', 'outside, OECD', ['partnership.confirm-partner-level']],
    ['KE', 'outside', ['partnership.confirm-partner-level']],
    ['XK', 'outside, user-assigned code', ['partnership.confirm-partner-level']],
  ])('%s (%s)', (country, _what, rules) => {
    expect(rulesOf({ ...base, foreignSchools: [{ country, level: 'compulsory' }] }).sort()).toEqual([...rules].sort());
  });

  test('Sweden abroad is not also reported as an EU partner', () => {
    expect(rulesOf({ ...base, foreignSchools: schools(1, 'SE') })).not.toContain('partnership.partner-in-eu-eea');
  });

  test('one finding per rule, listing every row it concerns', () => {
    const v = checkPartnership({
      ...base,
      foreignSchools: [
        { country: 'DE', level: 'compulsory' },
        { country: 'KE', level: 'compulsory' },
        { country: 'NO', level: 'compulsory' },
      ],
    });
    if (v.kind === 'invalid') throw new Error('invalid');
    const eu = v.findings.filter((f) => f.rule === 'partnership.partner-in-eu-eea');
    expect(eu).toHaveLength(1);
    expect(eu[0]?.params['paths']).toEqual(['foreignSchools.0', 'foreignSchools.2']);
    expect(eu[0]?.params['countries']).toEqual(['DE', 'NO']);
    expect(eu[0]?.params['eeaOnlyCountries']).toEqual(['NO']);
  });
});

describe('school levels', () => {
  test.each([
    ['preschool', []],
    ['compulsory', []],
    ['upper-secondary', []],
    ['adult-upper-secondary', []],
    ['higher-education', ['partnership.school-level-too-high']],
    ['no-formal-education', ['partnership.school-not-formal-education']],
  ])('a Swedish school at level %s', (level, rules) => {
    expect(rulesOf({ ...base, swedishSchools: [{ level }] }).filter((r) => r.startsWith('partnership.school-'))).toEqual(rules);
  });

  test('a foreign university is reported with its row', () => {
    const v = checkPartnership({ ...base, foreignSchools: [{ country: 'GH', level: 'higher-education' }] });
    if (v.kind === 'invalid') throw new Error('invalid');
    const f = v.findings.find((x) => x.rule === 'partnership.school-level-too-high');
    expect(f?.severity).toBe('blocker');
    expect(f?.params['paths']).toEqual(['foreignSchools.0']);
  });
});

describe('grant-funded visits to Sweden', () => {
  const visits = (...countries: string[]) =>
    checkPartnership({ ...base, foreignSchools: countries.map((country) => ({ country, level: 'compulsory' })), fundedVisitsToSweden: true }, { date: DATE });

  test('with a partner outside the OECD: allowed (info)', () => {
    const v = visits('KE');
    expect(v.kind).toBe('eligible');
    if (v.kind === 'invalid') return;
    expect(v.findings.map((f) => f.rule)).toContain('partnership.funded-visits-outside-oecd');
  });

  test('with an OECD partner outside the EU/EEA: that part cannot be funded (warning)', () => {
    for (const country of ['CH', 'GB', 'US', 'JP']) {
      const v = visits(country);
      expect(v.kind, country).toBe('needs-attention');
      if (v.kind === 'invalid') return;
      const f = v.findings.find((x) => x.rule === 'partnership.funded-visits-oecd');
      expect(f?.params['countries']).toEqual([country]);
      expect(f?.params['allPartnersInOecd']).toBe(true);
    }
  });

  test('with both: a warning for the OECD partner and the info for the other', () => {
    const v = visits('US', 'TZ');
    expect(v.kind).toBe('needs-attention');
    if (v.kind === 'invalid') return;
    const oecd = v.findings.find((x) => x.rule === 'partnership.funded-visits-oecd');
    expect(oecd?.params['countries']).toEqual(['US']);
    expect(oecd?.params['allPartnersInOecd']).toBe(false);
  });

  test('without funded visits there is no visit finding, whatever the country', () => {
    for (const country of ['US', 'KE']) {
      expect(rulesOf({ ...base, foreignSchools: schools(1, country) }).filter((r) => r.includes('visits'))).toEqual([]);
    }
  });
});
