/**
 * The calculator's second half, loaded through the kit's useOnUse when the
 * reader starts answering (or arrives with answers): the evaluation itself
 * (src/rules), the finding view with the rule sentences (src/i18n/rules), and
 * the result with its figures, bar and printout. Kept out of the first
 * download so the page stays light for readers who only read.
 */
import type { Locale } from '../../i18n/locales.ts';
import { formatNumber, formatOre } from '../../i18n/format.ts';
import type { SomeRuleMessages } from '../../i18n/rules/types.ts';
import type { CoFinancingStrings } from '../../i18n/widgets/co-financing.ts';
import type { KitStrings } from '../../i18n/widgets/kit.ts';
import { evaluateCoFinancing } from '../../rules/co-financing/evaluate.ts';
import type { CoFinancingResult } from '../../rules/co-financing/result.ts';
import type { CoFinancingRule } from '../../rules/co-financing/rules.ts';
import type { IsoDate } from '../../rules/parameter.ts';
import type { Verdict } from '../../rules/verdict.ts';
import { findingViews, rulesApplied, type FindingLinks } from '../kit/finding-views.ts';
import { PrintSummary } from '../kit/PrintSummary.tsx';
import { shareLink, withUrlState } from '../kit/url-state.ts';
import { FIELD_NAMES, FIELDS, PREFIX, type FieldName, type Values } from './fields.ts';
import { toInput, urlTexts, type RateField } from './form-state.ts';
import { Result } from './Result.tsx';

export type CoFinancingVerdict = Verdict<CoFinancingResult, CoFinancingRule>;
export type Decided = Exclude<CoFinancingVerdict, { kind: 'invalid' }>;

/**
 * The one check call: the form's values on the page's date. The form's
 * parsers hold every field to the bounds the check's schema sets (fields.ts),
 * so the pure evaluation runs here without zod in the script.
 */
export const evaluate = (values: Values, entered: readonly RateField[], asOf: IsoDate): CoFinancingVerdict =>
  evaluateCoFinancing(toInput(values, entered), { date: asOf });

/** The verdict's heading: met / not met, or the kit's heading for the kind when the check did not compare. */
export function headingOf(verdict: Decided, t: CoFinancingStrings, kit: KitStrings): string {
  if (verdict.kind === 'eligible') return t.pass;
  if (verdict.kind === 'not-eligible' && verdict.result.totalOre > 0 && !verdict.result.meetsMinimum) return t.fail;
  return kit[`verdict.${verdict.kind}`];
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

export interface ResultViewProps {
  readonly locale: Locale;
  /** The page's rule messages, loaded with this part (rule-messages.ts). */
  readonly messages: SomeRuleMessages;
  readonly t: CoFinancingStrings;
  readonly verdict: Decided;
  readonly heading: string;
  readonly links: FindingLinks;
  /** The day the rules were applied on. */
  readonly asOf: IsoDate;
  /** The parsed answers (for the printout) and those the URL holds (for the reopen link). */
  readonly values: Values;
  readonly urlValues: Values;
}

export function ResultView({ locale, messages, t, verdict, heading, links, asOf, values, urlValues }: ResultViewProps) {
  // The link that reopens these answers, built from the parsed values (never copied from the address bar).
  const link = shareLink(withUrlState(PREFIX, urlTexts(urlValues), ''));
  return (
    <>
      <Result
        locale={locale}
        t={t}
        verdict={verdict}
        heading={heading}
        findings={findingViews(verdict.findings, messages, links)}
        hourlyCostOre={values.hourly ?? 0}
        applied={rulesApplied(verdict.trace, messages, links, asOf)}
      />
      <PrintSummary
        locale={locale}
        answers={FIELD_NAMES.map((name) => ({ label: t[PRINT_LABELS[name]], value: printValue(name, values[name], locale) }))}
        verdictHeading={heading}
        link={link}
      />
    </>
  );
}
