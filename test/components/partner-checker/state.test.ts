// @vitest-environment happy-dom
/**
 * The partner checker's form state, its reading and its URL encoding, without
 * rendering: row operations keep other rows, the URL round-trips, and hostile
 * URL values drop alone.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countryName } from '../../../src/i18n/format.ts';
import { checkPartnership } from '../../../src/rules/partnership/check.ts';
import { evaluatePartnership } from '../../../src/rules/partnership/evaluate.ts';
import { COUNTRY_CODES } from '../../../src/rules/countries/codes.ts';
import { SCHOOL_LEVELS } from '../../../src/rules/school-levels.ts';
import { codeForTyped } from '../../../src/islands/partner-checker/countries.ts';
import { countryOptions } from '../../../src/components/widgets/partner-checker/choices.ts';
import * as rows from '../../../src/islands/partner-checker/form-state.ts';
import { formChoices } from '../../../src/components/widgets/partner-checker/choices.ts';
import { readForm } from '../../../src/islands/partner-checker/read-form.ts';
import { encodeForm, readFormFromUrl } from '../../../src/islands/partner-checker/url-codec.ts';
import { partnerPresetSearch } from '../../../src/components/workshop/partner-preset.ts';
import { partnershipFixtures } from '../../../src/rules/fixtures/partnership.ts';
import { withUrlState } from '../../../src/islands/kit/url-state.ts';

const CHOICES = formChoices();

const filled = (): rows.FormState => {
  let f = rows.emptyForm();
  f = { ...f, participants: '16', exchangeType: 'teachers-and-pupils', visits: 'yes' };
  f = rows.updateRow(f, 'swedish', f.swedish[0].id, { level: 'upper-secondary' });
  f = rows.addRow(f, 'swedish', CHOICES.rowCap);
  f = rows.updateRow(f, 'swedish', f.swedish[1]!.id, { level: 'compulsory' });
  f = rows.updateRow(f, 'foreign', f.foreign[0]!.id, { countryText: 'Kenya', level: 'upper-secondary' });
  f = rows.addRow(f, 'foreign', CHOICES.rowCap);
  f = rows.updateRow(f, 'foreign', f.foreign[1]!.id, { countryText: 'Tyskland', level: 'compulsory' });
  return f;
};

const searchOf = (f: rows.FormState) => withUrlState('p', encodeForm(f, 'sv', CHOICES), '');

describe('rows', () => {
  test('the applicant row cannot be removed', () => {
    const f = rows.emptyForm();
    expect(rows.removeRow(f, 'swedish', f.swedish[0].id)).toBe(f);
  });

  test('removing a row keeps the other rows and their answers', () => {
    let f = filled();
    f = rows.addRow(f, 'foreign', CHOICES.rowCap);
    f = rows.updateRow(f, 'foreign', f.foreign[2]!.id, { countryText: 'Indien', level: 'preschool' });
    const removed = rows.removeRow(f, 'foreign', f.foreign[1]!.id);
    expect(removed.foreign.map((r) => [r.countryText, r.level])).toEqual([
      ['Kenya', 'upper-secondary'],
      ['Indien', 'preschool'],
    ]);
    expect(removed.swedish).toEqual(f.swedish);
    expect(removed.participants).toBe('16');
  });

  test('rows stop at the cap, one above the programme maximum', () => {
    let f = rows.emptyForm();
    for (let i = 0; i < 10; i++) f = rows.addRow(rows.addRow(f, 'swedish', CHOICES.rowCap), 'foreign', CHOICES.rowCap);
    expect(f.foreign).toHaveLength(CHOICES.rowCap.foreign);
    expect(f.swedish).toHaveLength(CHOICES.rowCap.swedish);
    expect(new Set([...f.swedish, ...f.foreign].map((r) => r.id)).size).toBe(f.swedish.length + f.foreign.length);
  });
});

describe('reading the form', () => {
  const participantsError = (text: string) => {
    const read = readForm({ ...filled(), participants: text }, 'sv', CHOICES);
    return read.ok ? null : read.errors.map((e) => [e.fieldId, e.key]);
  };
  test.each([
    ['', 'error.participants.missing'],
    ['tre', 'error.participants.not-a-number'],
    ['-1', 'error.participants.negative'],
    ['1e308', 'error.participants.not-a-number'],
    ['2,5', 'error.participants.not-a-number'],
    // Beyond what the check's schema takes: refused by the form itself, before any check is loaded.
    ['10001', 'error.participants.too-large'],
  ])('participants %j → %s', (text, key) => {
    expect(participantsError(text)).toEqual([['pc-participants', key]]);
  });

  test('a whole number with group spaces reads', () => {
    const read = readForm({ ...filled(), participants: ' 1 200 ' }, 'sv', CHOICES);
    expect(read.ok && read.answers.participants).toBe(1200);
  });

  test('a complete form reads into the check input', () => {
    const read = readForm(filled(), 'sv', CHOICES);
    expect(read).toEqual({
      ok: true,
      answers: {
        participants: 16,
        exchangeType: 'teachers-and-pupils',
        swedishSchools: [{ level: 'upper-secondary' }, { level: 'compulsory' }],
        foreignSchools: [
          { country: 'KE', level: 'upper-secondary' },
          { country: 'DE', level: 'compulsory' },
        ],
        fundedVisitsToSweden: true,
      },
    });
  });

  test('each missing answer is reported at its own field', () => {
    const read = readForm(rows.emptyForm(), 'en', CHOICES);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => [e.fieldId, e.key])).toEqual([
      ['pc-participants', 'error.participants.missing'],
      ['pc-type-teachers-only', 'error.type.missing'],
      ['pc-se-0-level', 'error.level.missing'],
      ['pc-abroad-1-country', 'error.country.missing'],
      ['pc-abroad-1-level', 'error.level.missing'],
      ['pc-visits-yes', 'error.visits.missing'],
    ]);
  });

  test('a typed country that is not in the list is its own error', () => {
    const f = rows.updateRow(filled(), 'foreign', 1, { countryText: 'Atlantis' });
    const read = readForm(f, 'sv', CHOICES);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors).toEqual([{ fieldId: 'pc-abroad-1-country', key: 'error.country.unknown', row: 'foreignSchools.0' }]);
  });
});

/**
 * The on-use part asks the rules' pure evaluation, without the schema's
 * validator (part.ts): sound only if whatever the form's reader admits, the
 * check accepts, and then both give the same verdict. Forms made of anything
 * a reader can enter: counts typed in any shape, countries by name in either
 * language or as nonsense, any level or none, up to the row cap.
 */
describe('what the reader admits, the check accepts', () => {
  const count = fc.oneof(fc.nat({ max: 20_000 }).map(String), fc.constantFrom('', '1 200', '10000', '10001', '2,5', '-3', '1e3', '٣', ' 7 '));
  // Mostly answered, so that many forms read and reach the check.
  const level = fc.oneof({ arbitrary: fc.constantFrom(...SCHOOL_LEVELS), weight: 9 }, { arbitrary: fc.constant(''), weight: 1 });
  const country = fc.oneof(
    fc.constantFrom(...COUNTRY_CODES).chain((code) => fc.constantFrom(countryName(code, 'sv'), countryName(code, 'en'))),
    fc.constantFrom('', 'Atlantis', 'KE', 'sverige ', 'Storbritannien'),
  );
  const form = fc.record({
    participants: count,
    exchangeType: fc.constantFrom(...CHOICES.exchangeTypes),
    visits: fc.constantFrom('yes', 'no'),
    swedish: fc.array(level, { minLength: 1, maxLength: CHOICES.rowCap.swedish }),
    foreign: fc.array(fc.record({ countryText: country, level }), { maxLength: CHOICES.rowCap.foreign }),
  });
  test.each(['sv', 'en'] as const)('%s', (locale) => {
    let reached = 0;
    fc.assert(
      fc.property(form, (f) => {
        const state: rows.FormState = {
          ...f,
          swedish: f.swedish.map((l, id) => ({ id, level: l })) as unknown as rows.FormState['swedish'],
          foreign: f.foreign.map((r, i) => ({ id: 100 + i, ...r })),
          nextId: 200,
        } as rows.FormState;
        const read = readForm(state, locale, CHOICES);
        if (!read.ok) return;
        reached++;
        const checked = checkPartnership(read.answers);
        expect(checked.kind).not.toBe('invalid');
        expect(evaluatePartnership(read.answers)).toEqual(checked);
      }),
      // A fixed seed: the same forms on every run, so the count below cannot flicker.
      { numRuns: 600, seed: 20261203 },
    );
    expect(reached).toBeGreaterThan(60);
  });
});

describe('countries', () => {
  test('names come in the page language and typed names read back to codes', () => {
    expect(countryOptions('sv').find((o) => o.code === 'DE')?.name).toBe('Tyskland');
    expect(countryOptions('en').find((o) => o.code === 'DE')?.name).toBe('Germany');
    expect(codeForTyped('  tyskland ', 'sv', CHOICES.countries)).toBe('DE');
    expect(codeForTyped('Germany', 'sv', CHOICES.countries)).toBe('DE');
    expect(codeForTyped('ke', 'en', CHOICES.countries)).toBeNull();
    expect(codeForTyped('Sverige', 'sv', CHOICES.countries)).toBe('SE');
    expect(codeForTyped('Atlantis', 'sv', CHOICES.countries)).toBeNull();
  });
});

describe('URL state', () => {
  test('a filled form round-trips through the query string', () => {
    const search = searchOf(filled());
    expect(search).toBe(
      '?p-n=16&p-type=teachers-and-pupils&p-visits=yes&p-s1=upper-secondary&p-s2=compulsory&p-a1=KE%3Aupper-secondary&p-a2=DE%3Acompulsory',
    );
    const { form, hasAnswers } = readFormFromUrl('sv', CHOICES, search);
    expect(hasAnswers).toBe(true);
    expect(readForm(form, 'sv', CHOICES)).toEqual(readForm(filled(), 'sv', CHOICES));
  });

  test('the empty form writes nothing', () => {
    expect(searchOf(rows.emptyForm())).toBe('');
    expect(readFormFromUrl('sv', CHOICES, '').hasAnswers).toBe(false);
  });

  test('no school abroad is kept as such', () => {
    const f = rows.removeRow(filled(), 'foreign', 1);
    const g = rows.removeRow(f, 'foreign', f.foreign[0]!.id);
    const { form } = readFormFromUrl('en', CHOICES, searchOf(g));
    expect(form.foreign).toEqual([]);
  });

  test('a country restored from the URL shows its name in the page language', () => {
    const { form } = readFormFromUrl('en', CHOICES, '?p-a1=KE:upper-secondary');
    expect(form.foreign[0]?.countryText).toBe('Kenya');
    expect(readFormFromUrl('sv', CHOICES, '?p-a1=DE:').form.foreign[0]?.countryText).toBe('Tyskland');
  });

  test.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an attribute break-out', '"><img src=x onerror=alert(1)>'],
    ['1e308', '1e308'],
    ['a negative count', '-5'],
    ['a 10 KB string', 'x'.repeat(10_000)],
  ])('a hostile value (%s) drops its own field only', (_, hostile) => {
    const h = encodeURIComponent(hostile);
    const search = `?p-n=${h}&p-type=${h}&p-s1=upper-secondary&p-s2=${h}&p-a1=${h}&p-a2=KE:${h}&p-a3=KE:compulsory&p-visits=${h}`;
    const { form } = readFormFromUrl('sv', CHOICES, search);
    expect(form.participants).toBe('');
    expect(form.exchangeType).toBe('');
    expect(form.visits).toBe('');
    expect(form.swedish.map((r) => r.level)).toEqual(['upper-secondary']);
    expect(form.foreign.map((r) => [r.countryText, r.level])).toEqual([['Kenya', 'compulsory']]);
    expect(JSON.stringify(form)).not.toMatch(/[<>]|script|onerror|1e308|xxx/);
  });

  test('lower-case or unknown codes and extra parts are not countries', () => {
    const { form } = readFormFromUrl('sv', CHOICES, '?p-a1=ke:compulsory&p-a2=XX:compulsory&p-a3=KE:compulsory:x');
    expect(form.foreign.map((r) => [r.countryText, r.level])).toEqual([['', '']]);
  });
});

describe('presets from fixtures', () => {
  test.each(partnershipFixtures.filter((f) => f.input.swedishSchools.length > 0).map((f) => [f.id, f] as const))(
    '%s opens the form with exactly its answers',
    (_, fixture) => {
      for (const locale of ['sv', 'en'] as const) {
        const search = partnerPresetSearch(fixture.input, locale);
        const { form, hasAnswers } = readFormFromUrl(locale, CHOICES, search);
        expect(hasAnswers).toBe(true);
        expect(readForm(form, locale, CHOICES)).toEqual({ ok: true, answers: fixture.input });
      }
    },
  );
});
