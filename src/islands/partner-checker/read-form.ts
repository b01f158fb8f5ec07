/**
 * Reads the form as the reader left it into the partnership check's input,
 * or into the list of fields that need another answer first. It only reads
 * (text → number, typed country → code, within the check's input bounds);
 * whether the partnership is eligible is src/rules' business. Part of the
 * up-front script: the error summary never waits for the on-use part.
 *
 * What it admits is what the check's schema accepts (a whole count up to the
 * input limit, known country codes, known levels and types, at most the row
 * cap), so the on-use part can ask the rules' pure evaluation without the
 * validator; test/components/partner-checker/state.test.ts holds that.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { PartnerCheckerStrings } from '../../i18n/widgets/partner-checker.ts';
import { INPUT_LIMITS } from '../../rules/limits.ts';
import type { PartnershipInput } from '../../rules/partnership/schema.ts';
import type { SchoolLevel } from '../../rules/school-levels.ts';
import { parseCount, type NumberProblem } from '../kit/parse.ts';
import { codeForTyped } from './countries.ts';
import { fieldIds, firstRadio } from './field-ids.ts';
import type { FormChoices, FormState } from './form-state.ts';
import { foreignPath, swedishPath } from './names.ts';

type ErrorKey = Extract<keyof PartnerCheckerStrings, `error.${string}`>;

/** One field to fix: where it is, which message, and which row it is in (its input path, `foreignSchools.1`). */
export interface FormError {
  readonly fieldId: string;
  readonly key: ErrorKey;
  readonly row?: string;
}

const VISITS_FIRST = firstRadio(fieldIds.visitsGroup, ['yes']);

const COUNT_ERRORS: Record<NumberProblem, ErrorKey> = {
  missing: 'error.participants.missing',
  'not-a-number': 'error.participants.not-a-number',
  'too-many-decimals': 'error.participants.not-a-number',
  negative: 'error.participants.negative',
  'too-large': 'error.participants.too-large',
};

/** The participant count as typed: a whole number within the check's bounds ("12", "1 200"), or why not. */
function readCount(text: string, locale: Locale): { value: number } | { error: ErrorKey } {
  const parsed = parseCount(text, locale);
  if (!parsed.ok) return { error: COUNT_ERRORS[parsed.problem] };
  return parsed.value > INPUT_LIMITS.maxParticipants ? { error: 'error.participants.too-large' } : { value: parsed.value };
}

export function readForm(
  form: FormState,
  locale: Locale,
  choices: FormChoices,
): { ok: true; answers: PartnershipInput } | { ok: false; errors: FormError[] } {
  const errors: FormError[] = [];
  const count = readCount(form.participants, locale);
  if ('error' in count) errors.push({ fieldId: fieldIds.participants, key: count.error });
  if (form.exchangeType === '') errors.push({ fieldId: firstRadio(fieldIds.typeGroup, choices.exchangeTypes), key: 'error.type.missing' });
  form.swedish.forEach((row, i) => {
    if (row.level === '') errors.push({ fieldId: fieldIds.swedishLevel(row.id), key: 'error.level.missing', row: swedishPath(i) });
  });
  const countries = form.foreign.map((row, i) => {
    const code = codeForTyped(row.countryText, locale, choices.countries);
    const key = row.countryText.trim() === '' ? 'error.country.missing' : 'error.country.unknown';
    if (code === null) errors.push({ fieldId: fieldIds.foreignCountry(row.id), key, row: foreignPath(i) });
    if (row.level === '') errors.push({ fieldId: fieldIds.foreignLevel(row.id), key: 'error.level.missing', row: foreignPath(i) });
    return code;
  });
  if (form.visits === '') errors.push({ fieldId: VISITS_FIRST, key: 'error.visits.missing' });

  if (errors.length > 0 || 'error' in count || form.exchangeType === '' || form.visits === '') return { ok: false, errors };
  return {
    ok: true,
    answers: {
      participants: count.value,
      exchangeType: form.exchangeType,
      swedishSchools: form.swedish.map((r) => ({ level: r.level as SchoolLevel })),
      foreignSchools: form.foreign.map((r, i) => ({
        country: countries[i] as PartnershipInput['foreignSchools'][number]['country'],
        level: r.level as SchoolLevel,
      })),
      fundedVisitsToSweden: form.visits === 'yes',
    },
  };
}
