/**
 * The partner checker's answers in the query string, under the prefix `p`,
 * so a reload, a mailed link, the language switch or a workshop preset
 * restores them:
 *
 *   p-n=16                      participants
 *   p-type=teachers-and-pupils  exchange type
 *   p-s1=upper-secondary        Swedish school 1 (the applicant), its level;
 *   p-s2=compulsory             Swedish school 2 … (`-` = level not chosen yet)
 *   p-a1=KE:upper-secondary     school abroad 1 as country:level (either part
 *   p-a2=DE:                    may be empty); `p-a1=none` = no school abroad
 *   p-visits=yes                funded visits to Sweden: yes / no
 *
 * One key per row keeps every value short and lets a bad row drop alone.
 * Every value is language-neutral (a country is its code), so the language
 * switch can carry the query as it is. Values are read through the kit's
 * readUrlState, so raw URL text never reaches the page: a country arrives as
 * a known code and is shown by its name from Intl, a level as a known key
 * (both from the page's FormChoices).
 */
import { countryName } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { orUndefined, parseCount } from '../kit/parse.ts';
import { oneOf, readUrlState, type FieldParser, type FieldParsers, type UrlValue } from '../kit/url-state.ts';
import type { WidgetStateSpec } from '../kit/use-widget-state.ts';
import type { ExchangeType } from '../../rules/partnership/schema.ts';
import type { SchoolLevel } from '../../rules/school-levels.ts';
import { codeForTyped } from './countries.ts';
import { emptyForm, type FormChoices, type ForeignRow, type FormState, type SwedishRow } from './form-state.ts';
import { withTyped } from './typed.ts';

export const URL_PREFIX = 'p';

const EMPTY_LEVEL = '-';
const NO_ROWS = 'none';

type ForeignValue = { readonly country: string; readonly level: SchoolLevel | '' } | typeof NO_ROWS;

/** The fields as the URL holds them, after validation. */
export interface UrlFields {
  n: number;
  type: ExchangeType;
  visits: 'yes' | 'no';
  [row: `s${number}`]: SchoolLevel | '';
  [row: `a${number}`]: ForeignValue;
}

const rowNumbers = (cap: number): number[] => Array.from({ length: cap }, (_, i) => i + 1);

/** Every key the checker reads, with its parser. */
export function urlParsers({ levels, exchangeTypes, rowCap, countries }: FormChoices): FieldParsers<UrlFields> {
  const isLevel = oneOf(levels);
  const parseLevel: FieldParser<SchoolLevel | ''> = (raw) => (raw === EMPTY_LEVEL ? '' : isLevel(raw));
  const parseForeign: FieldParser<ForeignValue> = (raw) => {
    if (raw === NO_ROWS) return NO_ROWS;
    const parts = raw.split(':');
    if (parts.length !== 2) return undefined;
    const [c = '', l = ''] = parts;
    // A part that is present must be valid; a wrong part would silently become
    // a different answer, so the whole row is dropped instead.
    if (c !== '' && !countries.includes(c)) return undefined;
    if (l !== '' && !isLevel(l)) return undefined;
    return { country: c, level: l as SchoolLevel | '' };
  };
  return {
    n: orUndefined(parseCount),
    type: oneOf(exchangeTypes),
    visits: oneOf(['yes', 'no'] as const),
    ...Object.fromEntries(rowNumbers(rowCap.swedish).map((i) => [`s${i}`, parseLevel])),
    ...Object.fromEntries(rowNumbers(rowCap.foreign).map((i) => [`a${i}`, parseForeign])),
  } as FieldParsers<UrlFields>;
}

/** The form's answers as URL values; keys of rows the form does not have are cleared. */
export function encodeForm(form: FormState, locale: Locale, { rowCap, countries }: FormChoices): Record<string, UrlValue> {
  const count = parseCount(form.participants, locale);
  const out: Record<string, UrlValue> = {
    n: count.ok ? count.value : undefined,
    type: form.exchangeType,
    visits: form.visits,
  };
  const onlyApplicantEmpty = form.swedish.length === 1 && form.swedish[0].level === '';
  rowNumbers(rowCap.swedish).forEach((i) => {
    const row = form.swedish[i - 1];
    out[`s${i}`] = row && !onlyApplicantEmpty ? row.level || EMPTY_LEVEL : undefined;
  });
  const onlyOneEmpty = form.foreign.length === 1 && form.foreign[0]?.countryText === '' && form.foreign[0].level === '';
  rowNumbers(rowCap.foreign).forEach((i) => {
    const row = form.foreign[i - 1];
    out[`a${i}`] = row && !onlyOneEmpty ? `${codeForTyped(row.countryText, locale, countries) ?? ''}:${row.level}` : undefined;
  });
  if (form.foreign.length === 0) out['a1'] = NO_ROWS;
  return out;
}

/** A form from the URL's fields: the empty form where a field is missing or was dropped. */
export function formFromUrl(fields: Partial<UrlFields>, locale: Locale, { rowCap }: FormChoices): FormState {
  let nextId = 0;
  const swedishRows: SwedishRow[] = rowNumbers(rowCap.swedish)
    .map((i) => fields[`s${i}`])
    .filter((l): l is SchoolLevel | '' => l !== undefined)
    .map((level) => ({ id: nextId++, level }));
  const swedish: FormState['swedish'] =
    swedishRows.length > 0 ? (swedishRows as [SwedishRow, ...SwedishRow[]]) : [{ id: nextId++, level: '' }];

  let foreign: ForeignRow[] = [];
  if (fields.a1 !== NO_ROWS) {
    foreign = rowNumbers(rowCap.foreign)
      .map((i) => fields[`a${i}`])
      .filter((v): v is Exclude<ForeignValue, typeof NO_ROWS> => v !== undefined && v !== NO_ROWS)
      .map(({ country, level }) => ({ id: nextId++, countryText: country ? countryName(country, locale) : '', level }));
    if (foreign.length === 0) foreign = [{ id: nextId++, countryText: '', level: '' }];
  }

  return {
    participants: fields.n === undefined ? '' : String(fields.n),
    exchangeType: fields.type ?? '',
    visits: fields.visits ?? '',
    swedish,
    foreign,
    nextId,
  };
}

/** The form the current address (or `search`) describes, and whether it described anything. */
export function readFormFromUrl(locale: Locale, choices: FormChoices, search?: string): { form: FormState; hasAnswers: boolean } {
  const fields = readUrlState<UrlFields>(URL_PREFIX, urlParsers(choices), search);
  return { form: formFromUrl(fields, locale, choices), hasAnswers: Object.keys(fields).length > 0 };
}

/** The checker's part of the widget contract (docs/adr/0006): where its answers come from and go. */
export const stateSpec = (locale: Locale, choices: FormChoices): WidgetStateSpec<FormState> => ({
  prefix: URL_PREFIX,
  empty: emptyForm,
  fromUrl: (search) => {
    const read = readFormFromUrl(locale, choices, search);
    return read.hasAnswers ? read.form : null;
  },
  withTyped: (form, typed) => withTyped(form, typed, choices),
  toUrl: (form) => encodeForm(form, locale, choices),
});
