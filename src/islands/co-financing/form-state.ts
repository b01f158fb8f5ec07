/**
 * The calculator's form as data: the text in each field, which flat rates the
 * reader has entered (a rate counts as entered once typed in or restored from
 * the URL; otherwise the check uses the parameter and says "check the call"),
 * and what each field parses to. Pure, so it can be tested without a DOM.
 */
import type { CoFinancingInput } from '../../rules/co-financing/schema.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { NumberProblem } from '../kit/parse.ts';
import { FIELD_NAMES, FIELDS, PARSERS, isRate, type FieldName, type Values } from './fields.ts';
import { acceptField } from './url.ts';

export type Texts = Record<FieldName, string>;
export type RateField = 'rate-europe' | 'rate-rest';
export type Problems = Partial<Record<FieldName, NumberProblem>>;

/**
 * The texts of an empty form: every field empty but the rates, which show the
 * parameters' rates as the page wrote them (`defaultRateTexts` in page-data.ts).
 */
export const emptyTexts = (defaultRateTexts: Readonly<Record<RateField, string>>): Texts => {
  const texts = Object.fromEntries(FIELD_NAMES.map((name) => [name, ''])) as Texts;
  return { ...texts, ...defaultRateTexts };
};

/** Rates that arrive in values (URL, preset) count as entered. */
export const enteredIn = (values: Values): RateField[] =>
  (['rate-europe', 'rate-rest'] as const).filter((name) => values[name] !== undefined);

/**
 * What the texts parse to, and each field's problem. An empty field counts as
 * 0, except a rate, which the sum cannot do without. A number the check's
 * schema would refuse (above its sanity limits) is "too large".
 */
export function readTexts(texts: Texts, locale: Locale): { values: Values; problems: Problems } {
  const values: Values = {};
  const problems: Problems = {};
  for (const name of FIELD_NAMES) {
    const text = texts[name];
    if (text.trim() === '' && !isRate(name)) continue;
    const parsed = PARSERS[FIELDS[name].kind](text, locale);
    if (!parsed.ok) problems[name] = parsed.problem;
    else if (acceptField(name, text, locale) === undefined) problems[name] = 'too-large';
    else values[name] = parsed.value;
  }
  return { values, problems };
}

/** Whether the reader has given anything to calculate with. */
export const hasAnswers = (texts: Texts, entered: readonly RateField[]): boolean =>
  entered.length > 0 || FIELD_NAMES.some((name) => !isRate(name) && texts[name].trim() !== '');

/** The check's input: empty fields as 0; a rate only when the reader entered it. */
export function toInput(values: Values, entered: readonly RateField[]): CoFinancingInput {
  const rate = (name: RateField) => (entered.includes(name) ? values[name] : undefined);
  const europeRate = rate('rate-europe');
  const restRate = rate('rate-rest');
  return {
    participants: { europeOutsideEuEea: values.europe ?? 0, restOfWorld: values.rest ?? 0 },
    ...(europeRate !== undefined || restRate !== undefined
      ? {
          flatRatesOre: {
            ...(europeRate !== undefined ? { europeOutsideEuEea: europeRate } : {}),
            ...(restRate !== undefined ? { restOfWorld: restRate } : {}),
          },
        }
      : {}),
    staffHours: values.hours ?? 0,
    hourlyCostOre: values.hourly ?? 0,
    adminCostsOre: values.admin ?? 0,
    otherOwnCostsOre: values.other ?? 0,
  };
}

/** The values the URL should hold: valid ones, and rates only when entered. */
export function urlValues(values: Values, entered: readonly RateField[]): Values {
  const out: Values = { ...values };
  for (const name of ['rate-europe', 'rate-rest'] as const) if (!entered.includes(name)) delete out[name];
  return out;
}
