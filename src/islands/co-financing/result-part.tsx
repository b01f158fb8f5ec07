/**
 * The calculator's second half, loaded when the reader starts answering (or
 * arrives with answers in the URL): the check itself (src/rules, with its
 * zod/mini schema), the rule sentences (src/i18n/rules), and the parts that
 * show a verdict. Kept out of the first download so the page stays light for
 * readers who only read; see CoFinancingCalculator.tsx.
 */
import { formatNumber, formatOre } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { CoFinancingStrings } from '../../i18n/widgets/co-financing.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import { checkCoFinancing } from '../../rules/co-financing/check.ts';
import type { CoFinancingResult } from '../../rules/co-financing/result.ts';
import type { CoFinancingRule } from '../../rules/co-financing/rules.ts';
import type { IsoDate } from '../../rules/parameter.ts';
import type { Finding, Verdict } from '../../rules/verdict.ts';
import { PrintSummary } from '../kit/PrintSummary.tsx';
import { withUrlState } from '../kit/url-state.ts';
import { FIELD_NAMES, FIELDS, PREFIX, type FieldName, type Values } from './fields.ts';
import { findingViews } from './findings.ts';
import { toInput, type RateField } from './form-state.ts';
import { toUrlText } from './text-values.ts';
import type { CoFinancingPageData } from './page-data.ts';
import { Result } from './Result.tsx';

// For the form, once it has this part: restored answers as field texts, the announcement.
export { formatPercent } from '../../i18n/format.ts';
export { fill } from '../kit/fill.ts';
// The error summary only follows "Calculate", which loads this part.
export { ErrorSummary } from '../kit/ErrorSummary.tsx';
export { textsFor } from './field-texts.ts';

export type CoFinancingVerdict = Verdict<CoFinancingResult, CoFinancingRule>;
export type Decided = Exclude<CoFinancingVerdict, { kind: 'invalid' }>;

/** The check's verdict for the form's values: every figure and rule comes from here. */
export const evaluate = (values: Values, entered: readonly RateField[], date?: IsoDate): CoFinancingVerdict =>
  checkCoFinancing(toInput(values, entered), date ? { date } : {});

/** The verdict's heading: met / not met, or the kit's heading when there is nothing to compare (no participants). */
export function headingOf(verdict: Decided, t: CoFinancingStrings, locale: Locale): string {
  if (verdict.findings.some((f) => f.rule === 'co-financing.no-participants')) return kitStrings[locale][`verdict.${verdict.kind}`];
  return verdict.result.meetsMinimum ? t.pass : t.fail;
}

const PRINT_LABELS = {
  europe: 'answer.europe',
  rest: 'answer.rest',
  'rate-europe': 'answer.rateEurope',
  'rate-rest': 'answer.rateRest',
  hours: 'answer.hours',
  hourly: 'answer.hourly',
  admin: 'answer.admin',
  other: 'answer.other',
} as const satisfies Record<FieldName, keyof CoFinancingStrings>;

function printValue(name: FieldName, value: number | undefined, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  return FIELDS[name].kind === 'money' ? formatOre(value, locale) : formatNumber(value, locale, 2);
}

/** The link that reopens these answers, built from the parsed values (never copied from the address bar). */
function reopenLink(values: Values): string | undefined {
  if (typeof location === 'undefined') return undefined;
  const text = Object.fromEntries(Object.entries(values).map(([n, v]) => [n, toUrlText(n as FieldName, v)]));
  return `${location.origin}${location.pathname}${withUrlState(PREFIX, text, '')}`;
}

export interface ResultViewProps {
  readonly locale: Locale;
  readonly t: CoFinancingStrings;
  readonly data: CoFinancingPageData;
  readonly verdict: Decided;
  readonly heading: string;
  readonly hourlyCostOre: number;
  readonly links: { readonly guideHref?: string | undefined; readonly rulesHref?: string | undefined };
  /** The parsed answers (for the printout) and those the URL holds (for the reopen link). */
  readonly values: Values;
  readonly urlValues: Values;
}

export function ResultView(props: ResultViewProps) {
  const { locale, verdict } = props;
  return (
    <>
      <Result
        locale={locale}
        t={props.t}
        verdict={verdict as Decided & { findings: readonly Finding<CoFinancingRule>[] }}
        heading={props.heading}
        findings={findingViews(verdict.findings, locale, props.data, props.links)}
        hourlyCostOre={props.hourlyCostOre}
      />
      <PrintSummary
        locale={locale}
        answers={FIELD_NAMES.map((name) => ({ label: props.t[PRINT_LABELS[name]], value: printValue(name, props.values[name], locale) }))}
        verdictHeading={props.heading}
        link={reopenLink(props.urlValues)}
      />
    </>
  );
}
