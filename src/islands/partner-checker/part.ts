/**
 * The part of the partner checker that loads on use (the first time the
 * reader works in the form, or when the URL brings answers): reading the form
 * (typed country → code, text → count), the answers in the URL, the rules
 * check with its validator, the error summary, "Start again" and the result.
 * The up-front script is only the form itself; everything that judges,
 * parses or names a country waits here.
 */
import type { Locale } from '../../i18n/locales.ts';
import { clearUrlState, writeUrlState } from '../kit/url-state.ts';
import type { FormState } from './form-state.ts';
import { encodeForm, formFromUrl, readFormFromUrl, URL_PREFIX, type UrlFields } from './url-codec.ts';

export { kitStrings } from '../../i18n/widgets/kit.ts';
export { ErrorSummary } from '../kit/ErrorSummary.tsx';
export { StartAgain } from '../kit/StartAgain.tsx';
export { evaluate, type Evaluation } from './evaluate.ts';
export { readForm, type FormError } from './read-form.ts';
export { Result } from './Result.tsx';

/** The form `initial` describes, or else the current address. */
export const restore = (locale: Locale, initial?: Partial<UrlFields>): { form: FormState; hasAnswers: boolean } =>
  initial ? { form: formFromUrl(initial, locale), hasAnswers: true } : readFormFromUrl(locale);

export const saveToUrl = (form: FormState, locale: Locale): void => writeUrlState(URL_PREFIX, encodeForm(form, locale));

export const clearUrl = (): void => clearUrlState(URL_PREFIX);
