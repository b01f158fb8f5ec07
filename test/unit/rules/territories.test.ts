/**
 * Places: every ISO 3166-1 code that names a dependent territory (ISO marks it
 * "not independent"), with its parent state and its own EU/EEA status, and
 * what the partnership check makes of a partner school there. The expected
 * table below is written out independently of src/rules/places, from the
 * treaties (TEU Art. 52, TFEU Art. 349 and 355 with Annex II, the EEA
 * Agreement Art. 126 and Protocol 40) and ISO 3166; the data must agree with
 * it code by code.
 *
 * A wrong "eligible" is the worst answer the site can give: a territory of an
 * EU/EEA state is never plainly eligible.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  ISO_3166_1_ALPHA_2,
  PLACES_WITHOUT_PARENT,
  TERRITORIES,
  checkPartnership,
  isCountryCode,
  legalTexts,
  placeOf,
  type PartnershipInput,
} from '../../../src/rules/index.ts';
import { isoEntry } from '../../../src/rules/places/public-texts.ts';

const DATE = '2026-11-22';

type Own = 'eu' | 'eea' | 'outside';

/** ISO 3166-1 codes marked not independent, each with its parent state and its own status. */
const EXPECTED: Readonly<Record<string, readonly [parent: string, own: Own]>> = {
  // Finland: Åland is EU territory (TFEU Art. 355(4)).
  AX: ['FI', 'eu'],
  // Denmark: Greenland is an overseas country (Annex II), the Faroes are outside the Treaties (Art. 355(5)(a)).
  GL: ['DK', 'outside'],
  FO: ['DK', 'outside'],
  // Norway: Svalbard is outside the EEA (Protocol 40); Bouvet Island is a dependency, not the Kingdom's territory.
  SJ: ['NO', 'outside'],
  BV: ['NO', 'outside'],
  // France: the outermost regions are EU (Art. 349, 355(1)); the overseas countries and territories are not (Annex II).
  GF: ['FR', 'eu'],
  GP: ['FR', 'eu'],
  MQ: ['FR', 'eu'],
  RE: ['FR', 'eu'],
  YT: ['FR', 'eu'],
  MF: ['FR', 'eu'],
  BL: ['FR', 'outside'],
  NC: ['FR', 'outside'],
  PF: ['FR', 'outside'],
  PM: ['FR', 'outside'],
  TF: ['FR', 'outside'],
  WF: ['FR', 'outside'],
  // The Netherlands: Aruba, Curaçao, Sint Maarten and the Caribbean Netherlands are overseas countries and territories.
  AW: ['NL', 'outside'],
  CW: ['NL', 'outside'],
  SX: ['NL', 'outside'],
  BQ: ['NL', 'outside'],
  // The United Kingdom (outside the EU since 2020-01-31, never in the EEA).
  AI: ['GB', 'outside'],
  BM: ['GB', 'outside'],
  FK: ['GB', 'outside'],
  GG: ['GB', 'outside'],
  GI: ['GB', 'outside'],
  GS: ['GB', 'outside'],
  IM: ['GB', 'outside'],
  IO: ['GB', 'outside'],
  JE: ['GB', 'outside'],
  KY: ['GB', 'outside'],
  MS: ['GB', 'outside'],
  PN: ['GB', 'outside'],
  SH: ['GB', 'outside'],
  TC: ['GB', 'outside'],
  VG: ['GB', 'outside'],
  // The United States.
  AS: ['US', 'outside'],
  GU: ['US', 'outside'],
  MP: ['US', 'outside'],
  PR: ['US', 'outside'],
  UM: ['US', 'outside'],
  VI: ['US', 'outside'],
  // Australia.
  CC: ['AU', 'outside'],
  CX: ['AU', 'outside'],
  HM: ['AU', 'outside'],
  NF: ['AU', 'outside'],
  // New Zealand.
  CK: ['NZ', 'outside'],
  NU: ['NZ', 'outside'],
  TK: ['NZ', 'outside'],
  // China.
  HK: ['CN', 'outside'],
  MO: ['CN', 'outside'],
};

/** Marked not independent by ISO, but with no parent state to name (Antarctic Treaty; a disputed territory). */
const WITHOUT_PARENT = ['AQ', 'EH'];

const EU_EEA_STATES = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO']);
const OECD = new Set(['AU', 'AT', 'BE', 'CA', 'CL', 'CO', 'CR', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IS',
  'IE', 'IL', 'IT', 'JP', 'KR', 'LV', 'LT', 'LU', 'MX', 'NL', 'NZ', 'NO', 'PL', 'PT', 'SK', 'SI', 'ES', 'SE', 'CH', 'TR', 'GB', 'US']);

const partnerIn = (country: string, fundedVisitsToSweden = false): PartnershipInput => ({
  participants: 8,
  exchangeType: 'teachers-only',
  swedishSchools: [{ level: 'compulsory' }],
  foreignSchools: [{ country: country as PartnershipInput['foreignSchools'][number]['country'], level: 'compulsory' }],
  fundedVisitsToSweden,
});

const verdictFor = (country: string, visits = false) => {
  const v = checkPartnership(partnerIn(country, visits), { date: DATE });
  if (v.kind === 'invalid') throw new Error(`${country}: ${JSON.stringify(v.errors)}`);
  return { kind: v.kind, rules: v.findings.map((f) => f.rule), findings: v.findings, result: v.result };
};

test('the table holds exactly the territories ISO marks not independent, less those without a parent', () => {
  expect(Object.keys(TERRITORIES).sort()).toEqual(Object.keys(EXPECTED).sort());
  expect(Object.keys(PLACES_WITHOUT_PARENT).sort()).toEqual(WITHOUT_PARENT);
  for (const code of [...Object.keys(EXPECTED), ...WITHOUT_PARENT]) expect(ISO_3166_1_ALPHA_2 as readonly string[]).toContain(code);
});

describe.each(Object.entries(EXPECTED))('%s', (code, [parent, own]) => {
  const territory = TERRITORIES[code as keyof typeof TERRITORIES]!;

  test(`belongs to ${parent}, its own status is ${own}`, () => {
    expect(territory.parent).toBe(parent);
    expect(territory.status).toBe(own);
    expect(isCountryCode(territory.parent)).toBe(true);
    // A parent is a state: never itself a territory.
    expect(Object.keys(TERRITORIES)).not.toContain(territory.parent);
  });

  test('cites a public text for its status and ISO 3166 for its parent, without quoting words we do not hold', () => {
    expect(territory.statusSources.length).toBeGreaterThan(0);
    const parentSource = isoEntry(code);
    for (const source of [...territory.statusSources.map((key) => legalTexts[key]), parentSource]) {
      expect(source.kind).toBe('public-text');
      expect(source.url).toMatch(/^https:\/\/(eur-lex\.europa\.eu|www\.iso\.org)\//);
      expect(source.title.length).toBeGreaterThan(5);
      expect(source.part.length).toBeGreaterThan(2);
      expect(source).not.toHaveProperty('quote');
    }
    expect(parentSource.url).toContain(code);
  });

  test('the check treats a partner school there by the territory’s own status', () => {
    const v = verdictFor(code);
    const parentInEuEea = EU_EEA_STATES.has(parent);
    if (own === 'eu') {
      expect(v.kind).toBe('not-eligible');
      expect(v.rules).toContain('partnership.partner-in-eu-eea');
      expect(v.rules).not.toContain('partnership.partner-in-territory-of-eu-eea-state');
    } else if (parentInEuEea) {
      expect(v.kind).toBe('needs-attention');
      expect(v.rules).toContain('partnership.partner-in-territory-of-eu-eea-state');
      expect(v.rules).not.toContain('partnership.partner-in-eu-eea');
    } else {
      expect(v.kind).toBe('eligible');
      expect(v.rules).not.toContain('partnership.partner-in-territory-of-eu-eea-state');
    }
  });

  test('funded visits to Sweden follow the parent state’s OECD membership (our reading)', () => {
    const v = verdictFor(code, true);
    if (own === 'eu') return; // a blocker already; left out of the OECD findings (ADR 0002, 5)
    expect(v.rules.includes('partnership.funded-visits-oecd')).toBe(OECD.has(parent));
    expect(v.rules.includes('partnership.funded-visits-outside-oecd')).toBe(!OECD.has(parent));
  });
});

test('a name from Object.prototype is no territory', () => {
  for (const code of ['constructor', '__proto__', 'toString']) {
    expect(placeOf(code, DATE)).toEqual({ code, parent: null, status: 'outside', parentStatus: null });
  }
});

describe('places without a parent state', () => {
  test.each(WITHOUT_PARENT)('%s is a place outside the EU/EEA and the OECD', (code) => {
    expect(placeOf(code, DATE)).toMatchObject({ code, parent: null, status: 'outside' });
    expect(verdictFor(code).kind).toBe('eligible');
    expect(verdictFor(code, true).rules).toContain('partnership.funded-visits-outside-oecd');
  });
});

test('every ISO code that is not a territory is a place of its own, with the lists’ status', () => {
  for (const code of ISO_3166_1_ALPHA_2) {
    if (code in TERRITORIES) continue;
    const place = placeOf(code, DATE);
    expect(place?.parent ?? null, code).toBeNull();
    expect(place?.status, code).toBe(EU_EEA_STATES.has(code) ? (['IS', 'LI', 'NO'].includes(code) ? 'eea' : 'eu') : 'outside');
  }
});

describe('the finding for a territory of an EU/EEA state', () => {
  test('Greenland: needs attention, names the parent and says it is Nordic', () => {
    const v = verdictFor('GL');
    expect(v.kind).toBe('needs-attention');
    const f = v.findings.find((x) => x.rule === 'partnership.partner-in-territory-of-eu-eea-state');
    expect(f?.severity).toBe('warning');
    expect(f?.params).toMatchObject({
      countries: ['GL'],
      parentCountries: ['DK'],
      nordicCountries: ['GL'],
      paths: ['foreignSchools.0'],
    });
    expect(v.result.territoryPartnerCountries).toEqual(['GL']);
    expect(v.result.euEeaPartnerCountries).toEqual([]);
  });

  test('New Caledonia: needs attention, not Nordic', () => {
    const f = verdictFor('NC').findings.find((x) => x.rule === 'partnership.partner-in-territory-of-eu-eea-state');
    expect(f?.params).toMatchObject({ countries: ['NC'], parentCountries: ['FR'], nordicCountries: [] });
  });

  test('Åland and Réunion are EU partners (not-eligible), never "outside the EU/EEA"', () => {
    for (const code of ['AX', 'RE']) {
      const v = verdictFor(code);
      expect(v.kind).toBe('not-eligible');
      expect(v.result.euEeaPartnerCountries).toEqual([code]);
      const f = v.findings.find((x) => x.rule === 'partnership.partner-in-eu-eea');
      expect(f?.params).toMatchObject({ countries: [code], eeaOnlyCountries: [] });
    }
  });

  test('one finding lists every territory row, beside an eligible partner', () => {
    const v = checkPartnership(
      {
        ...partnerIn('KE'),
        foreignSchools: [
          { country: 'KE', level: 'compulsory' },
          { country: 'FO', level: 'compulsory' },
          { country: 'PF', level: 'compulsory' },
        ],
      },
      { date: DATE },
    );
    if (v.kind === 'invalid') throw new Error('invalid');
    expect(v.kind).toBe('needs-attention');
    const found = v.findings.filter((x) => x.rule === 'partnership.partner-in-territory-of-eu-eea-state');
    expect(found).toHaveLength(1);
    expect(found[0]?.params).toMatchObject({
      paths: ['foreignSchools.1', 'foreignSchools.2'],
      countries: ['FO', 'PF'],
      parentCountries: ['DK', 'FR'],
      nordicCountries: ['FO'],
    });
  });
});

describe('property: no partner set with an EU/EEA place or a territory of an EU/EEA state is eligible', () => {
  const codes = [...ISO_3166_1_ALPHA_2, 'XK'];
  test('random partner schools from every code', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...codes), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (countries, visits) => {
          const v = checkPartnership(
            { ...partnerIn('KE', visits), foreignSchools: countries.map((country) => ({ country, level: 'compulsory' })) },
            { date: DATE },
          );
          if (v.kind === 'invalid') throw new Error(JSON.stringify(v.errors));
          const own = (c: string) => EXPECTED[c]?.[1] ?? (EU_EEA_STATES.has(c) ? 'in' : 'outside');
          const parentIn = (c: string) => EXPECTED[c] !== undefined && EU_EEA_STATES.has(EXPECTED[c][0]);
          const inside = countries.some((c) => own(c) !== 'outside');
          const territory = countries.some((c) => own(c) === 'outside' && parentIn(c));
          if (inside) expect(v.kind).toBe('not-eligible');
          else if (territory) expect(v.kind).not.toBe('eligible');
          expect(v.findings.some((f) => f.rule === 'partnership.partner-in-territory-of-eu-eea-state')).toBe(territory);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
