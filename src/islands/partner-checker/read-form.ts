/**
 * Reads the form as the reader left it into the partnership check's input,
 * or into the list of fields that need another answer first. It only reads
 * (text → number, typed country → code); whether the partnership is eligible
 * is src/rules' business.
 */
import type { PartnerCheckerStrings } from '../../i18n/widgets/partner-checker.ts';
import type { Locale } from '../../i18n/locales.ts';
import { parseCount, type NumberProblem } from '../kit/parse.ts';
import { codeForTyped } from './countries.ts';
import { fieldIds } from './field-ids.ts';
import { foreignPath, swedishPath } from './names.ts';
import type { FormState } from './form-state.ts';
import type { PartnershipInput } from '../../rules/index.ts';
import { EXCHANGE_TYPES, type SchoolLevel } from './options.ts';

/** The partnership check's input (checkPartnership in src/rules). */
export type PartnershipAnswers = PartnershipInput;

type ErrorKey = Extract<keyof PartnerCheckerStrings, `error.${string}`>;

/** One field to fix: where it is, which message, and which row it is about. */
export interface FormError {
  readonly fieldId: string;
  readonly key: ErrorKey;
  /** The row's input path (`foreignSchools.1`), named as `{name}` in the message. */
  readonly row?: string;
}

const COUNT_ERRORS: Record<NumberProblem, ErrorKey> = {
  missing: 'error.participants.missing',
  'not-a-number': 'error.participants.not-a-number',
  'too-many-decimals': 'error.participants.not-a-number',
  negative: 'error.participants.negative',
  'too-large': 'error.participants.too-large',
};

/** The participant count as typed: a whole number ≥ 0 ("12", "1 200"), or why not. */
export function readCount(text: string): { value: number } | { error: ErrorKey } {
  const parsed = parseCount(text);
  return parsed.ok ? { value: parsed.value } : { error: COUNT_ERRORS[parsed.problem] };
}

export function readForm(
  form: FormState,
  locale: Locale,
): { ok: true; answers: PartnershipAnswers } | { ok: false; errors: FormError[] } {
  const errors: FormError[] = [];

  const count = readCount(form.participants);
  if ('error' in count) errors.push({ fieldId: fieldIds.participants, key: count.error });

  if (form.exchangeType === '') errors.push({ fieldId: fieldIds.typeFirst(EXCHANGE_TYPES), key: 'error.type.missing' });

  form.swedish.forEach((row, i) => {
    if (row.level === '')
      errors.push({ fieldId: fieldIds.swedishLevel(row.id), key: 'error.level.missing', row: swedishPath(i) });
  });

  const countries = form.foreign.map((row, i) => {
    const code = codeForTyped(row.countryText, locale);
    if (code === null)
      errors.push({
        fieldId: fieldIds.foreignCountry(row.id),
        key: row.countryText.trim() === '' ? 'error.country.missing' : 'error.country.unknown',
        row: foreignPath(i),
      });
    if (row.level === '')
      errors.push({ fieldId: fieldIds.foreignLevel(row.id), key: 'error.level.missing', row: foreignPath(i) });
    return code;
  });

  if (form.visits === '') errors.push({ fieldId: fieldIds.visitsFirst, key: 'error.visits.missing' });

  if (errors.length > 0 || 'error' in count || form.exchangeType === '' || form.visits === '') {
    return { ok: false, errors };
  }
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

/**
 * Maps the check's own field errors (paths like `foreignSchools.1.country`)
 * onto the form, for input the form accepted but the rules' schema did not
 * (a count beyond the schema's bounds, say).
 */
export function errorsFromPaths(paths: readonly string[], form: FormState): FormError[] {
  return paths.map((path): FormError => {
    const [head, index, leaf] = path.split('.');
    const i = Number(index);
    if (head === 'swedishSchools' && form.swedish[i])
      return { fieldId: fieldIds.swedishLevel(form.swedish[i].id), key: 'error.invalid', row: swedishPath(i) };
    if (head === 'foreignSchools' && form.foreign[i]) {
      const id = form.foreign[i].id;
      return leaf === 'level'
        ? { fieldId: fieldIds.foreignLevel(id), key: 'error.invalid', row: foreignPath(i) }
        : { fieldId: fieldIds.foreignCountry(id), key: 'error.country.unknown', row: foreignPath(i) };
    }
    if (head === 'exchangeType') return { fieldId: fieldIds.typeFirst(EXCHANGE_TYPES), key: 'error.type.missing' };
    if (head === 'fundedVisitsToSweden') return { fieldId: fieldIds.visitsFirst, key: 'error.visits.missing' };
    return { fieldId: fieldIds.participants, key: 'error.participants.too-large' };
  });
}
