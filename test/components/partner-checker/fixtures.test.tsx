// @vitest-environment happy-dom
/**
 * Every partnership fixture entered through the partner checker's fields (rows
 * added with the Add buttons, countries typed by name, levels picked) shows
 * the fixture's verdict kind and rule keys, in both languages. Read from
 * data attributes, never wording.
 */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { partnerCheckerText } from '../../../src/i18n/widgets/partner-checker.ts';
import PartnerChecker from '../../../src/islands/partner-checker/PartnerChecker.tsx';
import { formChoices } from '../../../src/components/widgets/partner-checker/choices.ts';
import { invalidPartnershipFixtures, partnershipFixtures } from '../../../src/rules/fixtures/partnership.ts';
import type { PartnershipInput } from '../../../src/rules/index.ts';
import { AS_OF, enter, errorFieldsOf, rulesOf, submit, verdictOf } from './enter.ts';
import { kitStrings } from '../../../src/i18n/widgets/kit.ts';

const CHOICES = formChoices();

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

/**
 * The form always has the applicant's row (the applicant is a Swedish school),
 * so "no Swedish school at all" cannot be said through it; the rules' own
 * table test covers that fixture.
 */
const enterable = partnershipFixtures.filter((f) => f.input.swedishSchools.length > 0);

test('only the fixture the form cannot express is left out', async () => {
  expect(partnershipFixtures.length - enterable.length).toBeLessThanOrEqual(1);
  for (const f of enterable) {
    expect(f.input.swedishSchools.length).toBeLessThanOrEqual(CHOICES.rowCap.swedish);
    expect(f.input.foreignSchools.length).toBeLessThanOrEqual(CHOICES.rowCap.foreign);
  }
});

describe.each(['sv', 'en'] as const)('fixtures through the form (%s)', (locale) => {
  test.each(enterable.map((f) => [f.id, f] as const))('%s', async (_, fixture) => {
    const { container } = render(<PartnerChecker locale={locale} kit={kitStrings[locale]} asOf={AS_OF} text={partnerCheckerText(locale)} choices={CHOICES} />);
    enter(container, fixture.input, locale);
    await submit(container);
    expect(errorFieldsOf(container)).toEqual([]);
    expect(verdictOf(container)).toBe(fixture.expected.kind);
    expect(rulesOf(container)).toEqual([...fixture.expected.rules].sort());
  });
});

describe('invalid fixtures', () => {
  test('what the form can express of the bad input is refused at its own field', async () => {
    const fixture = invalidPartnershipFixtures.find((f) => f.id === 'unknown-codes-and-types')!;
    const raw = fixture.input as { participants: number; foreignSchools: { country: string }[] };
    // Keep the valid rest, put in the fixture's bad count and its bad country codes as typed text.
    const input: PartnershipInput = {
      participants: 0,
      exchangeType: 'teachers-only',
      swedishSchools: [{ level: 'compulsory' }],
      foreignSchools: raw.foreignSchools.map(() => ({ country: 'KE', level: 'compulsory' })),
      fundedVisitsToSweden: false,
    };
    const { container } = render(<PartnerChecker locale="sv" kit={kitStrings['sv']} asOf={AS_OF} text={partnerCheckerText("sv")} choices={CHOICES} />);
    enter(container, input, 'sv');
    const participants = container.querySelector<HTMLInputElement>('#pc-participants')!;
    participants.value = String(raw.participants);
    fireEvent.input(participants);
    const countries = [...container.querySelectorAll<HTMLInputElement>('[data-row="foreign"] input')];
    raw.foreignSchools.forEach((s, i) => {
      countries[i]!.value = s.country;
      fireEvent.input(countries[i]!);
    });
    await submit(container);
    const expectedPaths = fixture.expected.errors.map((e) => e.path);
    expect(expectedPaths).toEqual(expect.arrayContaining(['participants', 'foreignSchools.0.country', 'foreignSchools.1.country']));
    expect(errorFieldsOf(container)).toEqual(['pc-participants', countries[0]!.id, countries[1]!.id]);
    expect(verdictOf(container)).toBeNull();
  });

  test('more rows than the schema takes cannot be added: the form stops at its cap', async () => {
    const fixture = invalidPartnershipFixtures.find((f) => f.id === 'too-many-rows')!;
    const rows = (fixture.input as { foreignSchools: unknown[] }).foreignSchools.length;
    const { container } = render(<PartnerChecker locale="en" kit={kitStrings['en']} asOf={AS_OF} text={partnerCheckerText("en")} choices={CHOICES} />);
    for (let i = 0; i < rows; i++) {
      const add = container.querySelector('#pc-add-abroad');
      if (add) fireEvent.click(add);
    }
    expect(container.querySelectorAll('[data-row="foreign"]')).toHaveLength(CHOICES.rowCap.foreign);
    expect(container.querySelector('#pc-add-abroad')).toBeNull();
  });
});
