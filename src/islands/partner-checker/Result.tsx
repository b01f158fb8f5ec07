/**
 * The partner checker's result, part of what loads on use (part.ts): the
 * kit's verdict panel with the findings as the kit words them, and the printed
 * summary with the address that reopens these answers.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { SomeRuleMessages } from '../../i18n/rules/types.ts';
import type { PartnerCheckerText } from '../../i18n/widgets/partner-checker.ts';
import { findingViews, rulesApplied, type FindingLinks } from '../kit/finding-views.ts';
import { PrintSummary } from '../kit/PrintSummary.tsx';
import { shareLink, withUrlState } from '../kit/url-state.ts';
import { VerdictPanel } from '../kit/VerdictPanel.tsx';
import type { FormChoices, FormState } from './form-state.ts';
import type { Decided } from './part.ts';
import { printAnswers } from './print-answers.ts';
import { encodeForm, URL_PREFIX } from './url-codec.ts';

export interface ResultProps {
  readonly locale: Locale;
  readonly text: PartnerCheckerText;
  readonly form: FormState;
  readonly choices: FormChoices;
  /** The rules module's verdict: kind, findings and trace (part.ts). */
  readonly verdict: Decided;
  readonly links: FindingLinks;
  /** The day the rules were applied on. */
  readonly asOf: string;
  /** The page's rule messages, loaded with this part (the kit's rule-messages.ts). */
  readonly messages: SomeRuleMessages;
}

export function Result({ locale, text, form, choices, verdict, links, messages, asOf }: ResultProps) {
  // Built from the parsed answers, not copied from the address bar (nor its fragment). Shown only in the browser.
  const link = shareLink(withUrlState(URL_PREFIX, encodeForm(form, locale, choices), ''));
  return (
    <>
      <PrintSummary locale={locale} answers={printAnswers(form, locale, text, choices)} link={link} />
      <VerdictPanel locale={locale} id="pc-verdict" kind={verdict.kind} findings={findingViews(verdict.findings, messages, links)} applied={rulesApplied(verdict.trace, messages, links, asOf)} />
    </>
  );
}
