/**
 * Reads the form as the reader left it into the partnership check's input,
 * or into the list of fields that need another answer first. It only reads
 * (text → number, typed country → code, within the check's input bounds);
 * whether the partnership is eligible is src/rules' business. Part of the
 * up-front script: the error summary never waits for the on-use part.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { PartnerCheckerStrings } from '../../i18n/widgets/partner-checker.ts';
import { INPUT_LIMITS } from '../../rules/limits.ts';
import type { PartnershipInput } from '../../rules/partnership/schema.ts';
import type { SchoolLevel } from '../../rules/school-levels.ts';
import { parseCount, type NumberProblem } from '../kit/parse.ts';
import { codeForTyped } from './countries.ts';
import { fieldIds, firstRadio } from './field-ids.ts';
import type { FormState } from './form-state.ts';
import { foreignPath, swedishPath } from './names.ts';
import { EXCHANGE_TYPE_CHOICES } from './options.ts';

type ErrorKey = Extract<keyof PartnerCheckerStrings, `error.${string}`>;

/** One field to fix: where it is, which message, and which row it is in (its input path, `foreignSchools.1`). */
export interface FormError {
  readonly fieldId: string;
  readonly key: ErrorKey;
  readonly row?: string;
}

const TYPE_FIRST = firstRadio(fieldIds.typeGroup, EXCHANGE_TYPE_CHOICES);
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
): { ok: true; answers: PartnershipInput } | { ok: false; errors: FormError[] } {
  const errors: FormError[] = [];
  const count = readCount(form.participants, locale);
  if ('error' in count) errors.push({ fieldId: fieldIds.participants, key: count.error });
  if (form.exchangeType === '') errors.push({ fieldId: TYPE_FIRST, key: 'error.type.missing' });
  form.swedish.forEach((row, i) => {
    if (row.level === '') errors.push({ fieldId: fieldIds.swedishLevel(row.id), key: 'error.level.missing', row: swedishPath(i) });
  });
  const countries = form.foreign.map((row, i) => {
    const code = codeForTyped(row.countryText, locale);
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

/**
 * The check's own field errors (paths like `foreignSchools.1.country`) on the
 * form's fields. The reader above admits only what the check's schema
 * accepts, so this is a safety net: if the two ever disagree, the reader sees
 * which answer to look at instead of a verdict on input the rules refused.
 * The day asked about (`asOf`) is no field of the form: it has no entry here.
 */
export function errorsFromPaths(paths: readonly string[], form: FormState): FormError[] {
  return paths.flatMap((path): FormError[] => {
    const [head, index, leaf] = path.split('.');
    const i = Number(index);
    const swedish = head === 'swedishSchools' ? form.swedish[i] : undefined;
    const foreign = head === 'foreignSchools' ? form.foreign[i] : undefined;
    if (swedish) return [{ fieldId: fieldIds.swedishLevel(swedish.id), key: 'error.invalid', row: swedishPath(i) }];
    if (foreign && leaf === 'level') return [{ fieldId: fieldIds.foreignLevel(foreign.id), key: 'error.invalid', row: foreignPath(i) }];
    if (foreign) return [{ fieldId: fieldIds.foreignCountry(foreign.id), key: 'error.country.unknown', row: foreignPath(i) }];
    if (head === 'exchangeType') return [{ fieldId: TYPE_FIRST, key: 'error.type.missing' }];
    if (head === 'fundedVisitsToSweden') return [{ fieldId: VISITS_FIRST, key: 'error.visits.missing' }];
    if (head === 'participants') return [{ fieldId: fieldIds.participants, key: 'error.participants.too-large' }];
    return [];
  });
}
