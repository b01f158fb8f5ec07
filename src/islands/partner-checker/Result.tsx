/**
 * The partner checker's result, part of what loads on use (part.ts): the
 * verdict panel with the rule messages and the printed summary with the
 * address that reopens these answers.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { PartnerCheckerText } from '../../i18n/widgets/partner-checker.ts';
import type { Finding, VerdictKind } from '../../rules/verdict.ts';
import { PrintSummary } from '../kit/PrintSummary.tsx';
import { withUrlState } from '../kit/url-state.ts';
import { VerdictPanel } from '../kit/VerdictPanel.tsx';
import { findingViews } from './finding-view.ts';
import type { FormState } from './form-state.ts';
import { printAnswers } from './print-answers.ts';
import { encodeForm, URL_PREFIX } from './url-codec.ts';

export interface ResultProps {
  readonly locale: Locale;
  readonly text: PartnerCheckerText;
  readonly form: FormState;
  readonly kind: Exclude<VerdictKind, 'invalid'>;
  readonly findings: readonly Finding[];
  readonly guideUrls: Readonly<Record<string, string>>;
}

export function Result(props: ResultProps) {
  const { locale } = props;
  // Shown only in the browser (a verdict needs the reader's answers), so `location` is there.
  const link = `${location.origin}${location.pathname}${withUrlState(URL_PREFIX, encodeForm(props.form, locale), '')}`;
  return (
    <>
      <PrintSummary locale={locale} answers={printAnswers(props.form, locale, props.text)} link={link} />
      <VerdictPanel locale={locale} id="pc-verdict" kind={props.kind} findings={findingViews(props.findings, locale, props.guideUrls)} />
    </>
  );
}
