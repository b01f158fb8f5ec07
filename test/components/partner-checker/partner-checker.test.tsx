// @vitest-environment happy-dom
/**
 * The partner checker rendered in happy-dom and operated through its fields:
 * the verdict and rule keys it shows are the rules module's for the same
 * answers; rows come and go without touching other answers; bad input gives
 * the error summary and keeps everything; Start again clears.
 */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { partnerCheckerText } from '../../../src/i18n/widgets/partner-checker.ts';
import PartnerChecker from '../../../src/islands/partner-checker/PartnerChecker.tsx';
import { checkPartnership, type PartnershipInput } from '../../../src/rules/index.ts';
import { AS_OF, enter, errorFieldsOf, rulesOf, submit, verdictOf } from './enter.ts';
import { formChoices } from '../../../src/components/widgets/partner-checker/choices.ts';
import { kitStrings } from '../../../src/i18n/widgets/kit.ts';

const CHOICES = formChoices();

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

const base: PartnershipInput = {
  participants: 16,
  exchangeType: 'teachers-and-pupils',
  swedishSchools: [{ level: 'upper-secondary' }, { level: 'compulsory' }],
  foreignSchools: [{ country: 'KE', level: 'upper-secondary' }],
  fundedVisitsToSweden: true,
};

const expectedOf = (input: PartnershipInput) => {
  const v = checkPartnership(input);
  if (v.kind === 'invalid') throw new Error('invalid example');
  return { kind: v.kind, rules: [...new Set(v.findings.map((f) => f.rule))].sort() };
};

describe('partner checker', () => {
  test.each(['sv', 'en'] as const)('shows the rules module verdict for the answers entered (%s)', async (locale) => {
    const { container } = render(<PartnerChecker locale={locale} kit={kitStrings[locale]} asOf={AS_OF} text={partnerCheckerText(locale)} choices={CHOICES} />);
    enter(container, base, locale);
    expect(verdictOf(container)).toBeNull(); // nothing is judged before Check
    await submit(container);
    expect({ kind: verdictOf(container), rules: rulesOf(container) }).toEqual(expectedOf(base));
  });

  test('four schools abroad can be entered and are a finding', async () => {
    const input: PartnershipInput = {
      ...base,
      foreignSchools: [
        { country: 'KE', level: 'upper-secondary' },
        { country: 'IN', level: 'compulsory' },
        { country: 'TZ', level: 'compulsory' },
        { country: 'NP', level: 'preschool' },
      ],
    };
    const { container } = render(<PartnerChecker locale="sv" kit={kitStrings['sv']} asOf={AS_OF} text={partnerCheckerText("sv")} choices={CHOICES} />);
    enter(container, input, 'sv');
    await submit(container);
    expect(verdictOf(container)).toBe('not-eligible');
    expect(rulesOf(container)).toContain('partnership.too-many-foreign-schools');
    expect(rulesOf(container)).toEqual(expectedOf(input).rules);
  });

  test('the verdict follows later changes once shown', async () => {
    const { container } = render(<PartnerChecker locale="en" kit={kitStrings['en']} asOf={AS_OF} text={partnerCheckerText("en")} choices={CHOICES} />);
    enter(container, base, 'en');
    await submit(container);
    const country = container.querySelector<HTMLInputElement>('[data-row="foreign"] input')!;
    country.value = 'Germany';
    fireEvent.input(country);
    expect(verdictOf(container)).toBe('not-eligible');
    expect(rulesOf(container)).toContain('partnership.partner-in-eu-eea');
  });

  test('an empty form gives the error summary, one entry per field', async () => {
    const { container } = render(<PartnerChecker locale="sv" kit={kitStrings['sv']} asOf={AS_OF} text={partnerCheckerText("sv")} choices={CHOICES} />);
    await submit(container);
    expect(errorFieldsOf(container)).toEqual([
      'pc-participants',
      'pc-type-teachers-only',
      'pc-se-0-level',
      'pc-abroad-1-country',
      'pc-abroad-1-level',
      'pc-visits-yes',
    ]);
    expect(document.activeElement?.id).toBe('pc-errors');
    expect(verdictOf(container)).toBeNull();
  });

  test.each(['tre', '-1', '2,5', '10001'])('a bad count (%j) is reported at its field and nothing else is lost', async (bad) => {
    const { container } = render(<PartnerChecker locale="sv" kit={kitStrings['sv']} asOf={AS_OF} text={partnerCheckerText("sv")} choices={CHOICES} />);
    enter(container, base, 'sv');
    const participants = container.querySelector<HTMLInputElement>('#pc-participants')!;
    participants.value = bad;
    fireEvent.input(participants);
    await submit(container);
    expect(errorFieldsOf(container)).toEqual(['pc-participants']);
    expect(participants.getAttribute('aria-invalid')).toBe('true');
    expect(participants.value).toBe(bad);
    expect(container.querySelector<HTMLInputElement>('#pc-type-teachers-and-pupils')!.checked).toBe(true);
    expect([...container.querySelectorAll<HTMLSelectElement>('[data-row="swedish"] select')].map((s) => s.value)).toEqual([
      'upper-secondary',
      'compulsory',
    ]);
    expect(container.querySelector<HTMLInputElement>('[data-row="foreign"] input')!.value).toBe('Kenya');
    expect(verdictOf(container)).toBeNull();
    // Fixing the field clears its message without a new Check.
    participants.value = '12';
    fireEvent.input(participants);
    expect(errorFieldsOf(container)).toEqual([]);
  });

  test('a country typed that is not in the list is an error at that row', async () => {
    const { container } = render(<PartnerChecker locale="en" kit={kitStrings['en']} asOf={AS_OF} text={partnerCheckerText("en")} choices={CHOICES} />);
    enter(container, base, 'en');
    const country = container.querySelector<HTMLInputElement>('[data-row="foreign"] input')!;
    country.value = 'Atlantis';
    fireEvent.input(country);
    await submit(container);
    expect(errorFieldsOf(container)).toEqual([country.id]);
    expect(country.getAttribute('aria-invalid')).toBe('true');
  });

  test('adding and removing rows keeps the other answers, and focus follows', async () => {
    const { container } = render(<PartnerChecker locale="sv" kit={kitStrings['sv']} asOf={AS_OF} text={partnerCheckerText("sv")} choices={CHOICES} />);
    enter(container, { ...base, foreignSchools: [{ country: 'KE', level: 'upper-secondary' }, { country: 'IN', level: 'compulsory' }] }, 'sv');
    fireEvent.click(container.querySelector('#pc-add-abroad')!);
    const rows = () => [...container.querySelectorAll('[data-row="foreign"]')];
    expect(rows()).toHaveLength(3);
    expect(document.activeElement).toBe(rows()[2]!.querySelector('input'));
    // Remove the middle row: the first and the new third keep their answers.
    fireEvent.click(rows()[1]!.querySelector('button')!);
    expect(rows().map((r) => r.querySelector('input')!.value)).toEqual(['Kenya', '']);
    expect(document.activeElement).toBe(rows()[0]!.querySelector('button'));
    expect(container.querySelector('[data-live-region]')!.textContent).not.toBe('');
    // Remove the first: focus goes to the Add button.
    fireEvent.click(rows()[0]!.querySelector('button')!);
    expect(document.activeElement?.id).toBe('pc-add-abroad');
    expect(container.querySelector<HTMLInputElement>('#pc-participants')!.value).toBe('16');
    expect([...container.querySelectorAll<HTMLSelectElement>('[data-row="swedish"] select')].map((s) => s.value)).toEqual([
      'upper-secondary',
      'compulsory',
    ]);
  });

  test('the applicant row has no Remove button; removing another Swedish row focuses Add when nothing is before it', async () => {
    const { container } = render(<PartnerChecker locale="en" kit={kitStrings['en']} asOf={AS_OF} text={partnerCheckerText("en")} choices={CHOICES} />);
    fireEvent.click(container.querySelector('#pc-add-se')!);
    const rows = () => [...container.querySelectorAll('[data-row="swedish"]')];
    expect(rows()[0]!.querySelector('button')).toBeNull();
    fireEvent.click(rows()[1]!.querySelector('button')!);
    expect(rows()).toHaveLength(1);
    expect(document.activeElement?.id).toBe('pc-add-se');
  });

  test('answers go to the URL under p- and come back on a new render', async () => {
    const first = render(<PartnerChecker locale="sv" kit={kitStrings['sv']} asOf={AS_OF} text={partnerCheckerText("sv")} choices={CHOICES} />);
    enter(first.container, base, 'sv');
    await submit(first.container);
    const search = location.search;
    expect(new URLSearchParams(search).get('p-a1')).toBe('KE:upper-secondary');
    first.unmount();
    const second = render(<PartnerChecker locale="en" kit={kitStrings['en']} asOf={AS_OF} text={partnerCheckerText("en")} choices={CHOICES} />);
    // Answers in the URL are read by the part loaded on use, so the form shows them a moment later.
    await waitFor(() => expect(second.container.querySelector<HTMLInputElement>('[data-row="foreign"] input')!.value).toBe('Kenya'));
    await waitFor(() => expect(verdictOf(second.container)).toBe(expectedOf(base).kind));
  });

  test('Start again clears the answers and the URL keys of this widget only', async () => {
    history.replaceState(null, '', '/?c-rest=10');
    const { container } = render(<PartnerChecker locale="sv" kit={kitStrings['sv']} asOf={AS_OF} text={partnerCheckerText("sv")} choices={CHOICES} />);
    enter(container, base, 'sv');
    await submit(container);
    fireEvent.click(container.querySelector('[data-start-again]')!);
    expect(container.querySelector<HTMLInputElement>('#pc-participants')!.value).toBe('');
    expect(verdictOf(container)).toBeNull();
    expect(location.search).toBe('?c-rest=10');
    expect(document.activeElement?.id).toBe('pc-participants');
  });
});
