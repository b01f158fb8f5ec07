/**
 * The half of the partner checker that loads on use (useOnUse): the rules
 * module's verdict and its view. The form, its reading, the URL and the error
 * summary are up front and never wait for it.
 *
 * The verdict is the rules module's pure evaluation (evaluatePartnership:
 * checkPartnership without its zod boundary), called with the day the widget
 * states (the page's, or the address's `?asOf=`: the kit's useAsOf). That is sound because the form's reader admits only
 * input the check's schema accepts (a test holds read-form.ts to it); to put
 * the validator back, this one import becomes checkPartnership from check.ts.
 */
import type { KitStrings } from '../../i18n/widgets/kit.ts';
import type { IsoDate } from '../../rules/parameter.ts';
import { evaluatePartnership } from '../../rules/partnership/evaluate.ts';
import type { PartnershipInput } from '../../rules/partnership/schema.ts';
import type { TraceStep } from '../../rules/trace.ts';
import type { Finding, VerdictKind } from '../../rules/verdict.ts';

export { Result } from './Result.tsx';

export type Decided = { readonly kind: Exclude<VerdictKind, 'invalid'>; readonly findings: readonly Finding[]; readonly trace: readonly TraceStep[] };

/**
 * The verdict, or null when the rules module holds no rules for the day asked
 * about (an `asOf` before every value of a parameter): no answer is wrong then.
 */
export function evaluate(input: PartnershipInput, asOf: IsoDate): Decided | null {
  const verdict = evaluatePartnership(input, { date: asOf });
  return verdict.kind === 'invalid' ? null : verdict;
}

/** The verdict's heading, for the live region that announces it. */
export const verdictHeading = (kind: Decided['kind'], kit: KitStrings): string => kit[`verdict.${kind}`];
