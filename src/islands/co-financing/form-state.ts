/**
 * The calculator's form as data: the text in each field, which flat rates the
 * reader has entered (a rate counts as entered once typed in or restored from
 * the URL; otherwise the check uses the parameter and says "check the call"),
 * what each field parses to, and what the URL holds. Pure, so it can be tested
 * without a DOM; the island hands `calculatorStateSpec` to the kit's
 * useWidgetState (docs/adr/0006).
 */
import type { Locale } from '../../i18n/locales.ts';
import type { StaffCostMissing } from '../../rules/co-financing/result.ts';
import type { CoFinancingInput } from '../../rules/co-financing/schema.ts';
import { staffCostMissingOf } from '../../rules/co-financing/staff-cost.ts';
import type { WidgetStateSpec } from '../kit/use-widget-state.ts';
import type { UrlValue } from '../kit/url-state.ts';
import type { NumberProblem } from '../kit/parse.ts';
import { textsFor } from './field-texts.ts';
import type { Rates } from './rate-periods.ts';
import { FIELD_NAMES, FIELDS, PARSERS, PREFIX, fieldId, isRate, type FieldName, type Values } from './fields.ts';
import { toUrlText } from './text-values.ts';
import { acceptField, readValuesFromUrl } from './url.ts';

export type Texts = Record<FieldName, string>;
export type RateField = 'rate-europe' | 'rate-rest';

/**
 * Why a field's text cannot be used: a number problem, or `needs-pair` when
 * working time is given without its hourly cost or the cost without the time
 * (half an answer would count as 0 kr and show a shortfall that is not there).
 */
export type FieldProblemKey = NumberProblem | 'needs-pair';
export type Problems = Partial<Record<FieldName, FieldProblemKey>>;

export interface CalculatorState {
  readonly texts: Texts;
  readonly entered: readonly RateField[];
}

/** The texts the reader has given: every field empty at first. A rate not entered is '' here and shows its period's rate (shownTexts). */
export const emptyTexts = (): Texts => Object.fromEntries(FIELD_NAMES.map((name) => [name, ''])) as Texts;

/**
 * What the fields show: the reader's texts, and for each rate the reader has
 * not entered, the rate in force on the widget's day (none if the rules hold
 * none then). The check then uses that same rate, so field and sum agree.
 */
export function shownTexts(texts: Texts, entered: readonly RateField[], rates: Pick<Rates, 'texts'> | null): Texts {
  const shown = { ...texts };
  for (const name of RATE_FIELDS) if (!entered.includes(name)) shown[name] = rates?.texts[name] ?? '';
  return shown;
}

const RATE_FIELDS: readonly RateField[] = ['rate-europe', 'rate-rest'];

/** Rates that arrive in values (URL, preset) count as entered. */
export const enteredIn = (values: Values): RateField[] => RATE_FIELDS.filter((name) => values[name] !== undefined);

/** The field a missing half of the staff cost is asked for in (the rule: src/rules/co-financing/staff-cost.ts). */
const FIELD_OF_MISSING: Readonly<Record<StaffCostMissing, FieldName>> = { 'hourly-cost': 'hourly', 'staff-hours': 'hours' };

/**
 * What the texts parse to, and each field's problem. An empty field counts as
 * 0, except a rate, which the sum cannot do without, and one half of the
 * working-time pair. A number the check's schema would refuse (above its
 * sanity limits) is "too large".
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
  const missing = staffCostMissingOf({ staffHours: values.hours ?? 0, hourlyCostOre: values.hourly ?? 0 });
  if (missing && problems[FIELD_OF_MISSING[missing]] === undefined) problems[FIELD_OF_MISSING[missing]] = 'needs-pair';
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
  for (const name of RATE_FIELDS) if (!entered.includes(name)) delete out[name];
  return out;
}

/** Values as the URL writes them (`220000`, `7.5`); a field left out loses its key. */
export function urlTexts(values: Values): Record<FieldName, UrlValue> {
  const out = {} as Record<FieldName, UrlValue>;
  for (const name of FIELD_NAMES) {
    const value = values[name];
    out[name] = value === undefined ? undefined : toUrlText(name, value);
  }
  return out;
}

/**
 * How the calculator's state meets the URL and the server-rendered form (the
 * kit's useWidgetState). `rendered`: the rates the server showed (the page's
 * date), to tell a typed rate from the one the page printed.
 */
export function calculatorStateSpec(locale: Locale, rendered: Pick<Rates, 'texts'> | null): WidgetStateSpec<CalculatorState> {
  return {
    prefix: PREFIX,
    empty: () => ({ texts: emptyTexts(), entered: [] }),
    fromUrl: (search) => {
      const values = readValuesFromUrl(search);
      if (Object.keys(values).length === 0) return null;
      return { texts: textsFor(values, locale), entered: enteredIn(values) };
    },
    // The inputs are named by their ids (`c-rest`), which are also their URL keys. A field
    // counts as typed only where it differs from the empty form the server rendered.
    withTyped: (state, typed) => {
      const shown = shownTexts(emptyTexts(), [], rendered);
      const texts = { ...state.texts };
      const entered = new Set(state.entered);
      let changed = false;
      for (const name of FIELD_NAMES) {
        const text = typed.get(fieldId(name));
        if (text === undefined || text === shown[name]) continue;
        texts[name] = text;
        changed = true;
        if (isRate(name)) entered.add(name as RateField);
      }
      return changed ? { texts, entered: [...entered] } : null;
    },
    toUrl: (state) => urlTexts(urlValues(readTexts(state.texts, locale).values, state.entered)),
  };
}
