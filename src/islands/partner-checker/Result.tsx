/**
 * The result part of the partner checker, loaded on use (the first time the
 * reader works in the form, or when the URL brings answers): the rules check
 * with its validator, the rule messages, the verdict panel and the printed
 * summary. Keeping it out of the up-front script keeps a page that merely
 * shows the form light.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { PartnerCheckerText } from '../../i18n/widgets/partner-checker.ts';
import type { Finding, VerdictKind } from '../../rules/verdict.ts';
import { PrintSummary } from '../kit/PrintSummary.tsx';
import { VerdictPanel } from '../kit/VerdictPanel.tsx';
import { findingViews } from './finding-view.ts';
import type { FormState } from './form-state.ts';
import { printAnswers } from './print-answers.ts';

export { evaluate, type Evaluation } from './evaluate.ts';

export interface ResultProps {
  readonly locale: Locale;
  readonly text: PartnerCheckerText;
  readonly form: FormState;
  readonly kind: Exclude<VerdictKind, 'invalid'>;
  readonly findings: readonly Finding[];
  readonly guideUrls: Readonly<Record<string, string>>;
  /** The address that reopens these answers, for the printout. */
  readonly link: string | undefined;
}

export function Result(props: ResultProps) {
  const { locale } = props;
  return (
    <>
      <PrintSummary locale={locale} answers={printAnswers(props.form, locale, props.text)} link={props.link} />
      <VerdictPanel locale={locale} id="pc-verdict" kind={props.kind} findings={findingViews(props.findings, locale, props.guideUrls)} />
    </>
  );
}
